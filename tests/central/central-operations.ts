import type { CentralStore } from './central-store';
import type { FaultSwitches } from './faults';

/** What an operation answers: a status, and a JSON body unless the status says there is none. */
export type Answer = { status: number; body?: unknown };
export type Device = { id: string; centre_id: string; desk_id: string };

export const MAX_BLOB_BYTES = 64 * 1024 * 1024;

type Item = { id: string; version: number; documents: { sha256: string }[] };
type ItemResult = { id: string; version: number; outcome: string; reasons?: { code: string; message: string }[]; missing?: string[] };

export type OperationContext = {
  store: CentralStore;
  faults: FaultSwitches;
  now: () => string;
  /** Called between items when a restart fault fires; the request is then cut. */
  restart: () => Promise<void>;
  countBytes: (bytes: number) => void;
  /** Why an item does not match ApplicationItem, or null when it does (central-items.ts). */
  checkItem: (item: unknown) => { code: string; message: string }[] | null;
};

export class ConnectionCut extends Error {}

function answerFor(item: Item, judged: 'duplicate' | 'conflict' | 'not_yours'): ItemResult {
  if (judged === 'duplicate') return { id: item.id, version: item.version, outcome: 'duplicate' };
  if (judged === 'conflict') {
    return { id: item.id, version: item.version, outcome: 'conflict', reasons: [{ code: 'central.conflict', message: 'Бұл нұсқа басқа мазмұнмен бұрын келген / Эта версия уже получена с другим содержанием' }] };
  }
  return { id: item.id, version: item.version, outcome: 'rejected', reasons: [{ code: 'central.not_your_application', message: 'Өтінім басқа орталықтың немесе жұмыс орнының / Заявка другого центра или рабочего места' }] };
}

/**
 * Each item is recorded in its own transaction; the same content again is answered "duplicate",
 * other content under a held version "conflict", another centre's or desk's application refused.
 */
export async function pushBatch(context: OperationContext, device: Device, batch: { batchId: string; items: Item[] }): Promise<Answer> {
  const { store, faults } = context;
  const restartAfter = faults.take('restartMidBatch', 'pushBatch');
  const results: ItemResult[] = [];
  for (const [index, item] of batch.items.entries()) {
    if (restartAfter && index === restartAfter.afterItems) {
      await context.restart();
      throw new ConnectionCut();
    }
    const rejection = faults.rejection(item.id);
    if (rejection) {
      results.push({ id: item.id, version: item.version, outcome: 'rejected', reasons: [{ code: 'central.rejected', message: rejection }] });
      continue;
    }
    const invalid = context.checkItem(item);
    if (invalid) {
      results.push({ id: item.id, version: item.version, outcome: 'rejected', reasons: invalid });
      continue;
    }
    const judged = store.judge(item, device);
    if (judged !== 'new') {
      results.push(answerFor(item, judged));
      continue;
    }
    const missing = [...new Set(item.documents.map((document) => document.sha256))].filter((sha256) => !store.hasBlob(sha256));
    if (missing.length > 0) {
      results.push({ id: item.id, version: item.version, outcome: 'missing_blobs', missing });
      continue;
    }
    const recorded = store.recordApplication(item, device, batch.batchId, context.now());
    results.push(recorded === 'accepted' ? { id: item.id, version: item.version, outcome: 'accepted' } : answerFor(item, recorded));
  }
  // What was decided is kept, so a device that lost this answer reads it instead of guessing.
  for (const result of results) if (result.outcome !== 'missing_blobs') store.recordAnswer(batch.batchId, device.id, result);
  return { status: 200, body: { batchId: batch.batchId, results } };
}

/** The answers recorded for a batch of this device's; 404 when none was decided. */
export function getBatch(store: CentralStore, device: Device, batchId: string): Answer {
  const results = store.answersFor(batchId, device.id);
  if (results.length === 0) return { status: 404, body: { code: 'batch.unknown', message: 'No decided batch of this id from this device' } };
  return { status: 200, body: { batchId, results } };
}

/** A cursor names the epoch it was issued in and a position; the desk keeps it without reading it. */
const cursorOf = (epoch: string, seq: number) => Buffer.from(`${epoch}.${seq}`).toString('base64url');

/** The position a cursor of this store's epoch names, or null when this store cannot place it. */
function positionOf(store: CentralStore, cursor: string): number | null {
  const [epoch, seq, extra] = Buffer.from(cursor, 'base64url').toString('utf8').split('.');
  if (extra !== undefined || epoch !== store.epoch() || !/^\d{1,15}$/.test(seq ?? '')) return null;
  const position = Number(seq);
  return position <= store.lastSeq() ? position : null;
}

const gone: Answer = { status: 410, body: { code: 'cursor.gone', message: 'Unknown or expired cursor: read again from no cursor' } };

/**
 * A page of this centre's feed. No cursor starts from the beginning, which, each thing's newest
 * change only, is a snapshot of the present state. A cursor this store cannot place (another
 * epoch's, one past its end, or one the `cursorGone` switch expires) is answered 410.
 */
export function pullChanges(context: Pick<OperationContext, 'store' | 'faults'>, device: Device, query: { after?: string; limit?: string }): Answer {
  const { store, faults } = context;
  let after = 0;
  if (query.after !== undefined) {
    const position = positionOf(store, query.after);
    if (position === null || faults.take('cursorGone', 'pullChanges')) return gone;
    after = position;
  }
  const limit = Number(query.limit ?? 200);
  const page = store.changesAfter(after, device.centre_id, limit + 1);
  const changes = page.slice(0, limit).map((change) => ({ seq: change.seq, kind: change.kind, ...change.body }));
  const cursor = cursorOf(store.epoch(), changes.at(-1)?.seq ?? after);
  return { status: 200, body: { changes, cursor, more: page.length > limit } };
}

/** Which of the sends asked about this store holds from the asking desk. */
export function heldApplications(store: CentralStore, device: Device, body: { applications: { id: string; version: number }[] }): Answer {
  return { status: 200, body: { held: store.heldFrom(device, body.applications).map(({ id, version }) => ({ id, version })) } };
}
