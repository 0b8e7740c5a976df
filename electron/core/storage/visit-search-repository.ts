import type { Visit } from '../../../shared/domain/visit';
import type { VisitStatus } from '../../../shared/domain/visit-workflow';
import type { Db } from './database';
import { iinPrefixRange, namesMatchQuery } from './search-query';
import { COLUMNS, visitFromRow } from './visit-repository';

export type VisitSearch = {
  text?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  serviceCode?: string | undefined;
  status?: VisitStatus | undefined;
};

/** Search across every visit and its application, newest first. */
export type VisitSearchRepository = { search(criteria: VisitSearch, limit: number): Visit[] };

export function createVisitSearchRepository(db: Db): VisitSearchRepository {
  return {
    search: ({ text, from, to, serviceCode, status }, limit) => {
      const where: string[] = [];
      const params: (string | number)[] = [];
      const add = (clause: string, ...values: string[]) => {
        where.push(clause);
        params.push(...values);
      };
      const trimmed = text?.trim() ?? '';
      if (trimmed) {
        const range = iinPrefixRange(trimmed);
        const match = range ? null : namesMatchQuery(trimmed);
        if (range) {
          const [low, high] = range;
          add('((v.iin >= ? AND v.iin < ?) OR (a.iin >= ? AND a.iin < ?) OR v.booking_code = ?)', low, high, low, high, trimmed.toUpperCase());
        } else if (match) {
          add('(v.seq IN (SELECT rowid FROM visit_search WHERE visit_search MATCH ?) OR v.booking_code = ?)', match, trimmed.toUpperCase());
        } else {
          return [];
        }
      }
      if (from) add('v.day >= ?', from);
      if (to) add('v.day <= ?', to);
      if (serviceCode) add('coalesce(a.service_code, v.service_code) = ?', serviceCode);
      if (status) add('v.status = ?', status);
      const sql = `SELECT ${COLUMNS} FROM visits v LEFT JOIN applications a ON a.visit_id = v.id
                   ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                   ORDER BY v.day DESC, v.created_at DESC LIMIT ?`;
      return db
        .prepare(sql)
        .all(...params, limit)
        .map((row) => visitFromRow(row as Parameters<typeof visitFromRow>[0]));
    },
  };
}
