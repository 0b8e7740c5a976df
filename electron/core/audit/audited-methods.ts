import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/contract/api';
import type { AuditAction, AuditEntry, AuditRecordKind } from '../../../shared/domain/audit';

type Rule<M extends MethodName> = {
  action: AuditAction | ((input: ParsedInput<M>, output: MethodOutput<M>) => AuditAction | null);
  record(input: ParsedInput<M>, output: MethodOutput<M>): { kind: AuditRecordKind; id: string };
  detail?(input: ParsedInput<M>, output: MethodOutput<M>): AuditEntry['detail'];
  /** Whose act it is, where not the signed-in member's: a supervisor approving at an operator's desk. */
  actor?(input: ParsedInput<M>, output: MethodOutput<M>): string | undefined;
};

const visit = (id: string) => ({ kind: 'visit' as const, id });
const application = (id: string) => ({ kind: 'application' as const, id });
const attachment = (id: string) => ({ kind: 'attachment' as const, id });

/**
 * Which contract calls leave an audit row, and which record each names: every create, change and
 * view of an applicant's record, print, export and sync request. Only ids and codes are copied;
 * what the operator typed (names, IINs, a search's words, reasons) never is. Settings, reports,
 * backups and diagnostics write their rows in their own transactions.
 */
const auditedMethods: { [M in MethodName]?: Rule<M> } = {
  'visits.logWalkIn': { action: 'visit.created', record: (input) => visit(input.id) },
  'visits.get': { action: 'visit.viewed', record: (input) => visit(input.id) },
  'visits.checkIn': { action: 'visit.changed', record: (input) => visit(input.id), detail: (_, output) => ({ to: output.status }) },
  'visits.transition': { action: 'visit.changed', record: (input) => visit(input.id), detail: (input) => ({ to: input.to }) },
  'visits.closeDay': { action: 'visit.changed', record: (input) => ({ kind: 'day' as const, id: input.day }), detail: (_, output) => ({ noShows: output.noShows }) },
  // The centre's no-shows decided at the hub, and this desk's marked by that decision.
  'hub.closeDay': { action: 'visit.changed', record: (input) => ({ kind: 'day' as const, id: input.day }), detail: (_, output) => ({ noShows: output.noShows, centreNoShows: output.centreNoShows }) },
  // A booked citizen checked in at the hub, or by this desk alone (which makes the visit arrived here).
  'hub.checkIn': {
    action: (input) => (input.kind === 'booked' ? 'visit.changed' : null),
    record: (input, output) => (input.kind === 'booked' ? visit(input.visitId) : { kind: 'day' as const, id: output.day }),
    detail: (_, output) => ({ ticket: output.number }),
  },
  'search.visits': {
    action: 'visits.searched',
    record: (input) => ({ kind: 'search' as const, id: `${input.from ?? ''}..${input.to ?? ''}` }),
    detail: (input, output) => ({ byText: Boolean(input.text), results: output.visits.length }),
  },
  'bookings.import': {
    action: 'bookings.imported',
    record: () => ({ kind: 'bookings' as const, id: 'file' }),
    detail: (_, output) => ({ added: output.added, updated: output.updated, rejected: output.rejected.length }),
  },
  'applications.saveDraft': { action: 'application.changed', record: (input) => application(input.id) },
  'applications.finish': { action: 'application.finished', record: (input) => application(input.id) },
  'applications.correct': { action: 'application.corrected', record: (input) => application(input.id) },
  'applications.complete': { action: 'application.completed', record: (input) => application(input.id) },
  'attachments.list': { action: 'attachment.viewed', record: (input) => application(input.applicationId) },
  'attachments.add': { action: 'attachment.added', record: (_, output) => attachment(output.id) },
  'attachments.read': {
    // A document is read in pieces; its first piece is the view.
    action: (input) => (input.offset === 0 ? 'attachment.viewed' : null),
    record: (input) => attachment(input.id),
  },
  'attachments.rotate': { action: 'attachment.changed', record: (input) => attachment(input.id) },
  'attachments.remove': { action: 'attachment.removed', record: (input) => attachment(input.id) },
  'attachments.waive': {
    action: 'attachment.waived',
    record: (input) => application(input.applicationId),
    detail: (input) => ({ item: input.item }),
    actor: (input, output) => output.find((entry) => entry.item === input.item)?.waiver?.waivedBy,
  },
  'attachments.export': {
    action: (_, output) => (output.outcome === 'exported' ? 'attachments.exported' : null),
    record: (input) => application(input.applicationId),
  },
  'scanner.assign': { action: 'attachment.added', record: (_, output) => attachment(output.id) },
  'statements.export': {
    action: (input) => (input.purpose === 'print' ? 'statement.printed' : 'statement.exported'),
    record: (input) => visit(input.visitId),
    detail: (_, output) => ({ version: output.version, reprint: output.reprint }),
  },
  'statements.print': { action: (_, output) => (output.printed ? 'statement.printed' : null), record: (input) => visit(input.visitId) },
  'sync.enrol': { action: 'sync.enrolled', record: (input) => ({ kind: 'desk' as const, id: `${input.centreId}/${input.deskId}` }) },
  'sync.now': { action: 'sync.requested', record: () => ({ kind: 'sync' as const, id: 'now' }) },
  'sync.pause': { action: 'sync.paused', record: () => ({ kind: 'sync' as const, id: 'pause' }), detail: (input) => ({ paused: input.paused }) },
};

/** The audit row a successful call leaves, or null for calls that leave none. */
/** `reading`: the row records a view or a search, which changed nothing. */
export type AuditRow = { action: AuditAction; record: { kind: AuditRecordKind; id: string }; detail: AuditEntry['detail']; actor: string | undefined; reading: boolean };

const readingActions: ReadonlySet<AuditAction> = new Set<AuditAction>(['visit.viewed', 'visits.searched', 'attachment.viewed']);

export function auditRowFor(method: MethodName, input: unknown, output: unknown): AuditRow | null {
  const rule = auditedMethods[method] as Rule<MethodName> | undefined;
  if (!rule) return null;
  const typedInput = input as ParsedInput<MethodName>;
  const typedOutput = output as MethodOutput<MethodName>;
  const action = typeof rule.action === 'function' ? rule.action(typedInput, typedOutput) : rule.action;
  if (!action) return null;
  return { action, record: rule.record(typedInput, typedOutput), detail: rule.detail?.(typedInput, typedOutput) ?? null, actor: rule.actor?.(typedInput, typedOutput), reading: readingActions.has(action) };
}
