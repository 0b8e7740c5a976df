/**
 * When to try again after a failure a retry can mend: exponential backoff with full jitter, so a
 * centre's desks coming back online together do not call the server in step, and the server's
 * Retry-After honoured when it gives one.
 */
export type Backoff = { baseMs: number; capMs: number };

export const defaultBackoff: Backoff = { baseMs: 1_000, capMs: 5 * 60_000 };

/** A Retry-After beyond this is taken as a server mistake, not as a reason to stay silent all day. */
const RETRY_AFTER_LIMIT_MS = 60 * 60_000;

/** The most a server-requested wait is lengthened by, so desks told the same second spread out. */
const RETRY_AFTER_SPREAD_MS = 30_000;

export function retryDelay(failures: number, backoff: Backoff, retryAfterMs: number | undefined, random: () => number = Math.random): number {
  if (retryAfterMs !== undefined) {
    const asked = Math.min(retryAfterMs, RETRY_AFTER_LIMIT_MS);
    // Never sooner than asked; later by up to a quarter of the wait, at most half a minute.
    return asked + Math.round(Math.min(asked / 4 + 1_000, RETRY_AFTER_SPREAD_MS) * random());
  }
  const ceiling = Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.min(failures - 1, 30));
  return Math.round(ceiling * random());
}

/** Retry-After is seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(header: string | null, now: Date): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
