import { describe, expect, it } from 'vitest';
import { canTransition, finalStatuses, visitStatuses, type VisitStatus } from '../../shared/domain/visit-workflow';

// The workflow as the front desk works it, written out independently of the transition table.
const legal: [VisitStatus, VisitStatus][] = [
  ['booked', 'arrived'],
  ['booked', 'cancelled'],
  ['booked', 'no_show'],
  ['arrived', 'in_service'],
  ['arrived', 'cancelled'],
  ['in_service', 'statement_printed'],
  ['in_service', 'cancelled'],
  ['statement_printed', 'signed'],
  ['statement_printed', 'in_service'],
  ['statement_printed', 'cancelled'],
  ['signed', 'queued'],
  ['signed', 'in_service'],
  ['queued', 'sent'],
  ['queued', 'needs_information'],
  ['sent', 'accepted'],
  ['sent', 'rejected'],
  ['sent', 'needs_information'],
  ['sent', 'queued'],
  ['needs_information', 'in_service'],
];
const isLegal = (from: VisitStatus, to: VisitStatus) => legal.some(([f, t]) => f === from && t === to);
const allPairs = visitStatuses.flatMap((from) => visitStatuses.map((to) => [from, to] as [VisitStatus, VisitStatus]));

describe('visit workflow', () => {
  it.each(legal)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each(allPairs.filter(([from, to]) => !isLegal(from, to)))('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('ends only in accepted, rejected, cancelled or no-show', () => {
    expect([...finalStatuses].sort()).toEqual(['accepted', 'cancelled', 'no_show', 'rejected']);
  });
});
