import type { CoreDeps } from '../core-deps';
import { SyncFailure, type CentralConnection } from './central-connection';
import { applyChanges } from './sync-results';
import type { StaffTrust } from './staff-feed';
import type { ChangePage } from './sync-protocol';

export type FeedApplied = { bookings: number; decisions: number; catalogues: number; staff: number };

/**
 * Where a reader of the feed stands: the stored cursor, and forgetting it. The reader's `apply`
 * stores the next cursor in the same transaction as the page's changes.
 */
export type FeedPosition = { cursor(): string | null; forget(): void };

/**
 * Reads the change feed page by page from the stored cursor, each page applied with its cursor in
 * one transaction by `apply`. The cursor is the server's opaque string. A server that no longer
 * knows it (410: it expired, or the server was restored) is read again from no cursor, which
 * starts with a snapshot of the current state; applying a change twice changes nothing, so the
 * snapshot may repeat what the reader already has. Used by the desk (readFeed) and by the centre's
 * hub, which keeps only the bookings.
 */
export async function followFeed<T>(
  central: Pick<CentralConnection, 'pullChanges'>,
  limit: number,
  position: FeedPosition,
  apply: (page: ChangePage) => T,
  onPage: (event: { cursor: string; applied?: T; snapshot?: true }) => void,
): Promise<void> {
  for (;;) {
    const cursor = position.cursor();
    const page = await central.pullChanges(cursor, limit);
    if (page === 'gone') {
      // Gone without a cursor cannot be mended by reading from the start: a server fault.
      if (cursor === null) throw new SyncFailure('sync.bad_answer', true);
      position.forget();
      onPage({ cursor: '', snapshot: true });
      continue;
    }
    onPage({ cursor: page.cursor, applied: apply(page) });
    if (!page.more) return;
  }
}

/** The desk's reading: every kind of change applied, the cursor kept in `sync.cursor`. */
export async function readFeed(
  deps: Pick<CoreDeps, 'actor' | 'atomically' | 'audit' | 'catalogues' | 'decisions' | 'events' | 'now' | 'outbox' | 'settings' | 'staff' | 'visits'>,
  central: Pick<CentralConnection, 'pullChanges'>,
  limit: number,
  trust: StaffTrust,
  onPage: (event: { cursor: string; applied?: FeedApplied; snapshot?: true }) => void,
): Promise<void> {
  const position: FeedPosition = { cursor: () => deps.settings.get('sync.cursor') ?? null, forget: () => deps.settings.clear('sync.cursor') };
  await followFeed(
    central,
    limit,
    position,
    (page): FeedApplied =>
      deps.atomically(() => {
        const { skipped: _skipped, ...counts } = applyChanges(deps, page.changes, trust);
        deps.settings.set('sync.cursor', page.cursor);
        return counts;
      }),
    onPage,
  );
}
