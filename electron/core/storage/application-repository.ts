import { fullNameOf, type ApplicationDraft } from '../../../shared/domain/application';
import type { Application } from '../../../shared/domain/application-record';
import { finalStatuses } from '../../../shared/domain/visit-workflow';
import type { Db } from './database';

type ApplicationRow = {
  id: string;
  visit_id: string;
  state: Application['state'];
  version: number;
  data: string;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
};

type StoredData = Pick<Application, 'fields' | 'birthDate' | 'sex' | 'receiverOverridden'>;

export type Duplicate = { applicationId: string; visitId: string; day: string; state: Application['state'] };

export type ApplicationRepository = {
  findById(id: string): Application | undefined;
  findByVisit(visitId: string): Application | undefined;
  /** Writes the application as given; its version and state come from the caller. */
  save(application: Application): void;
  recordCorrection(before: Application, at: string, actor: string, reason: string): void;
  /** Applications of this IIN for this service whose visit has not reached a final status. */
  openDuplicates(iin: string, serviceCode: string, exceptId: string): Duplicate[];
};

function fromRow(row: ApplicationRow): Application {
  const data = JSON.parse(row.data) as StoredData;
  return {
    id: row.id,
    visitId: row.visit_id,
    state: row.state,
    version: row.version,
    ...data,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}

const searchable = (fields: ApplicationDraft) => ({
  iin: fields.iin?.trim() || null,
  serviceCode: fields.serviceCode?.trim() || null,
  fullName: fullNameOf(fields),
});

export function createApplicationRepository(db: Db): ApplicationRepository {
  const byId = db.prepare<[string], ApplicationRow>('SELECT * FROM applications WHERE id = ?');
  const byVisit = db.prepare<[string], ApplicationRow>('SELECT * FROM applications WHERE visit_id = ?');
  const upsert = db.prepare(
    `INSERT INTO applications (id, visit_id, state, version, iin, service_code, full_name, data, created_at, updated_at, finished_at)
     VALUES (@id, @visitId, @state, @version, @iin, @serviceCode, @fullName, @data, @createdAt, @updatedAt, @finishedAt)
     ON CONFLICT (id) DO UPDATE SET state = excluded.state, version = excluded.version, iin = excluded.iin,
       service_code = excluded.service_code, full_name = excluded.full_name, data = excluded.data,
       updated_at = excluded.updated_at, finished_at = excluded.finished_at`,
  );
  const correction = db.prepare(
    'INSERT INTO application_corrections (application_id, version, at, actor, reason, before_data) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const finals = finalStatuses.map((status) => `'${status}'`).join(', ');
  const duplicates = db.prepare<[string, string, string], { application_id: string; visit_id: string; day: string; state: Application['state'] }>(
    `SELECT a.id AS application_id, a.visit_id, v.day, a.state FROM applications a JOIN visits v ON v.id = a.visit_id
      WHERE a.iin = ? AND a.service_code = ? AND a.id <> ? AND v.status NOT IN (${finals})
      ORDER BY v.day DESC LIMIT 50`,
  );
  const one = (row: ApplicationRow | undefined) => (row ? fromRow(row) : undefined);
  const dataOf = ({ fields, birthDate, sex, receiverOverridden }: Application): string =>
    JSON.stringify({ fields, birthDate, sex, receiverOverridden } satisfies StoredData);

  return {
    findById: (id) => one(byId.get(id)),
    findByVisit: (visitId) => one(byVisit.get(visitId)),
    save: (application) => {
      upsert.run({ ...application, ...searchable(application.fields), data: dataOf(application) });
    },
    recordCorrection: (before, at, actor, reason) => {
      correction.run(before.id, before.version, at, actor, reason, dataOf(before));
    },
    openDuplicates: (iin, serviceCode, exceptId) =>
      duplicates.all(iin, serviceCode, exceptId).map((row) => ({
        applicationId: row.application_id,
        visitId: row.visit_id,
        day: row.day,
        state: row.state,
      })),
  };
}
