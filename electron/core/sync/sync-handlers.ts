import type { Handlers } from '../../../shared/contract/dispatch';
import type { ParsedInput } from '../../../shared/contract/api';
import { ApiError } from '../../../shared/contract/errors';
import type { SyncStatus } from '../../../shared/domain/sync';
import type { CoreDeps } from '../core-deps';
import { connectToCentral, SyncFailure } from './central-connection';
import type { CredentialStore } from './device-credential';
import type { SyncLoop } from './sync-loop';

const ENROL_TIMEOUT_MS = 30_000;
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
  const connection = !enrolled ? 'not_enrolled' : deps.settings.get('sync.paused') === '1' ? 'paused' : state.connection;
  return {
    ...state,
    connection,
    server,
    centreId: server ? (deps.settings.get('workstation.centre') ?? null) : null,
    deskId: server ? (deps.settings.get('workstation.desk') ?? null) : null,
    lastSuccessAt: deps.settings.get('sync.lastSuccessAt') ?? null,
    queue: deps.outbox.waiting(),
    attention: attentionOf(deps),
    recent: deps.outbox.recentlySent(50) as SyncStatus['recent'],
  };
}

/** The Sync page's methods. The credential never leaves the core; the page sees only the state. */
export function createSyncHandlers(deps: Pick<CoreDeps, 'atomically' | 'decisions' | 'now' | 'outbox' | 'settings'>, loop: SyncLoop, credential: CredentialStore): Pick<Handlers, 'sync.enrol' | 'sync.now' | 'sync.pause' | 'sync.status'> {
  const status = () => syncStatusOf(deps, loop);
  return {
    'sync.status': () => status(),
    'sync.enrol': async ({ server, centreId, deskId, enrolmentCode }: ParsedInput<'sync.enrol'>) => {
      const central = connectToCentral({ server, credential: null, timeoutMs: ENROL_TIMEOUT_MS, signal: new AbortController().signal, now: deps.now });
      let enrolment;
      try {
        enrolment = await central.enrol({ centreId, deskId, enrolmentCode });
      } catch (error) {
        if (error instanceof SyncFailure) throw new ApiError(error.code === 'sync.server_busy' || error.code === 'sync.bad_answer' ? 'sync.unreachable' : error.code);
        throw error;
      }
      credential.write(enrolment.credential);
      deps.atomically(() => {
        // Another server's feed has other positions: start reading it from the beginning.
        if (deps.settings.get('sync.server') !== server) deps.settings.clear('sync.cursor');
        deps.settings.set('sync.server', server);
        deps.settings.set('sync.device', enrolment.deviceId);
        deps.settings.set('workstation.centre', enrolment.centreId);
        deps.settings.set('workstation.desk', enrolment.deskId);
      });
      loop.wakeUp();
      return status();
    },
    'sync.now': () => {
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
