/**
 * Checks that misbehave on purpose, for the bounded harness's own test: one holds memory outside
 * the V8 heap (as a decoder's pixel buffers do), one never returns, one fails.
 */
export function holdMemory(megabytes: number): number {
  const held: Buffer[] = [];
  for (let i = 0; i < megabytes; i++) held.push(Buffer.alloc(1024 * 1024, 1));
  return held.length;
}

export function spin(): never {
  for (;;) {
    // A parser stuck in a loop: nothing but the watchdog's time limit ends it.
  }
}

export function fail(): never {
  throw new Error('the check failed');
}

export function answer(value: number): { doubled: number } {
  return { doubled: value * 2 };
}
