import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Agent, request as httpsRequest, type RequestOptions } from 'node:https';
import type { PeerCertificate } from 'node:tls';
import { hubProblemSchema } from '../../../shared/hub';
import { HubFailure, refusal } from './hub-failure';

/** The hub's certificate as the desk pinned it at pairing. */
export type HubPin = { fingerprint: string; certificatePem: string };

export const fingerprintOf = (der: Buffer) => createHash('sha256').update(der).digest('hex');

const PIN_REFUSED = 'HUB_PIN_REFUSED';
// What Node reports when the certificate is not the pinned one (its chain fails against the pin as
// the only authority, or our own check of the fingerprint fails).
const certificateErrors = new Set([
  PIN_REFUSED, 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_SIGNATURE_FAILURE', 'CERT_UNTRUSTED', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * TLS options that accept the pinned certificate and nothing else: it is the only authority, and
 * the identity check compares fingerprints instead of host names (the hub has no name a public
 * authority could vouch for). A mismatch ends the handshake before a byte of the request is sent.
 */
export function pinnedTls(pin: HubPin): { ca: string; checkServerIdentity: (host: string, certificate: PeerCertificate) => Error | undefined } {
  return {
    ca: pin.certificatePem,
    checkServerIdentity: (_host: string, certificate: PeerCertificate) =>
      fingerprintOf(certificate.raw) === pin.fingerprint ? undefined : Object.assign(new Error('certificate is not the pinned one'), { code: PIN_REFUSED }),
  };
}

export function pinnedAgent(pin: HubPin): Agent {
  return new Agent({ keepAlive: true, maxSockets: 4, ...pinnedTls(pin) });
}

export const failureOf = (error: unknown) =>
  new HubFailure(certificateErrors.has(String((error as { code?: unknown } | null)?.code)) ? 'hub.certificate_mismatch' : 'hub.unreachable');

export type HubAnswer = { body: unknown; certificate: PeerCertificate | null };

/**
 * Opens a request and gives the response once its headers arrive, or the failure as a contract
 * error. A kept-alive socket the hub closed meanwhile (it restarted) fails before any answer: that
 * request is sent once more on a new socket, which is safe because every write carries its
 * request id and the hub answers a repeated one with its first answer.
 */
export function openRequest(url: URL, options: RequestOptions, body: string | null, timeoutMs: number, signal?: AbortSignal, stale = false): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const outgoing = httpsRequest(
      url,
      { ...options, timeout: timeoutMs, signal, headers: { ...options.headers, ...(body === null ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }) } },
      resolve,
    );
    outgoing.on('timeout', () => outgoing.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    outgoing.on('error', (error) => {
      if (outgoing.reusedSocket && !stale && !signal?.aborted) resolve(openRequest(url, options, body, timeoutMs, signal, true));
      else reject(failureOf(error));
    });
    outgoing.end(body ?? undefined);
  });
}

/** One JSON request: the answer's body, or the hub's refusal, as a contract error. */
export async function requestJson(url: URL, options: RequestOptions, body: string | null, timeoutMs: number): Promise<HubAnswer> {
  const response = await openRequest(url, options, body, timeoutMs);
  const socket = response.socket as { getPeerCertificate?: (detailed: boolean) => PeerCertificate } | null;
  const certificate = socket?.getPeerCertificate?.(false) ?? null;
  let text = '';
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) text += chunk.toString('utf8');
  } catch {
    throw new HubFailure('hub.unreachable');
  }
  let parsed: unknown;
  try {
    if (!(response.headers['content-type'] ?? '').startsWith('application/json')) throw new Error('not JSON');
    parsed = JSON.parse(text);
  } catch {
    throw new HubFailure('hub.bad_answer');
  }
  const status = response.statusCode ?? 0;
  if (status >= 200 && status < 300) return { body: parsed, certificate: certificate && certificate.raw ? certificate : null };
  const problem = hubProblemSchema.safeParse(parsed);
  if (!problem.success) throw new HubFailure('hub.bad_answer');
  throw refusal(problem.data.code, problem.data.ticketNumber, problem.data.reason);
}
