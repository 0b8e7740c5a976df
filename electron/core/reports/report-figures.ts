import type { DayRange, RegisterRow, ReportSummary } from '../../../shared/domain/report';
import { visitStatuses } from '../../../shared/domain/visit-workflow';
import type { VisitTimeline } from '../storage';
import { clock } from './report-labels';

const MINUTE = 60_000;

export function registerRow(visit: VisitTimeline): RegisterRow {
  const waitMinutes =
    visit.arrivedAt && visit.servedAt ? Math.max(0, Math.round((Date.parse(visit.servedAt) - Date.parse(visit.arrivedAt)) / MINUTE)) : null;
  return {
    visitId: visit.visitId,
    day: visit.day,
    time: visit.slot ?? clock(visit.createdAt, ''),
    kind: visit.kind,
    citizenName: visit.citizenName,
    bookingCode: visit.bookingCode,
    serviceCode: visit.serviceCode,
    status: visit.status,
    arrivedAt: visit.arrivedAt,
    servedAt: visit.servedAt,
    waitMinutes,
    operator: visit.servedBy ?? visit.loggedBy,
  };
}

/** The middle value; for an even count, the mean of the two middle values. */
export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Nearest-rank percentile: the smallest wait that at least `p` per cent of citizens had no more
 * than. It is always a wait somebody really had, which is what a supervisor asks about.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function countBy<K extends string | null>(rows: readonly RegisterRow[], key: (row: RegisterRow) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
}

function daysOf({ from, to }: DayRange): string[] {
  const days: string[] = [];
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= Date.parse(`${to}T00:00:00Z`); at += 86_400_000) {
    days.push(new Date(at).toISOString().slice(0, 10));
  }
  return days;
}

/** Figures for a range of days; waits are counted for visits that reached service. */
export function summarise(range: DayRange, rows: readonly RegisterRow[]): ReportSummary {
  const waits = rows.flatMap((row) => (row.waitMinutes === null ? [] : [row.waitMinutes])).sort((a, b) => a - b);
  const byStatus = countBy(rows, (row) => row.status);
  const perDayVisits = countBy(rows, (row) => row.day);
  const perDayNoShows = countBy(
    rows.filter((row) => row.status === 'no_show'),
    (row) => row.day,
  );
  return {
    ...range,
    visits: rows.length,
    noShows: byStatus.get('no_show') ?? 0,
    byService: [...countBy(rows, (row) => row.serviceCode)]
      .map(([serviceCode, count]) => ({ serviceCode, count }))
      .sort((a, b) => b.count - a.count || (a.serviceCode ?? '~').localeCompare(b.serviceCode ?? '~')),
    byStatus: visitStatuses.filter((status) => byStatus.has(status)).map((status) => ({ status, count: byStatus.get(status)! })),
    waiting: { measured: waits.length, medianMinutes: median(waits), p90Minutes: percentile(waits, 90) },
    perDay: daysOf(range).map((day) => ({ day, visits: perDayVisits.get(day) ?? 0, noShows: perDayNoShows.get(day) ?? 0 })),
  };
}
