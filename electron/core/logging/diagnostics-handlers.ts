import type { Handlers } from '../../../shared/contract/dispatch';
import { ApiError } from '../../../shared/contract/errors';
import type { ExportFolderChooser } from '../attachments';
import { audit } from '../audit';
import type { CoreDeps } from '../core-deps';
import type { AppLog } from './app-log';
import { collectDiagnostics, type DiagnosticFacts } from './diagnostics';

type DiagnosticsDeps = {
  log: AppLog;
  now: () => Date;
  chooseExportFolder: ExportFolderChooser | undefined;
  facts(): DiagnosticFacts;
  /** The open data's, to audit the collection; none when the database is damaged. */
  deps(): Pick<CoreDeps, 'audit' | 'now' | 'actor' | 'atomically'> | null;
};

/** A zip for support: versions, the desk's identity and the log, which never holds citizen data. */
export function createDiagnosticsHandlers({ log, now, chooseExportFolder, facts, deps }: DiagnosticsDeps): Pick<Handlers, 'diagnostics.collect'> {
  return {
    'diagnostics.collect': async () => {
      if (!chooseExportFolder) throw new ApiError('export.unavailable');
      const folder = await chooseExportFolder();
      if (!folder) throw new ApiError('export.unavailable');
      const zip = await collectDiagnostics(log, folder, facts(), now()).catch(() => {
        throw new ApiError('export.failed');
      });
      const open = deps();
      if (open) open.atomically(() => audit(open, 'diagnostics.collected', { kind: 'diagnostics', id: zip.fileName }));
      return { ...zip, folder };
    },
  };
}
