import { z } from 'zod';

/**
 * Every refusal the hub answers, as `{ code, ticketNumber? }` with the HTTP status beside it. The
 * desk's hub link turns the ones an operator can act on into contract errors of the same name.
 */
export const hubErrorStatus = {
  'hub.invalid_request': 400,
  'hub.unauthorized': 401,
  'hub.pairing_refused': 403,
  'hub.forbidden': 403,
  'hub.not_found': 404,
  'hub.window_not_found': 404,
  'hub.ticket_not_found': 404,
  'hub.booking_not_found': 404,
  'hub.window_busy': 409,
  'hub.ticket_state': 409,
  'hub.already_checked_in': 409,
  'hub.request_reused': 409,
  'hub.no_service_group': 422,
  'hub.payload_too_large': 413,
  'hub.unavailable': 503,
  /** The central system refused the hub's enrolment; `reason` says why, as the desk's sync code. */
  'hub.central_refused': 422,
  /** A pull asked of a hub no supervisor has linked to the central system yet. */
  'hub.central_not_linked': 409,
} as const;

export type HubErrorCode = keyof typeof hubErrorStatus;
export const hubErrorCodes = Object.keys(hubErrorStatus) as HubErrorCode[];

export const hubProblemSchema = z.strictObject({
  code: z.enum(hubErrorCodes as [HubErrorCode, ...HubErrorCode[]]),
  /** For `hub.already_checked_in`: the ticket the booking already has. */
  ticketNumber: z.string().max(16).optional(),
  /** For `hub.central_refused`: why the central system refused, as the desk's sync code (`sync.enrolment_used`, ...). */
  reason: z.string().regex(/^sync\.[a-z_]{1,40}$/).optional(),
});
export type HubProblem = z.infer<typeof hubProblemSchema>;

/** A refusal inside the hub, carried to the HTTP answer. */
export class HubError extends Error {
  override readonly name = 'HubError';
  constructor(
    readonly code: HubErrorCode,
    readonly ticketNumber?: string,
    readonly reason?: string,
  ) {
    super(code);
  }
}
