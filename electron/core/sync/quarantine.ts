import type { QuarantineKind } from '../../../shared/domain/sync';
import type { CoreDeps } from '../core-deps';
import type { OutboxItem, Quarantine } from '../storage';
import { moveVisit, requireVisit } from '../visits';
import type { Refusal } from './central-connection';

const EVENT_REASON_MAX = 500;

type SentDocuments = { documents: { sha256: string; fileName: string }[] };

/** The files an item sends, each once, with its size. */
export function filesOf(items: readonly OutboxItem[]): Map<string, number> {
  return new Map(items.flatMap((item) => (JSON.parse(item.payload) as { documents: { sha256: string; size: number }[] }).documents.map((d) => [d.sha256, d.size] as const)));
}

export const sendsFile = (item: OutboxItem, sha256: string) => (JSON.parse(item.payload) as SentDocuments).documents.some((document) => document.sha256 === sha256);

/**
 * Holds an application back from the queue, in the caller's transaction: its send leaves the queue
 * as refused, with why, and its visit waits on the desk (needs information) for the operator to
 * correct it and complete it again, which queues the next version. The rest of the queue goes on.
 * `file` names the refused file when the refusal was of a file; the visit names it by the name it
 * was attached under, so the operator knows which scan to replace. Answers why it was held, or
 * null when the item had been answered already (then nothing changes).
 */
export function quarantine(deps: Pick<CoreDeps, 'actor' | 'events' | 'now' | 'outbox' | 'visits'>, item: OutboxItem, refusal: Refusal, file?: string): Quarantine | null {
  const kind: QuarantineKind = file ? (refusal.status === 413 ? 'file_too_large' : 'file_refused') : refusal.status === 413 ? 'too_large' : 'unreadable';
  const names = file ? [...new Set((JSON.parse(item.payload) as SentDocuments).documents.filter((d) => d.sha256 === file).map((d) => d.fileName))] : [];
  const reasons = names.map((name) => ({ code: `desk.quarantine.${kind}`, message: name }));
  const at = deps.now().toISOString();
  const why: Quarantine = { kind, status: refusal.status, code: refusal.code, sha256: file ?? null };
  if (!deps.outbox.quarantine(item.seq, why, JSON.stringify(reasons), at)) return null;
  const visit = requireVisit(deps, item.visitId);
  if (visit.status === 'queued') moveVisit(deps, visit, 'needs_information', { cause: `quarantine_${kind}`, reason: names.join(', ').slice(0, EVENT_REASON_MAX) || undefined });
  return why;
}
