import type { Statement } from 'better-sqlite3';
import type { Db } from './database';
import { DAY_KEY_SPAN, type DayKeyRange } from './search-query';

/** Conditions on the visit (`v`) and its application (`a`) besides the names and the days. */
export type VisitFilter = { clauses: string[]; params: string[] };

export type NameMatches = (match: string, days: DayKeyRange, filter: VisitFilter, limit: number) => number[];

/**
 * The seqs of a set of visits that holds the newest `limit` whose names match (by day, then
 * created_at, then seq, all descending), and few others: visit_search is read from the newest day
 * down and left at the limit, so a common name costs what a rare one does, not a sort of all its
 * matches. Within a day the index is in seq order but the list is in created_at order, so the day
 * the limit ends in is read to its end, and its matches ordered by visits_by_day, which holds day,
 * created_at and seq: no visit row is read for a match that is not shown (unless a filter needs it).
 */
export function createNameMatches(db: Db): NameMatches {
  const statements = new Map<string, Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  // Through visits_by_day: looking each match up by seq would read a visit row per match that day.
  const newestOfDay = db
    .prepare<[number, string, number], number>(
      `SELECT seq FROM visits INDEXED BY visits_by_day
        WHERE day = (SELECT day FROM visits WHERE seq = ?) AND seq IN (SELECT value FROM json_each(?))
        ORDER BY created_at DESC, seq DESC LIMIT ?`,
    )
    .pluck();

  return (match, days, { clauses, params }, limit) => {
    const joins = clauses.length > 0 ? `JOIN visits v ON v.seq = visit_search.rowid % ${DAY_KEY_SPAN} LEFT JOIN applications a ON a.visit_id = v.id` : '';
    // The day and the seq come apart in SQL: a whole rowid is past the integers a JS number holds exactly.
    const rows = prepared(
      `SELECT visit_search.rowid / ${DAY_KEY_SPAN}, visit_search.rowid % ${DAY_KEY_SPAN} FROM visit_search ${joins}
        WHERE visit_search MATCH ? AND visit_search.rowid BETWEEN ? AND ?${clauses.map((clause) => ` AND ${clause}`).join('')}
        ORDER BY visit_search.rowid DESC`,
    )
      .raw()
      .iterate(match, days.first, days.last, ...params) as IterableIterator<[number, number]>;

    const seqs: number[] = [];
    let day = -1;
    let dayStart = 0;
    for (const [rowDay, seq] of rows) {
      if (rowDay !== day) {
        if (seqs.length >= limit) break;
        [day, dayStart] = [rowDay, seqs.length];
      }
      seqs.push(seq);
    }
    if (seqs.length <= limit) return seqs;
    const before = seqs.slice(0, dayStart);
    const lastDay = seqs.slice(dayStart);
    return [...before, ...newestOfDay.all(lastDay[0]!, JSON.stringify(lastDay), limit - before.length)];
  };
}
