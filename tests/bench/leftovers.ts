import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

/**
 * What a benchmark's step left on disk, removed (and the removal synced) just before the next step
 * starts its clock, untimed, so that every step, baseline and measured code alike, starts right
 * after the step before's files were freed. This machine is a virtual machine that hands memory
 * freed a few seconds ago back to its host, and writing into memory the host must hand out again
 * costs the kernel several times more: `dd` of 1 GB took 1.8 s a few seconds after a removal and
 * 0.36 s right after one; `cp` + `sync` of the attachment benchmark's files 1.4–2.2 s and
 * 1.0–1.4 s. A baseline taken right after a removal and a step started seconds later, or one
 * that overwrote its own files, were not measured alike.
 */
export function stepLeftovers(root: string): { add(...paths: string[]): void; clear(): void } {
  let paths: string[] = [];
  return {
    add: (...more) => paths.push(...more),
    clear() {
      for (const path of paths) rmSync(path, { recursive: true, force: true });
      execFileSync('sync', ['-f', root]);
      paths = [];
    },
  };
}
