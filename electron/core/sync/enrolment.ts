import { createHmac, createPublicKey } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { ParsedInput } from '../../../shared/contract/api';
import { ApiError, type ErrorCode } from '../../../shared/contract/errors';
import { audit } from '../audit';
import type { CoreDeps } from '../core-deps';
import { connectToCentral, SyncFailure, type CentralConnection, type CentralFetch } from './central-connection';
import type { CredentialStore } from './device-credential';

const ENROL_TIMEOUT_MS = 30_000;
/** Tries of one enrolment within the supervisor's click, when an answer is lost on the way. */
const ENROL_ATTEMPTS = 3;
const ENROL_RETRY_MS = 400;

const ed25519 = (key: string) => {
  try {
    return createPublicKey({ key: Buffer.from(key, 'base64'), format: 'der', type: 'spki' }).asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
};

/**
 * The request id of an enrolment: the same for the same server, centre, desk and code (however the
 * code is typed) on this workstation, so the code sent again after a lost answer, or after the app
 * was closed while waiting, gets the same credential instead of being used up, and a refused
 * enrolment leaves nothing behind. Keyed by a secret of this workstation: knowing a used code is
 * not enough to ask for its credential again.
 */
export function enrolmentRequestId(deskSecret: Buffer, { server, centreId, deskId, enrolmentCode }: EnrolmentRequest): string {
  const fields = ['qabyldau-enrolment-request', server, centreId.toLowerCase(), deskId.toLowerCase(), enrolmentCode.replace(/[\s-]/g, '').toUpperCase()];
  const hex = createHmac('sha256', deskSecret).update(fields.join('\n')).digest('hex');
  // Shaped as a UUID of version 8 (RFC 9562: made by the application's own rule).
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export type EnrolmentRequest = { server: string; centreId: string; deskId: string; enrolmentCode: string };

/**
 * Asks the central system for a device credential with a code it issued for a centre and desk,
 * trying again within the click when an answer is lost on the way. Keeps nothing: the caller keeps
 * the credential and the central key (a desk in its credential file, the centre's hub in its
 * database). Refusals come as contract errors (`sync.enrolment_*`, `sync.unreachable`, ...).
 */
export async function requestEnrolment(request: EnrolmentRequest, requestId: string, now: () => Date, fetch?: CentralFetch) {
  const { server, centreId, deskId, enrolmentCode } = request;
  const central = connectToCentral({ server, credential: null, timeoutMs: ENROL_TIMEOUT_MS, signal: new AbortController().signal, now, fetch });
  let enrolment;
  for (let attempt = 1; ; attempt++) {
    try {
      enrolment = await central.enrol({ centreId, deskId, enrolmentCode, requestId });
      break;
    } catch (error) {
      if (!(error instanceof SyncFailure)) throw error;
      if (error.retryable && attempt < ENROL_ATTEMPTS) {
        await new Promise((resolve) => setTimeout(resolve, ENROL_RETRY_MS * attempt));
        continue;
      }
      throw new ApiError(error.code === 'sync.server_busy' || error.code === 'sync.bad_answer' ? 'sync.unreachable' : error.code);
    }
  }
  // Without a key to check them by, no supervisor account from the feed could ever be applied.
  if (!ed25519(enrolment.centralKey)) throw new ApiError('sync.server_refused');
  return enrolment;
}

/**
 * Enrols the desk with a code the central system issued for its centre and window. The answer's
 * credential and the central key are kept together, durably, before the desk is told.
 */
export async function enrolWithCentral(deps: Pick<CoreDeps, 'atomically' | 'now' | 'settings'>, credential: CredentialStore, input: ParsedInput<'sync.enrol'>, deskSecret: Buffer, fetch?: CentralFetch): Promise<void> {
  const { server } = input;
  const enrolment = await requestEnrolment(input, enrolmentRequestId(deskSecret, input), deps.now, fetch);
  credential.write(enrolment.credential, enrolment.centralKey);
  deps.atomically(() => {
    // Another server's feed has other positions: start reading it from the beginning.
    if (deps.settings.get('sync.server') !== server) deps.settings.clear('sync.cursor');
    deps.settings.set('sync.server', server);
    deps.settings.set('sync.device', enrolment.deviceId);
    deps.settings.set('workstation.centre', enrolment.centreId);
    deps.settings.set('workstation.desk', enrolment.deskId);
    deps.settings.clear('sync.revoked');
    deps.settings.clear('sync.staffRefused');
  });
}

/** The failures after which only enrolling again lets the desk sync. */
export const withdrawnCredential = (code: ErrorCode): code is 'sync.revoked' | 'sync.credential_expired' => code === 'sync.revoked' || code === 'sync.credential_expired';

/**
 * The central system revoked the credential or let it expire: the desk says so until a supervisor
 * enrols it again, across restarts, and forgets the credential, which no request can use now.
 */
export function forgetWithdrawnCredential(deps: Pick<CoreDeps, 'actor' | 'atomically' | 'audit' | 'now' | 'settings'>, credential: CredentialStore, code: 'sync.revoked' | 'sync.credential_expired') {
  deps.atomically(() => {
    deps.settings.set('sync.revoked', code);
    audit(deps, 'sync.revoked', { kind: 'sync', id: deps.settings.get('sync.device') ?? 'device' }, { reason: code }, 'system:central');
  });
  credential.clear();
}

export const withdrawnCode = (deps: Pick<CoreDeps, 'settings'>): 'sync.revoked' | 'sync.credential_expired' | null => {
  const code = deps.settings.get('sync.revoked');
  return code === 'sync.revoked' || code === 'sync.credential_expired' ? code : null;
};

/**
 * Rotation. Any answer may ask for a new credential; the loop fetches it at the end of a pass and
 * keeps it durably before any request carries it. A crash between the server's issue and the
 * desk's keeping loses nothing: the old credential stays valid until the server sees the new one
 * used, and the server asks again.
 */
export function credentialRenewal(credential: Pick<CredentialStore, 'write'>, renewed: () => void) {
  let asked = false;
  return {
    asked: () => {
      asked = true;
    },
    /** True when a new credential was fetched and kept. */
    async renewIfAsked(central: Pick<CentralConnection, 'renewCredential'>): Promise<boolean> {
      if (!asked) return false;
      const answer = await central.renewCredential(uuidv7());
      credential.write(answer.credential);
      // The renewal's own answer, made with the old credential, still asked: that is done now.
      asked = false;
      renewed();
      return true;
    },
  };
}

/** The desk's renewal: each new credential is written in the audit log. */
export const deskCredentialRenewal = (deps: Pick<CoreDeps, 'actor' | 'atomically' | 'audit' | 'now' | 'settings'>, credential: CredentialStore) =>
  credentialRenewal(credential, () => deps.atomically(() => audit(deps, 'sync.credential_renewed', { kind: 'sync', id: deps.settings.get('sync.device') ?? 'device' }, undefined, 'system:central')));
