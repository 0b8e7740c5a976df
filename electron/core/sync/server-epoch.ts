import { z } from 'zod';
import type { CoreDeps } from '../core-deps';
import type { OutboxResendRepository } from '../storage';
import { moveVisit, requireVisit } from '../visits';
import type { CentralConnection } from './central-connection';

/**
 * Every answer of the central system names the epoch of its store. A new epoch means the store
 * was restored from an older backup: the server may have lost applications, files and feed
 * positions the desk took as delivered. The desk keeps the epoch it last settled with
 * (`sync.epoch`), and settles again with a new one before it reads any answer of it.
 */
export const EPOCH_HEADER = 'central-epoch';

export const epochSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** An answer came from another epoch than the desk's; nothing of it was read. */
export class EpochChanged extends Error {
  override readonly name = 'EpochChanged';
  constructor(readonly epoch: string) {
    super('central epoch changed');
  }
}

/** The protocol's limit on one question; a desk rarely has more sends awaiting a decision. */
const ASKED_AT_ONCE = 500;

/**
 * Settles with a server of a new epoch: asks which of the sends awaiting a decision it holds
 * (one request per 500), puts back in the queue those it lacks (their visits `sent → queued`,
 * their scans sent again as the server asks for them), and makes the feed start again from a
 * snapshot; the new epoch is stored in the same transaction, so a crash before it asks again.
 * Returns how many sends went back to the queue.
 */
export async function settleWithEpoch(
  deps: Pick<CoreDeps, 'actor' | 'atomically' | 'events' | 'now' | 'settings' | 'visits'>,
  resends: OutboxResendRepository,
  central: Pick<CentralConnection, 'heldApplications'>,
  epoch: string,
): Promise<number> {
  const awaiting = deps.atomically(() => resends.awaitingDecision());
  const held = new Set<string>();
  for (let start = 0; start < awaiting.length; start += ASKED_AT_ONCE) {
    const asked = awaiting.slice(start, start + ASKED_AT_ONCE).map((send) => ({ id: send.applicationId, version: send.version }));
    for (const send of (await central.heldApplications(asked)).held) held.add(`${send.id}/${send.version}`);
  }
  return deps.atomically(() => {
    let requeued = 0;
    for (const send of awaiting) {
      if (held.has(`${send.applicationId}/${send.version}`) || !resends.requeue(send.seq)) continue;
      const visit = requireVisit(deps, send.visitId);
      if (visit.status === 'sent') moveVisit(deps, visit, 'queued', { cause: 'central_restored' });
      requeued++;
    }
    // A restored feed has other positions: the old cursor would point past its end.
    deps.settings.clear('sync.cursor');
    deps.settings.set('sync.epoch', epoch);
    return requeued;
  });
}
