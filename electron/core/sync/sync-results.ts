import { catalogueSchema } from '../../../shared/catalogue/catalogue';
import { applyBookings } from '../bookings';
import type { CoreDeps } from '../core-deps';
import type { OutboxItem } from '../storage';
import { moveVisit, requireVisit } from '../visits';
import { applyStaffChange, type StaffTrust } from './staff-feed';
import { feedBookingSchema, type Change, type DecisionChange, type ItemResult } from './sync-protocol';

const EVENT_REASON_MAX = 500;

/** The server has this send: the visit leaves the queue. Harmless when already applied. */
function markReceived(deps: Pick<CoreDeps, 'actor' | 'events' | 'now' | 'outbox' | 'visits'>, item: Pick<OutboxItem, 'seq' | 'visitId'>, at: string) {
  deps.outbox.markSent(item.seq, at);
  const visit = requireVisit(deps, item.visitId);
  return visit.status === 'queued' ? moveVisit(deps, visit, 'sent', { cause: 'sync_sent' }) : visit;
}

/**
 * Applies the server's answer for one item; the caller wraps it in a transaction, so a crash
 * leaves the item either answered or still waiting, and a re-send then meets "duplicate".
 */
export function applyItemResult(deps: Pick<CoreDeps, 'actor' | 'catalogues' | 'decisions' | 'events' | 'now' | 'outbox' | 'visits'>, item: OutboxItem, result: ItemResult): void {
  const at = deps.now().toISOString();
  if (result.outcome === 'accepted' || result.outcome === 'duplicate') {
    markReceived(deps, item, at);
    return;
  }
  // A conflict is the same id and version with other content: never taken as sent, it waits on
  // the visit with the server's words, as a refusal does, for a person to look at.
  if (result.outcome !== 'rejected' && result.outcome !== 'conflict') return;
  // The server's words as written; none given leaves the status alone to say it.
  const reason = (result.reasons ?? []).map((r) => r.message.trim()).filter(Boolean).join('; ') || null;
  deps.outbox.markRejected(item.seq, JSON.stringify(result.reasons ?? []), at);
  deps.decisions.add({ applicationId: item.applicationId, version: item.version, outcome: 'needs_information', reason, source: 'push', decidedAt: at }, at);
  let visit = requireVisit(deps, item.visitId);
  if (visit.status === 'queued') visit = moveVisit(deps, visit, 'sent', { cause: 'sync_rejected' });
  if (visit.status === 'sent') moveVisit(deps, visit, 'needs_information', { cause: 'sync_rejected', reason: reason?.slice(0, EVENT_REASON_MAX) });
}

/**
 * A decision counts only for the send it names: an older version's decision, one for an
 * application of another desk, or one already applied changes nothing.
 */
function applyDecision(deps: Pick<CoreDeps, 'actor' | 'atomically' | 'decisions' | 'events' | 'now' | 'outbox' | 'settings' | 'visits'>, change: DecisionChange, at: string) {
  const latest = deps.outbox.latestFor(change.applicationId);
  if (!latest || latest.version !== change.version || latest.state === 'rejected') return;
  const visit = markReceived(deps, latest, at);
  if (visit.status !== 'sent') return;
  const reason = change.reason?.trim() || null;
  deps.decisions.add(
    { applicationId: change.applicationId, version: change.version, outcome: change.outcome, reason, source: 'feed', decidedAt: new Date(change.decidedAt).toISOString() },
    at,
  );
  moveVisit(deps, visit, change.outcome, { cause: 'central_decision', reason: reason?.slice(0, EVENT_REASON_MAX) ?? undefined });
}

/** One page of the change feed; the caller stores the cursor in the same transaction. */
export function applyChanges(
  deps: Pick<CoreDeps, 'actor' | 'atomically' | 'audit' | 'catalogues' | 'decisions' | 'events' | 'now' | 'outbox' | 'settings' | 'staff' | 'visits'>,
  changes: Change[],
  trust: StaffTrust,
): { bookings: number; decisions: number; catalogues: number; staff: number; skipped: number } {
  const at = deps.now().toISOString();
  const counts = { bookings: 0, decisions: 0, catalogues: 0, staff: 0, skipped: 0 };
  for (const change of changes) {
    if (change.kind === 'staff') {
      if (applyStaffChange(deps, change, trust, at) === 'applied') counts.staff++;
      else counts.skipped++;
    } else if (change.kind === 'decision') {
      applyDecision(deps, change, at);
      counts.decisions++;
    } else if (change.kind === 'booking') {
      // A row the import rules refuse is skipped rather than stopping the feed for the whole centre.
      const row = feedBookingSchema.safeParse(change.booking);
      if (row.success) {
        applyBookings(deps, [row.data]);
        counts.bookings++;
      } else counts.skipped++;
    } else {
      const catalogue = catalogueSchema.safeParse(change.catalogue);
      if (catalogue.success) {
        deps.catalogues.store(catalogue.data, at);
        counts.catalogues++;
      } else counts.skipped++;
    }
  }
  return counts;
}
