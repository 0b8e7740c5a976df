import type { Db } from './database';

export type DueApplication = { applicationId: string; visitId: string };

/**
 * What the retention job finds and clears. An application is due once the central system's
 * latest word on it is "accepted" and that word came before the cut-off, and nothing of it still
 * waits to be sent. Clearing keeps every row (ids, dates, statuses, the service): reports still
 * count the visit and audit rows still name their record; what a citizen gave is gone.
 */
export type RetentionRepository = {
  due(acceptedBefore: string, limit: number): DueApplication[];
  /** Clears one application's personal data and drops its documents; returns the scans they used. */
  clear(due: DueApplication, at: string): string[];
};

export function createRetentionRepository(db: Db): RetentionRepository {
  const due = db.prepare<[string, number], DueApplication>(
    `SELECT a.id AS applicationId, a.visit_id AS visitId
       FROM applications a
       JOIN decisions d ON d.seq = (SELECT max(seq) FROM decisions WHERE application_id = a.id)
      WHERE a.removed_at IS NULL AND d.outcome = 'accepted' AND d.received_at < ?
        AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.application_id = a.id AND o.state = 'queued')
      ORDER BY d.received_at LIMIT ?`,
  );
  const scans = db.prepare<[string], string>('SELECT DISTINCT sha256 FROM attachments WHERE application_id = ?').pluck();
  const statements = [
    // The stored form keeps its shape and the service chosen; every field the citizen gave is gone.
    `UPDATE applications SET full_name = '', iin = NULL, removed_at = @at,
            data = json_object('fields', CASE WHEN service_code IS NULL THEN json_object() ELSE json_object('serviceCode', service_code) END,
                               'birthDate', NULL, 'sex', NULL,
                               'receiverOverridden', CASE WHEN json_extract(data, '$.receiverOverridden') THEN json('true') ELSE json('false') END)
      WHERE id = @applicationId`,
    `UPDATE visits SET citizen_name = '', iin = NULL WHERE id = @visitId`,
    `UPDATE visit_events SET reason = NULL WHERE visit_id = @visitId`,
    `UPDATE application_corrections SET before_data = '{"fields":{},"birthDate":null,"sex":null,"receiverOverridden":false}', reason = ''
      WHERE application_id = @applicationId`,
    `UPDATE checklist_waivers SET reason = '-' WHERE application_id = @applicationId`,
    `UPDATE decisions SET reason = NULL WHERE application_id = @applicationId`,
    `UPDATE outbox SET payload = '{}', reasons = NULL WHERE application_id = @applicationId`,
    `UPDATE scanner_inbox SET original_name = '', attachment_id = NULL
      WHERE attachment_id IN (SELECT id FROM attachments WHERE application_id = @applicationId)`,
    // Later versions first: each names the original it turned.
    `DELETE FROM attachments WHERE application_id = @applicationId AND original_id IS NOT NULL`,
    `DELETE FROM attachments WHERE application_id = @applicationId`,
  ].map((sql) => db.prepare(sql));
  return {
    due: (acceptedBefore, limit) => due.all(acceptedBefore, limit),
    clear: (application, at) => {
      const used = scans.all(application.applicationId);
      for (const statement of statements) statement.run({ ...application, at });
      return used;
    },
  };
}
