import type { Db } from './database';

export type StatementPrint = {
  visitId: string;
  applicationId: string;
  version: number;
  digest: string;
  purpose: 'print' | 'export';
  reprint: boolean;
  at: string;
  actor: string;
};

export type StatementPrintRepository = {
  add(print: StatementPrint): void;
  countFor(applicationId: string): number;
  /** Digests printed for this version of the application. */
  digestsFor(applicationId: string, version: number): string[];
};

export function createStatementPrintRepository(db: Db): StatementPrintRepository {
  const insert = db.prepare(
    `INSERT INTO statement_prints (visit_id, application_id, version, digest, purpose, reprint, at, actor)
     VALUES (@visitId, @applicationId, @version, @digest, @purpose, @reprint, @at, @actor)`,
  );
  const count = db.prepare<[string], number>('SELECT count(*) FROM statement_prints WHERE application_id = ?').pluck();
  const digests = db
    .prepare<[string, number], string>('SELECT DISTINCT digest FROM statement_prints WHERE application_id = ? AND version = ?')
    .pluck();
  return {
    digestsFor: (applicationId, version) => digests.all(applicationId, version),
    add: (print) => {
      insert.run({ ...print, reprint: print.reprint ? 1 : 0 });
    },
    countFor: (applicationId) => count.get(applicationId) ?? 0,
  };
}
