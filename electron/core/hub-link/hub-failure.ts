import { ApiError, errorCodes, type ErrorCode } from '../../../shared/contract/errors';
import type { HubErrorCode } from '../../../shared/hub';

/**
 * A failure talking to the hub, as the contract's error of the same meaning. `ticketNumber` is the
 * ticket a booking already has (`hub.already_checked_in`), or the one a busy window has called;
 * `reason` why the central system refused the hub (`hub.central_refused`), as a sync error code.
 */
export class HubFailure extends ApiError {
  constructor(
    code: ErrorCode,
    readonly ticketNumber?: string,
    readonly reason?: ErrorCode,
  ) {
    super(code);
  }
}

const asContract: Record<HubErrorCode, ErrorCode> = {
  'hub.invalid_request': 'hub.refused',
  'hub.unauthorized': 'hub.unauthorized',
  'hub.pairing_refused': 'hub.pairing_refused',
  'hub.forbidden': 'hub.forbidden',
  'hub.not_found': 'hub.refused',
  'hub.window_not_found': 'hub.window_not_found',
  'hub.ticket_not_found': 'hub.ticket_not_found',
  'hub.booking_not_found': 'hub.booking_not_found',
  'hub.window_busy': 'hub.window_busy',
  'hub.ticket_state': 'hub.ticket_state',
  'hub.already_checked_in': 'hub.already_checked_in',
  'hub.request_reused': 'hub.refused',
  'hub.no_service_group': 'hub.no_service_group',
  'hub.payload_too_large': 'hub.refused',
  'hub.unavailable': 'hub.unavailable',
  'hub.central_refused': 'hub.central_refused',
  'hub.central_not_linked': 'hub.central_not_linked',
};

/**
 * Why the hub's central system link failed or was refused, as the desk's sync code; a code this
 * desk has no words for (a newer hub) is told as the central system's plain refusal.
 */
export const centralReason = (reason: string): ErrorCode => ((errorCodes as readonly string[]).includes(reason) ? (reason as ErrorCode) : 'sync.server_refused');

export const refusal = (code: HubErrorCode, ticketNumber?: string, reason?: string) => new HubFailure(asContract[code], ticketNumber, reason === undefined ? undefined : centralReason(reason));

/** The failures a retry may mend: the hub out of reach or not storing; the rest wait for a person. */
export const retryable = (error: unknown) => error instanceof HubFailure && ['hub.unreachable', 'hub.unavailable', 'hub.bad_answer'].includes(error.code);
