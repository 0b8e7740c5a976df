import type { Handlers } from '../../../shared/contract/dispatch';
import { ApiError } from '../../../shared/contract/errors';
import { audit } from '../audit';
import type { CoreDeps } from '../core-deps';
import type { AppLog } from '../logging';
import { keyFromRecoveryText, type StoreKey } from '../security';
import type { DeskSession } from '../staff';
import type { SecretProtector } from '../security';
import { restoreSnapshot } from './backup-restore';
import { listSnapshots } from './backup-snapshot';

/** The data a restore replaces: closed, swapped for the snapshot's, and opened again. */
export type RestorableData = {
  busy(): boolean;
  swap(work: (storeKey: StoreKey) => Promise<StoreKey>): Promise<void>;
  deps(): Pick<CoreDeps, 'audit' | 'now' | 'actor' | 'atomically'>;
};

type RestoreDeps = { data: RestorableData; session: Pick<DeskSession, 'actor' | 'signOut'>; dataDir: string; now: () => Date; log: AppLog; protector: SecretProtector | undefined };

/** Listing and restoring backups work with a damaged database too: that is when they are needed. */
export function createRestoreHandlers({ data, session, dataDir, now, log, protector }: RestoreDeps): Pick<Handlers, 'backups.list' | 'backups.restore'> {
  return {
    'backups.list': ({ folder }) => ({ snapshots: listSnapshots(folder) }),
    'backups.restore': async ({ folder, snapshotId, recoveryKey }) => {
      const recovered = recoveryKey === undefined ? null : keyFromRecoveryText(recoveryKey);
      if (recoveryKey !== undefined && !recovered) throw new ApiError('backup.recovery_key_wrong');
      if (data.busy()) throw new ApiError('backup.running');
      const restoredBy = session.actor() ?? 'desk';
      await data.swap(async (current) => {
        const restored = await restoreSnapshot(folder, snapshotId, dataDir, now(), { current, recoveryKey: recovered, protector });
        log.info('backup.restored');
        // The restored data has its own staff accounts: whoever restored signs in to them.
        session.signOut();
        return restored;
      });
      const deps = data.deps();
      deps.atomically(() => audit(deps, 'backup.restored', { kind: 'backup', id: snapshotId }, undefined, restoredBy));
      return { restored: snapshotId };
    },
  };
}
