import { describe, expect, it } from 'vitest';
import { requestFailureCode } from '../../electron/core/sync/network-failure';

/** As Electron's net.fetch rejects: the ClientRequest's error, whose message is Chromium's net error. */
const chromium = (netError: string) => new Error(`net::${netError}`);
/** As Node's fetch (undici) rejects: a TypeError whose cause is the socket's error with OpenSSL's code. */
const undici = (code: string) => new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });

describe('why a request to the central system got no answer', () => {
  it.each([
    [chromium('ERR_CERT_DATE_INVALID'), 'sync.tls_clock'],
    [chromium('ERR_CERT_AUTHORITY_INVALID'), 'sync.tls_unknown_ca'],
    [chromium('ERR_CERT_COMMON_NAME_INVALID'), 'sync.tls_name'],
    [chromium('ERR_CERT_REVOKED'), 'sync.tls_failed'],
    [chromium('ERR_SSL_PROTOCOL_ERROR'), 'sync.tls_failed'],
    [chromium('ERR_CONNECTION_REFUSED'), 'sync.unreachable'],
    [chromium('ERR_PROXY_CONNECTION_FAILED'), 'sync.unreachable'],
    [chromium('ERR_INTERNET_DISCONNECTED'), 'sync.unreachable'],
    [new Error('Redirect was cancelled'), 'sync.not_central'],
    [undici('CERT_NOT_YET_VALID'), 'sync.tls_clock'],
    [undici('SELF_SIGNED_CERT_IN_CHAIN'), 'sync.tls_unknown_ca'],
    [undici('ERR_SSL_WRONG_VERSION_NUMBER'), 'sync.tls_failed'],
    [undici('ECONNREFUSED'), 'sync.unreachable'],
    [undici('UND_ERR_CONNECT_TIMEOUT'), 'sync.unreachable'],
    [new DOMException('The operation was aborted due to timeout', 'TimeoutError'), 'sync.unreachable'],
  ])('%s → %s', (error, code) => {
    expect(requestFailureCode(error)).toBe(code);
  });

  it('follows a chain of causes that loops without hanging', () => {
    const outer = new Error('outer') as Error & { cause?: unknown };
    outer.cause = outer;
    expect(requestFailureCode(outer)).toBe('sync.unreachable');
  });
});
