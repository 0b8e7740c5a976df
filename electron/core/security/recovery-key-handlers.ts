import type { Handlers } from '../../../shared/contract/dispatch';
import { audit } from '../audit';
import type { CoreDeps } from '../core-deps';
import { recoveryKeyText, type StoreKey } from './store-key';

type KeySource = { storeKey(): StoreKey; deps(): Pick<CoreDeps, 'audit' | 'now' | 'actor' | 'atomically'> };

/** The key that opens this desk's backups elsewhere: shown to a supervisor, and each showing audited. */
export function createRecoveryKeyHandlers(source: KeySource): Pick<Handlers, 'security.recoveryKey'> {
  return {
    'security.recoveryKey': () => {
      const deps = source.deps();
      const storeKey = source.storeKey();
      deps.atomically(() => audit(deps, 'recovery_key.viewed', { kind: 'store_key', id: storeKey.fingerprint }));
      return { recoveryKey: recoveryKeyText(storeKey.key), fingerprint: storeKey.fingerprint };
    },
  };
}
