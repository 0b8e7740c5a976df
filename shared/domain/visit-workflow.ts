/**
 * The visit's workflow as an explicit state machine. A walk-in starts at `arrived`; a booking at
 * `booked`. Every transition is recorded with when and by whom; anything not listed is refused.
 */
export const visitStatuses = [
  'booked',
  'arrived',
  'in_service',
  'statement_printed',
  'signed',
  'queued',
  'sent',
  'accepted',
  'rejected',
  'needs_information',
  'cancelled',
  'no_show',
] as const;
export type VisitStatus = (typeof visitStatuses)[number];

const transitions: Readonly<Record<VisitStatus, readonly VisitStatus[]>> = {
  booked: ['arrived', 'cancelled', 'no_show'],
  arrived: ['in_service', 'cancelled'],
  in_service: ['statement_printed', 'cancelled'],
  // A changed application needs a new statement, so a printed one can go back to service.
  statement_printed: ['signed', 'in_service', 'cancelled'],
  signed: ['queued', 'in_service'],
  // Held back by the desk when the central system refuses it or its file on its own: it never
  // reached the central system, so it is not "sent" first as a refusal in an answer is.
  queued: ['sent', 'needs_information'],
  // A send the server never confirmed goes back to the queue; the server de-duplicates it.
  sent: ['accepted', 'rejected', 'needs_information', 'queued'],
  needs_information: ['in_service'],
  accepted: [],
  rejected: [],
  cancelled: [],
  no_show: [],
};

export const finalStatuses: readonly VisitStatus[] = visitStatuses.filter((status) => transitions[status].length === 0);

export function canTransition(from: VisitStatus, to: VisitStatus): boolean {
  return transitions[from].includes(to);
}

/** Once an application has left the desk, changing it or its documents locally would reach nobody. */
export const closedForChanges: readonly VisitStatus[] = ['queued', 'sent', 'accepted', 'rejected', 'cancelled', 'no_show'];
