import type { Visit } from '../../../shared/domain/visit';
import type { VisitStatus } from '../../../shared/domain/visit-workflow';
import type { Db } from './database';
import { iinPrefixRange, namesMatchQuery } from './search-query';
import { LISTED_COLUMNS, visitFromRow } from './visit-repository';

export type VisitSearch = {
  text?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  serviceCode?: string | undefined;
  status?: VisitStatus | undefined;
};

export type SearchQuery = { sql: string; params: (string | number)[] };

/**
 * The SQL for a search. The text is matched through indexes only, as a UNION of the visit's IIN,
 * the application's IIN, the booking code and the name index: an OR across the join would scan
 * every visit. Null when the text can match nothing (only punctuation).
 */
export function visitSearchQuery({ text, from, to, serviceCode, status }: VisitSearch, limit: number): SearchQuery | null {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const add = (clause: string, ...values: string[]) => {
    where.push(clause);
    params.push(...values);
  };
  const trimmed = text?.trim() ?? '';
  if (trimmed) {
    const code = trimmed.toUpperCase();
    const range = iinPrefixRange(trimmed);
    const match = range ? null : namesMatchQuery(trimmed);
    if (range) {
      const [low, high] = range;
      add(
        `v.seq IN (SELECT seq FROM visits WHERE iin >= ? AND iin < ?
                   UNION SELECT w.seq FROM applications x JOIN visits w ON w.id = x.visit_id WHERE x.iin >= ? AND x.iin < ?
                   UNION SELECT seq FROM visits WHERE booking_code = ?)`,
        low,
        high,
        low,
        high,
        code,
      );
    } else if (match) {
      add(`v.seq IN (SELECT rowid FROM visit_search WHERE visit_search MATCH ? UNION SELECT seq FROM visits WHERE booking_code = ?)`, match, code);
    } else {
      return null;
    }
  }
  if (from) add('v.day >= ?', from);
  if (to) add('v.day <= ?', to);
  if (serviceCode) add('coalesce(a.service_code, v.service_code) = ?', serviceCode);
  if (status) add('v.status = ?', status);
  const sql = `SELECT ${LISTED_COLUMNS} FROM visits v LEFT JOIN applications a ON a.visit_id = v.id
               ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
               ORDER BY v.day DESC, v.created_at DESC LIMIT ?`;
  return { sql, params: [...params, limit] };
}

/** Search across every visit and its application, newest first. */
export type VisitSearchRepository = { search(criteria: VisitSearch, limit: number): Visit[] };

export function createVisitSearchRepository(db: Db): VisitSearchRepository {
  return {
    search: (criteria, limit) => {
      const query = visitSearchQuery(criteria, limit);
      if (!query) return [];
      return db
        .prepare(query.sql)
        .all(...query.params)
        .map((row) => visitFromRow(row as Parameters<typeof visitFromRow>[0]));
    },
  };
}
