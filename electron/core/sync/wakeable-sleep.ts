/**
 * The wait between a loop's passes: it ends when its time is up, when the loop stops, or when a
 * wake-up is asked for. A wake-up asked for while a pass runs is kept, so the next wait ends at
 * once: a "sync now" pressed mid-pass is not lost.
 */
export function wakeableSleep(stopping: AbortSignal): { sleep(ms: number): Promise<void>; wake(): void } {
  let wake: (() => void) | null = null;
  let wakeRequested = false;
  return {
    sleep: (ms) =>
      new Promise((resolve) => {
        if (wakeRequested || stopping.aborted) {
          wakeRequested = false;
          resolve();
          return;
        }
        const timer = Number.isFinite(ms) ? setTimeout(() => done(), ms) : undefined;
        const done = () => {
          clearTimeout(timer);
          wake = null;
          wakeRequested = false;
          resolve();
        };
        wake = done;
      }),
    wake: () => {
      wakeRequested = true;
      wake?.();
    },
  };
}
