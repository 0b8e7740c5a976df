import type { Statement } from 'better-sqlite3';
import type { Visit } from '../../../shared/domain/visit';
import type { VisitStatus } from '../../../shared/domain/visit-workflow';
import type { Db } from './database';
import { dayKeyRange, iinPrefixRange, namesMatchQuery } from './search-query';
import { createNameMatches, type VisitFilter } from './visit-name-search';
import { LISTED_COLUMNS, visitFromRow } from './visit-repository';

export type VisitSearch = {
  text?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  serviceCode?: string | undefined;
  status?: VisitStatus | undefined;
};

/** Search across every visit and its application, newest first. */
export type VisitSearchRepository = { search(criteria: VisitSearch, limit: number): Visit[] };

const NEWEST_FIRST = 'ORDER BY v.day DESC, v.created_at DESC, v.seq DESC';
const FROM_VISITS = `SELECT ${LISTED_COLUMNS} FROM visits v LEFT JOIN applications a ON a.visit_id = v.id`;

/** The conditions besides the text, on `v` and `a`: the days apart, since the name search reads them from its index. */
function filterOf({ serviceCode, status }: VisitSearch): VisitFilter {
  const filter: VisitFilter = { clauses: [], params: [] };
  if (serviceCode) {
    filter.clauses.push('coalesce(a.service_code, v.service_code) = ?');
    filter.params.push(serviceCode);
  }
  if (status) {
    filter.clauses.push('v.status = ?');
    filter.params.push(status);
  }
  return filter;
}

function withDays({ from, to }: VisitSearch, { clauses, params }: VisitFilter): VisitFilter {
  return {
    clauses: [...(from ? ['v.day >= ?'] : []), ...(to ? ['v.day <= ?'] : []), ...clauses],
    params: [...(from ? [from] : []), ...(to ? [to] : []), ...params],
  };
}

const where = (clauses: string[]) => (clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '');

/**
 * An IIN prefix and a booking code are matched through indexes only, as a UNION of the visit's IIN,
 * the application's IIN and the booking code: an OR across the join would scan every visit. Names
 * go through visit_search newest first (visit-name-search.ts); the booking code is added to what it
 * found. Text that can match nothing (only punctuation) finds nothing.
 */
export function createVisitSearchRepository(db: Db): VisitSearchRepository {
  const nameMatches = createNameMatches(db);
  const statements = new Map<string, Statement>();
  const run = (sql: string, params: unknown[]) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement.all(...params).map((row) => visitFromRow(row as Parameters<typeof visitFromRow>[0]));
  };

  return {
    search: (criteria, limit) => {
      const filter = filterOf(criteria);
      const { clauses, params } = withDays(criteria, filter);
      const text = criteria.text?.trim() ?? '';
      if (!text) return run(`${FROM_VISITS} ${where(clauses)} ${NEWEST_FIRST} LIMIT ?`, [...params, limit]);

      const code = text.toUpperCase();
      const iin = iinPrefixRange(text);
      if (iin) {
        const [low, high] = iin;
        const byIin = `v.seq IN (SELECT seq FROM visits WHERE iin >= ? AND iin < ?
                       UNION SELECT w.seq FROM applications x JOIN visits w ON w.id = x.visit_id WHERE x.iin >= ? AND x.iin < ?
                       UNION SELECT seq FROM visits WHERE booking_code = ?)`;
        return run(`${FROM_VISITS} ${where([byIin, ...clauses])} ${NEWEST_FIRST} LIMIT ?`, [low, high, low, high, code, ...params, limit]);
      }

      const match = namesMatchQuery(text);
      if (!match) return [];
      const seqs = nameMatches(match, dayKeyRange(criteria.from, criteria.to), filter, limit);
      // From the few candidates to their rows: left to itself the planner may walk a filter's index over every visit.
      const candidates = `(SELECT value AS seq FROM json_each(?) UNION SELECT seq FROM visits WHERE booking_code = ?) c
                          CROSS JOIN visits v ON v.seq = c.seq LEFT JOIN applications a ON a.visit_id = v.id`;
      return run(`SELECT ${LISTED_COLUMNS} FROM ${candidates} ${where(clauses)} ${NEWEST_FIRST} LIMIT ?`, [JSON.stringify(seqs), code, ...params, limit]);
    },
  };
}
