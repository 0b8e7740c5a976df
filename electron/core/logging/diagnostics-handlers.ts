import type { Handlers } from '../../../shared/contract/dispatch';
import { ApiError } from '../../../shared/contract/errors';
import type { ExportFolderChooser } from '../attachments/attachment-handlers';
import { audit } from '../audit/audit-trail';
import { APP_VERSION, type LiveData } from '../live-data';
import { schemaVersion } from '../storage/database';
import type { AppLog } from './app-log';
import { collectDiagnostics } from './diagnostics';

type DiagnosticsDeps = { live: LiveData; log: AppLog; now: () => Date; chooseExportFolder: ExportFolderChooser | undefined };

/** A zip for support: versions, the desk's identity and the log, which never holds citizen data. */
export function createDiagnosticsHandlers({ live, log, now, chooseExportFolder }: DiagnosticsDeps): Pick<Handlers, 'diagnostics.collect'> {
  return {
    'diagnostics.collect': async () => {
      if (!chooseExportFolder) throw new ApiError('export.unavailable');
      const folder = await chooseExportFolder();
      if (!folder) throw new ApiError('export.unavailable');
      const data = live.ifOpen();
      const facts = {
        appVersion: APP_VERSION,
        database: live.health(),
        schemaVersion: data ? schemaVersion(data.db) : null,
        sqlite: data ? String(data.db.prepare('SELECT sqlite_version()').pluck().get()) : null,
        centreId: data?.deps.settings.get('workstation.centre') ?? null,
        deskId: data?.deps.settings.get('workstation.desk') ?? null,
      };
      const zip = await collectDiagnostics(log, folder, facts, now()).catch(() => {
        throw new ApiError('export.failed');
      });
      if (data) data.deps.atomically(() => audit(data.deps, 'diagnostics.collected', { kind: 'diagnostics', id: zip.fileName }));
      return { ...zip, folder };
    },
  };
}
