import type { Visit } from '../../../shared/domain/visit';
import type { Db } from './database';

type VisitRow = {
  id: string;
  created_at: string;
  day: string;
  desk: string;
  kind: Visit['kind'];
  citizen_name: string;
  iin: string | null;
  status: Visit['status'];
};

export type VisitRepository = {
  /** Inserts the visit; 'exists' when a visit with that id is already stored (nothing written). */
  insert(visit: Visit): 'inserted' | 'exists';
  findById(id: string): Visit | undefined;
  listForDay(day: string, limit: number): Visit[];
};

function fromRow(row: VisitRow): Visit {
  return {
    id: row.id,
    createdAt: row.created_at,
    day: row.day,
    desk: row.desk,
    kind: row.kind,
    citizenName: row.citizen_name,
    iin: row.iin,
    status: row.status,
  };
}

export function createVisitRepository(db: Db): VisitRepository {
  const insert = db.prepare(
    `INSERT INTO visits (id, created_at, day, desk, kind, citizen_name, iin, status)
     VALUES (@id, @createdAt, @day, @desk, @kind, @citizenName, @iin, @status)
     ON CONFLICT (id) DO NOTHING`,
  );
  const byId = db.prepare<[string], VisitRow>('SELECT * FROM visits WHERE id = ?');
  const byDay = db.prepare<[string, number], VisitRow>(
    'SELECT * FROM visits WHERE day = ? ORDER BY created_at, id LIMIT ?',
  );
  return {
    insert: (visit) => (insert.run(visit).changes === 1 ? 'inserted' : 'exists'),
    findById: (id) => {
      const row = byId.get(id);
      return row ? fromRow(row) : undefined;
    },
    listForDay: (day, limit) => byDay.all(day, limit).map(fromRow),
  };
}
