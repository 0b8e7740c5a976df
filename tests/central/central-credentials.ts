import type { IncomingMessage } from 'node:http';
import { CREDENTIAL_HEADER } from '../../electron/core/sync/central-connection';
import { isRefusal, type Device, type EnrolmentRequest } from './central-enrolment';
import type { Answer } from './central-operations';
import type { CentralStore } from './central-store';

/**
 * The protocol's side of enrolment and credentials: the enrol and renew operations, and the
 * `Central-Credential` header an answer carries (rotate) or a 401 carries (revoked, expired).
 */
const bearer = (request: IncomingMessage) => /^Bearer ([A-Za-z0-9_-]{32,128})$/.exec(request.headers.authorization ?? '')?.[1];

export function credentialSignal(store: CentralStore, request: IncomingMessage): { device?: Device; headers: Record<string, string> } {
  const credential = bearer(request);
  if (!credential) return { headers: {} };
  const { device, signal } = store.enrolments.authenticate(credential, new Date());
  return { device, headers: signal ? { [CREDENTIAL_HEADER]: signal } : {} };
}

export function enrolDevice(store: CentralStore, request: EnrolmentRequest, centralKey: string, standingCode: string | undefined, log: (line: string) => void): Answer {
  const answer = store.enrolments.enrol(request, new Date(), standingCode);
  if (isRefusal(answer)) return { status: answer.status, body: { code: answer.code, message: answer.message } };
  log(`enrolled device ${answer.deviceId}`);
  return { status: 201, body: { ...answer, centralKey } };
}

export function renewCredential(store: CentralStore, device: Device, request: IncomingMessage, body: { requestId: string }, log: (line: string) => void): Answer {
  const answer = store.enrolments.renew(device, bearer(request)!, body.requestId, new Date());
  // Said before the answer leaves: a test kills the desk here, between the server's issue and the desk's keeping.
  log(`credential issued to ${device.id}`);
  return { status: 201, body: answer };
}
