import type { CoreDeps } from '../core-deps';
import { SyncFailure, type CentralConnection } from './central-connection';
import { applyChanges } from './sync-results';
import type { StaffTrust } from './staff-feed';

export type FeedApplied = { bookings: number; decisions: number; catalogues: number; staff: number };

/**
 * Reads the change feed page by page from the stored cursor, applying each page and storing its
 * cursor in one transaction. The cursor is the server's opaque string. A server that no longer
 * knows it (410: it expired, or the server was restored) is read again from no cursor, which
 * starts with a snapshot of the current state; applying a change twice changes nothing, so the
 * snapshot may repeat what the desk already has.
 */
export async function readFeed(
  deps: Pick<CoreDeps, 'actor' | 'atomically' | 'audit' | 'catalogues' | 'decisions' | 'events' | 'now' | 'outbox' | 'settings' | 'staff' | 'visits'>,
  central: Pick<CentralConnection, 'pullChanges'>,
  limit: number,
  trust: StaffTrust,
  onPage: (event: { cursor: string; applied?: FeedApplied; snapshot?: true }) => void,
): Promise<void> {
  for (;;) {
    const cursor = deps.settings.get('sync.cursor') ?? null;
    const page = await central.pullChanges(cursor, limit);
    if (page === 'gone') {
      // Gone without a cursor cannot be mended by reading from the start: a server fault.
      if (cursor === null) throw new SyncFailure('sync.bad_answer', true);
      deps.settings.clear('sync.cursor');
      onPage({ cursor: '', snapshot: true });
      continue;
    }
    const { skipped: _skipped, ...applied } = deps.atomically(() => {
      const counts = applyChanges(deps, page.changes, trust);
      deps.settings.set('sync.cursor', page.cursor);
      return counts;
    });
    onPage({ cursor: page.cursor, applied });
    if (!page.more) return;
  }
}
