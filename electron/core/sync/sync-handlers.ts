import type { Handlers } from '../../../shared/contract/dispatch';
import type { ParsedInput } from '../../../shared/contract/api';
import { ApiError } from '../../../shared/contract/errors';
import type { SyncStatus } from '../../../shared/domain/sync';
import type { CoreDeps } from '../core-deps';
import type { CentralFetch } from './central-connection';
import type { CredentialStore } from './device-credential';
import { enrolWithCentral, withdrawnCode } from './enrolment';
import type { SyncLoop } from './sync-loop';

const ATTENTION_MAX = 500;

/**
 * Visits waiting on the desk because of the central system: held back by the desk first (a
 * decision on an earlier version of the same application no longer says why it waits), then those
 * the central system sent back.
 */
function attentionOf(deps: Pick<CoreDeps, 'decisions' | 'outbox'>): SyncStatus['attention'] {
  const held = deps.outbox.quarantined(ATTENTION_MAX);
  const heldVisits = new Set(held.map((row) => row.visitId));
  return [...held, ...deps.decisions.attention(ATTENTION_MAX).filter((row) => !heldVisits.has(row.visitId))].slice(0, ATTENTION_MAX);
}

function syncStatusOf(deps: Pick<CoreDeps, 'decisions' | 'outbox' | 'settings'>, loop: SyncLoop): SyncStatus {
  const server = deps.settings.get('sync.server') ?? null;
  const state = loop.state();
  const enrolled = server !== null && loop.enrolled();
  // Withdrawn holds across restarts, until a supervisor enrols the desk again.
  const withdrawn = withdrawnCode(deps);
  const connection = withdrawn ? 'revoked' : !enrolled ? 'not_enrolled' : deps.settings.get('sync.paused') === '1' ? 'paused' : state.connection;
  const staffRefused = deps.settings.get('sync.staffRefused');
  return {
    ...state,
    connection,
    lastError: withdrawn ?? state.lastError,
    server,
    centreId: server ? (deps.settings.get('workstation.centre') ?? null) : null,
    deskId: server ? (deps.settings.get('workstation.desk') ?? null) : null,
    lastSuccessAt: deps.settings.get('sync.lastSuccessAt') ?? null,
    queue: deps.outbox.waiting(),
    attention: attentionOf(deps),
    recent: deps.outbox.recentlySent(50) as SyncStatus['recent'],
    staffRefused: staffRefused ? (JSON.parse(staffRefused) as SyncStatus['staffRefused']) : null,
  };
}

/**
 * The Sync page's methods. The credential never leaves the core; the page sees only the state.
 * `deskSecret`: this workstation's own secret, which keys the enrolment's request id (enrolment.ts).
 */
export function createSyncHandlers(
  deps: Pick<CoreDeps, 'atomically' | 'decisions' | 'now' | 'outbox' | 'settings'>,
  loop: SyncLoop,
  credential: CredentialStore,
  deskSecret: Buffer,
  fetch?: CentralFetch,
): Pick<Handlers, 'sync.enrol' | 'sync.now' | 'sync.pause' | 'sync.status'> {
  const status = () => syncStatusOf(deps, loop);
  return {
    'sync.status': () => status(),
    'sync.enrol': async (input: ParsedInput<'sync.enrol'>) => {
      await enrolWithCentral(deps, credential, input, deskSecret, fetch);
      loop.wakeUp();
      return status();
    },
    'sync.now': () => {
      const withdrawn = withdrawnCode(deps);
      if (withdrawn) throw new ApiError(withdrawn);
      if (deps.settings.get('sync.server') === undefined || credential.read() === null) throw new ApiError('sync.not_enrolled');
      loop.wakeUp();
      return status();
    },
    'sync.pause': ({ paused }: ParsedInput<'sync.pause'>) => {
      if (paused) deps.settings.set('sync.paused', '1');
      else deps.settings.clear('sync.paused');
      loop.wakeUp();
      return status();
    },
  };
}
