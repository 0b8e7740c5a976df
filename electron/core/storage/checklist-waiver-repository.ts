import type { ChecklistWaiver } from '../../../shared/domain/attachment';
import type { Db } from './database';

export type ChecklistWaiverRepository = {
  /** Records a waiver; a second one for the same item replaces the first. */
  put(applicationId: string, item: string, waiver: ChecklistWaiver): void;
  listFor(applicationId: string): Map<string, ChecklistWaiver>;
};

type WaiverRow = { item: string; reason: string; waived_by: string; waived_at: string };

export function createChecklistWaiverRepository(db: Db): ChecklistWaiverRepository {
  const upsert = db.prepare(
    `INSERT INTO checklist_waivers (application_id, item, reason, waived_by, waived_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (application_id, item) DO UPDATE SET reason = excluded.reason, waived_by = excluded.waived_by, waived_at = excluded.waived_at`,
  );
  const list = db.prepare<[string], WaiverRow>('SELECT item, reason, waived_by, waived_at FROM checklist_waivers WHERE application_id = ?');
  return {
    put: (applicationId, item, { reason, waivedBy, waivedAt }) => {
      upsert.run(applicationId, item, reason, waivedBy, waivedAt);
    },
    listFor: (applicationId) => new Map(list.all(applicationId).map((row) => [row.item, { reason: row.reason, waivedBy: row.waived_by, waivedAt: row.waived_at }])),
  };
}
