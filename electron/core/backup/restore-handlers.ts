import type { Handlers } from '../../../shared/contract/dispatch';
import { ApiError } from '../../../shared/contract/errors';
import { audit } from '../audit/audit-trail';
import type { LiveData } from '../live-data';
import type { AppLog } from '../logging/app-log';
import { keyFromRecoveryText } from '../security/store-key';
import type { DeskSession } from '../staff/desk-session';
import type { SecretProtector } from '../sync/device-credential';
import { restoreSnapshot } from './backup-restore';
import { listSnapshots } from './backup-snapshot';

type RestoreDeps = { live: LiveData; session: DeskSession; dataDir: string; now: () => Date; log: AppLog; protector: SecretProtector | undefined };

/** Listing and restoring backups work with a damaged database too: that is when they are needed. */
export function createRestoreHandlers({ live, session, dataDir, now, log, protector }: RestoreDeps): Pick<Handlers, 'backups.list' | 'backups.restore'> {
  return {
    'backups.list': ({ folder }) => ({ snapshots: listSnapshots(folder) }),
    'backups.restore': async ({ folder, snapshotId, recoveryKey }) => {
      const recovered = recoveryKey === undefined ? null : keyFromRecoveryText(recoveryKey);
      if (recoveryKey !== undefined && !recovered) throw new ApiError('backup.recovery_key_wrong');
      if (live.swapping() || live.ifOpen()?.backupRunning()) throw new ApiError('backup.running');
      const restoredBy = session.actor() ?? 'desk';
      await live.swap(async (current) => {
        const restored = await restoreSnapshot(folder, snapshotId, dataDir, now(), { current, recoveryKey: recovered, protector });
        log.info('backup.restored');
        // The restored data has its own staff accounts: whoever restored signs in to them.
        session.signOut();
        return restored;
      });
      const { deps } = live.current();
      deps.atomically(() => audit(deps, 'backup.restored', { kind: 'backup', id: snapshotId }, undefined, restoredBy));
      return { restored: snapshotId };
    },
  };
}
