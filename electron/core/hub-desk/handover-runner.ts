import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/contract/errors';
import { bookingRowSchema } from '../../../shared/domain/booking';
import type { CheckInConflict, HandoverItemInput } from '../../../shared/hub';
import type { CoreDeps } from '../core-deps';
import type { HubLocalRepository, LocalTicket } from '../storage';
import type { HubDeskLink } from './hub-desk-link';

const BATCH = 200;

/**
 * Hands the hub what this desk did alone, as soon as the hub answers again: a batch is named with
 * its request id in the desk's database before it is sent and settled when the hub answers, so
 * an answer lost to a crash or a cut line is asked again with the same id and nothing is stored
 * twice. Also keeps the check-ins of this desk the hub found were not the first.
 */
export function createHandoverRunner(deps: Pick<CoreDeps, 'atomically' | 'visits'>, local: HubLocalRepository, link: HubDeskLink, changed: () => void) {
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;
  let conflicts: CheckInConflict[] = [];
  // Read at the first answer of the hub, at each return, and when the hub tells of a conflict of this desk.
  let conflictsStale = true;
  let wasReachable = false;
  link.onEvent((event) => {
    if (event.event === 'checkin.conflict' && event.payload.deviceId === link.pairing()?.deviceId) conflictsStale = true;
  });

  const item = (row: LocalTicket): HandoverItemInput => {
    const visit = row.visitId === null ? undefined : deps.visits.findById(row.visitId);
    const booking = visit && row.bookingCode ? bookingRowSchema.safeParse({ date: visit.day, time: visit.slot, iin: visit.iin, name: visit.citizenName, service: visit.serviceCode, code: row.bookingCode }) : null;
    return {
      ticketId: row.id, kind: row.kind, bookingCode: row.bookingCode, booking: booking?.success ? booking.data : null, service: row.service, priority: row.priority,
      number: row.number, checkedInAt: row.checkedInAt, status: row.batchStatus ?? row.status, windowId: row.windowId,
      calledAt: row.calledAt, finishedAt: (row.batchStatus ?? row.status) === 'finished' ? row.finishedAt : null, operator: row.operator,
    };
  };

  /** Sends batch after batch until nothing waits; a failure ends the pass (the next return of the hub starts another). */
  async function pass() {
    while (!closed && link.pairing() !== null) {
      const batch = deps.atomically(() => local.batch(randomUUID(), BATCH));
      if (batch.length === 0) break;
      const batchId = batch[0]!.batchId!;
      const { results } = await link.call('handOver', { requestId: batchId, items: batch.map(item) });
      deps.atomically(() => {
        for (const result of results) local.settle(result.ticketId, batchId, result.outcome, result.keptNumber);
      });
      changed();
    }
    if (!closed && link.pairing() !== null && conflictsStale) {
      conflictsStale = false;
      try {
        conflicts = (await link.call('conflicts')).conflicts;
      } catch (error) {
        conflictsStale = true;
        throw error;
      }
      changed();
    }
  }

  function run(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await pass();
      } while (again && !closed);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    /** On the hub's return, or a change worth telling it: hands over in the background. */
    nudge: () => {
      const reachable = link.reachable();
      if (reachable && !wasReachable) conflictsStale = true;
      wasReachable = reachable;
      if (reachable && !closed && (conflictsStale || local.pendingCount() > 0)) run().catch(() => {});
    },
    /** Hands over everything now; refuses when the hub cannot take it all (the end of day waits then). */
    drain: async () => {
      await run().catch(() => {});
      if (local.pendingCount() > 0) {
        await run().catch(() => {});
        if (local.pendingCount() > 0) throw new ApiError('hub.day_deferred');
      }
    },
    conflicts: () => conflicts,
    close: async () => {
      closed = true;
      await running?.catch(() => {});
    },
  };
}
export type HandoverRunner = ReturnType<typeof createHandoverRunner>;
