import type { ErrorCode } from '../../../shared/contract/errors';

/**
 * What a rejected request to the central system says about why. A TLS failure is not "offline":
 * the network works, but this desk cannot trust what answered, and the cure is a person's (the
 * computer's clock, the centre's CA certificate in the Windows store, the address typed at
 * enrolment). The request may come from Node's fetch (undici: the reason is an OpenSSL code on
 * the error's `cause`) or from Electron's `net.fetch` (Chromium: the error's message is its net
 * error name, `net::ERR_CERT_…`), so both are read.
 */
export type TlsReason = 'sync.tls_clock' | 'sync.tls_unknown_ca' | 'sync.tls_name' | 'sync.tls_failed';

export const isTlsFailure = (code: string): boolean => code.startsWith('sync.tls_');

/** OpenSSL's and Node's codes, as Node reports them on the socket's error. */
const nodeTlsCodes: Record<string, TlsReason> = {
  CERT_HAS_EXPIRED: 'sync.tls_clock',
  CERT_NOT_YET_VALID: 'sync.tls_clock',
  CRL_HAS_EXPIRED: 'sync.tls_clock',
  CRL_NOT_YET_VALID: 'sync.tls_clock',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'sync.tls_unknown_ca',
  SELF_SIGNED_CERT_IN_CHAIN: 'sync.tls_unknown_ca',
  UNABLE_TO_GET_ISSUER_CERT: 'sync.tls_unknown_ca',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'sync.tls_unknown_ca',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'sync.tls_unknown_ca',
  CERT_UNTRUSTED: 'sync.tls_unknown_ca',
  ERR_TLS_CERT_ALTNAME_INVALID: 'sync.tls_name',
  HOSTNAME_MISMATCH: 'sync.tls_name',
};

/** Chromium's net errors (net/base/net_error_list.h) that name a reason of their own. */
const chromiumTlsErrors: Record<string, TlsReason> = {
  ERR_CERT_DATE_INVALID: 'sync.tls_clock',
  ERR_CERT_AUTHORITY_INVALID: 'sync.tls_unknown_ca',
  ERR_CERT_COMMON_NAME_INVALID: 'sync.tls_name',
};

/** Every error of a rejection, the outer one first, through its chain of causes. */
function* errorChain(error: unknown): Generator<{ code?: unknown; message?: unknown }> {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === 'object' && !seen.has(current); current = (current as { cause?: unknown }).cause) {
    seen.add(current);
    yield current as { code?: unknown; message?: unknown };
  }
}

export function tlsReasonOf(error: unknown): TlsReason | null {
  for (const link of errorChain(error)) {
    const code = typeof link.code === 'string' ? link.code : '';
    if (nodeTlsCodes[code]) return nodeTlsCodes[code];
    // Any other certificate or handshake failure: the connection was refused for its security.
    if (/^(ERR_SSL_|ERR_TLS_|CERT_|ERR_OSSL_)/.test(code) || code === 'EPROTO') return 'sync.tls_failed';
    const chromium = /net::(ERR_[A-Z_]+)/.exec(typeof link.message === 'string' ? link.message : '')?.[1];
    if (chromium) {
      if (chromiumTlsErrors[chromium]) return chromiumTlsErrors[chromium];
      if (/^ERR_(CERT|SSL)_/.test(chromium) || chromium === 'ERR_BAD_SSL_CLIENT_AUTH_CERT') return 'sync.tls_failed';
    }
  }
  return null;
}

/**
 * Why a request never got an answer: a TLS reason; a redirect Electron's stack refused to follow
 * (it rejects instead of answering 3xx; the central system never redirects, a captive portal
 * does); otherwise the network did not carry it.
 */
export function requestFailureCode(error: unknown): ErrorCode {
  const tls = tlsReasonOf(error);
  if (tls) return tls;
  for (const link of errorChain(error)) if (link.message === 'Redirect was cancelled') return 'sync.not_central';
  return 'sync.unreachable';
}
