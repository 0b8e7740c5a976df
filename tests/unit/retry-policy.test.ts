import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelay } from '../../electron/core/sync/retry-policy';

describe('retry policy', () => {
  const backoff = { baseMs: 1_000, capMs: 60_000 };

  it('spreads retries over a window that doubles with each failure up to the cap', () => {
    expect(retryDelay(1, backoff, undefined, () => 0.999)).toBe(999);
    expect(retryDelay(3, backoff, undefined, () => 0.999)).toBe(3_996);
    expect(retryDelay(3, backoff, undefined, () => 0)).toBe(0);
    expect(retryDelay(40, backoff, undefined, () => 0.5)).toBe(30_000);
  });

  it('waits as long as the server asks, beyond its own cap, within an hour', () => {
    expect(retryDelay(1, backoff, 120_000, () => 0)).toBe(120_000);
    expect(retryDelay(1, backoff, 5 * 3_600_000, () => 0)).toBe(3_600_000);
  });

  it('spreads desks told to wait the same time: never sooner than asked, later by up to a quarter, at most 30 s', () => {
    expect(retryDelay(1, backoff, 10_000, () => 0.999)).toBe(10_000 + Math.round(3_500 * 0.999));
    expect(retryDelay(1, backoff, 600_000, () => 0.999)).toBe(600_000 + Math.round(30_000 * 0.999));
    const centre = Array.from({ length: 20 }, () => retryDelay(1, backoff, 60_000));
    expect(Math.min(...centre)).toBeGreaterThanOrEqual(60_000);
    expect(new Set(centre.map((ms) => Math.floor(ms / 1000))).size).toBeGreaterThan(5);
  });

  it('reads Retry-After as seconds or as an HTTP date, and ignores anything else', () => {
    const now = new Date('2026-11-25T10:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
