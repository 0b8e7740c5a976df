import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { inFlight } from '../../electron/core/sync/in-flight';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('work under way at once', () => {
  test.prop([fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 30 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 60 })])(
    'never has more than the count and the bytes under way (a larger item alone), and does every item once',
    async (sizes, count, bytes) => {
      let running = 0;
      let runningBytes = 0;
      let most = 0;
      const done: number[] = [];
      await inFlight(sizes.map((size, index) => ({ size, index })), { count, bytes }, (item) => item.size, async (item) => {
        running++;
        runningBytes += item.size;
        most = Math.max(most, running);
        expect(running).toBeLessThanOrEqual(count);
        if (running > 1) expect(runningBytes).toBeLessThanOrEqual(bytes);
        await tick();
        running--;
        runningBytes -= item.size;
        done.push(item.index);
      });
      expect(done.sort((a, b) => a - b)).toEqual(sizes.map((_, index) => index));
      if (sizes.length >= count && sizes.every((size) => size * count <= bytes)) expect(most).toBe(count);
    },
  );

  it('starts nothing after a failure, and throws the first only once everything started has ended', async () => {
    const ended: number[] = [];
    const started: number[] = [];
    const failing = inFlight([1, 2, 3, 4, 5, 6], { count: 3, bytes: 100 }, () => 1, async (item) => {
      started.push(item);
      if (item === 2) throw new Error('second failed');
      if (item === 3) {
        await tick();
        await Promise.resolve();
        ended.push(item);
        throw new Error('third failed later');
      }
      await tick();
      await tick();
      ended.push(item);
    });
    await expect(failing).rejects.toThrow('second failed');
    expect(started).toEqual([1, 2, 3]);
    expect(ended.sort()).toEqual([1, 3]);
  });

  it('ends at once with nothing to do', async () => {
    await expect(inFlight([], { count: 2, bytes: 1 }, () => 1, async () => {})).resolves.toBeUndefined();
  });
});
