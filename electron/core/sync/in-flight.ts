/** How much may be under way at once: a number of pieces of work, and their bytes together. */
export type InFlightLimit = { count: number; bytes: number };

/**
 * Runs `work` for each item, starting the next while at most `limit.count` items and
 * `limit.bytes` of them are under way (an item larger than the byte limit runs alone). A failure
 * starts nothing more, and is thrown only once everything already started has ended: a pass that
 * gives up leaves no upload still writing its progress behind it.
 */
export async function inFlight<T>(items: readonly T[], limit: InFlightLimit, sizeOf: (item: T) => number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let running = 0;
  let runningBytes = 0;
  let failure: { error: unknown } | null = null;
  await new Promise<void>((done) => {
    const startMore = () => {
      while (failure === null && next < items.length && running < limit.count) {
        const item = items[next]!;
        const size = sizeOf(item);
        if (running > 0 && runningBytes + size > limit.bytes) break;
        next++;
        running++;
        runningBytes += size;
        work(item)
          .catch((error: unknown) => {
            failure ??= { error };
          })
          .finally(() => {
            running--;
            runningBytes -= size;
            startMore();
          });
      }
      if (running === 0) done();
    };
    startMore();
  });
  if (failure) throw (failure as { error: unknown }).error;
}
