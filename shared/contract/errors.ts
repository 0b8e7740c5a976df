import { z } from 'zod';

/**
 * Every failure that crosses the contract carries one of these codes. The renderer translates the
 * code (catalogue key `errors.<code>`), so core messages never have to be localised or shown raw.
 */
export const errorCodes = [
  'contract.unknown_method',
  'contract.invalid_input',
  'contract.invalid_output',
  'transport.unauthorized',
  'transport.forbidden_sender',
  'transport.payload_too_large',
  'transport.unreachable',
  'storage.unavailable',
  'storage.damaged',
  'visit.duplicate_id',
  'visit.not_found',
  'visit.transition_refused',
  'application.not_found',
  'application.locked',
  'application.not_finished',
  'application.visit_mismatch',
  'bookings.unreadable_file',
  'statement.print_unavailable',
  'attachment.refused',
  'attachment.not_found',
  'attachment.not_required',
  'application.documents_missing',
  'upload.not_found',
  'upload.out_of_order',
  'upload.incomplete',
  'export.unavailable',
  'export.failed',
  'scanner.not_found',
  'scanner.folder_unavailable',
  'sync.not_enrolled',
  'sync.enrolment_refused',
  'sync.unreachable',
  'sync.server_refused',
  'sync.server_busy',
  'sync.unauthorized',
  'sync.bad_answer',
  'sync.not_central',
  'sync.tls_clock',
  'sync.tls_unknown_ca',
  'sync.tls_name',
  'sync.tls_failed',
  'sync.enrolment_other_desk',
  'sync.enrolment_used',
  'sync.enrolment_expired',
  'sync.revoked',
  'sync.credential_expired',
  'backup.folder_unavailable',
  'backup.not_found',
  'backup.damaged',
  'backup.blob_damaged',
  'backup.failed',
  'backup.running',
  'backup.recovery_key_needed',
  'backup.recovery_key_wrong',
  'session.required',
  'session.locked',
  'session.wrong_credentials',
  'session.account_locked',
  'access.supervisor_only',
  'staff.already_set_up',
  'staff.login_taken',
  'staff.not_found',
  'staff.last_supervisor',
  'hub.unreachable',
  'hub.certificate_mismatch',
  'hub.pairing_refused',
  'hub.unauthorized',
  'hub.forbidden',
  'hub.unavailable',
  'hub.bad_answer',
  'hub.refused',
  'hub.window_not_found',
  'hub.ticket_not_found',
  'hub.booking_not_found',
  'hub.window_busy',
  'hub.ticket_state',
  'hub.already_checked_in',
  'hub.no_service_group',
  'hub.not_paired',
  'hub.no_window',
  'hub.group_not_found',
  'hub.day_deferred',
  'hub.day_open',
  'hub.no_second_screen',
  'internal.unexpected',
  'hub.central_refused',
  'hub.central_not_linked',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const errorCodeSchema = z.enum(errorCodes);

/** One field problem; `message` is a catalogue key (see `validation.*`), `path` the field. */
export const fieldIssueSchema = z.strictObject({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  /** Values the message names, e.g. the service code a bookings file used: `{{code}}` in the catalogue. */
  params: z.record(z.string().max(40), z.string().max(200)).optional(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const apiErrorBodySchema = z.strictObject({
  code: errorCodeSchema,
  issues: z.array(fieldIssueSchema).optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

/** Thrown by core handlers and by the client; carries only a code and field issues, no personal data. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    readonly issues?: FieldIssue[],
  ) {
    super(code);
  }

  toBody(): ApiErrorBody {
    return this.issues ? { code: this.code, issues: this.issues } : { code: this.code };
  }
}

export function isErrorCode(value: string): value is ErrorCode {
  return (errorCodes as readonly string[]).includes(value);
}
