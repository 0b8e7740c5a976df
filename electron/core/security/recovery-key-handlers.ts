import type { Handlers } from '../../../shared/contract/dispatch';
import { audit } from '../audit/audit-trail';
import type { LiveData } from '../live-data';
import { recoveryKeyText } from './store-key';

/** The key that opens this desk's backups elsewhere: shown to a supervisor, and each showing audited. */
export function createRecoveryKeyHandlers(live: LiveData): Pick<Handlers, 'security.recoveryKey'> {
  return {
    'security.recoveryKey': () => {
      const { deps } = live.current();
      const storeKey = live.storeKey();
      deps.atomically(() => audit(deps, 'recovery_key.viewed', { kind: 'store_key', id: storeKey.fingerprint }));
      return { recoveryKey: recoveryKeyText(storeKey.key), fingerprint: storeKey.fingerprint };
    },
  };
}
