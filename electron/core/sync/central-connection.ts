import type { z } from 'zod';
import type { ErrorCode } from '../../../shared/contract/errors';
import { requestFailureCode } from './network-failure';
import { parseRetryAfter } from './retry-policy';
import { enrolmentRefusal, refusalCode } from './enrolment-answers';
import { EPOCH_HEADER, EpochChanged, epochSchema } from './server-epoch';
import { fetchHttpStack, uploadScan, type Exchange, type ScanUploadOptions } from './scan-upload';
import { batchResultSchema, changePageSchema, enrolmentSchema, heldApplicationsSchema, missingBlobsSchema, problemSchema, renewedCredentialSchema } from './sync-protocol';

/**
 * A failure talking to the central system. `retryable` failures (no network, timeouts, 5xx, 429,
 * an answer that does not parse) are tried again later; the others wait for a person.
 */
export class SyncFailure extends Error {
  override readonly name = 'SyncFailure';
  constructor(
    readonly code: ErrorCode,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(code);
  }
}

/**
 * Every answer of the central system carries this header (protocol v1 and later). An answer
 * without it came from something in between: a captive portal's sign-in page, a proxy's error
 * page. It is never read as the central system's word, whatever its status.
 */
export const CENTRAL_HEADER = 'central-protocol';

/**
 * What the central system says of the credential a request carried: `rotate` on any answer (fetch
 * a new one), `revoked` or `expired` on a 401 (this desk may not sync until enrolled again).
 */
export const CREDENTIAL_HEADER = 'central-credential';

/**
 * The central system's refusal of one thing sent, where a retry of the same bytes cannot mend it
 * but the rest of the queue can go on: a whole batch (400, 413) or one file (413, 422).
 */
export type Refusal = { status: number; code: string | null };

/** The most files one "which do you lack" question names (BlobQuery in the OpenAPI file). */
const BLOB_QUERY_MAX = 1000;

/**
 * How the desk's requests reach the network: Electron's `net.fetch` in the app (the Windows
 * certificate store, the system's proxy settings, the national CA), Node's fetch in the harness.
 */
export type CentralFetch = (url: string, init: RequestInit) => Promise<Response>;

export type ConnectionOptions = {
  server: string;
  credential: string | null;
  timeoutMs: number;
  signal: AbortSignal;
  now: () => Date;
  fetch?: CentralFetch;
  /**
   * The server epoch the desk last settled with; an answer of another epoch throws
   * `EpochChanged` before it is read. Left out (enrolment), any epoch is taken.
   */
  knownEpoch?: string | null;
  /** Hears that the central system asked for a new credential. */
  onRotate?: () => void;
};
export type CentralConnection = ReturnType<typeof connectToCentral>;

export function connectToCentral({ server, credential, timeoutMs, signal, now, fetch = globalThis.fetch, knownEpoch, onRotate }: ConnectionOptions) {
  /**
   * Sends one request and checks that the central system answered it, of the known epoch; the
   * status is the caller's to read. `limit` ends it: a whole-request timeout for the JSON calls,
   * a no-progress one for uploads.
   */
  async function exchange(method: string, url: string, init: { body?: RequestInit['body']; headers?: Record<string, string>; duplex?: 'half' }, limit: AbortSignal): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    if (credential) headers.authorization = `Bearer ${credential}`;
    let response: Response;
    try {
      // A redirect is not followed: the central system never sends one, a captive portal does.
      response = await fetch(url, { method, ...init, headers, redirect: 'manual', signal: AbortSignal.any([signal, limit]) } as RequestInit);
    } catch (error) {
      throw new SyncFailure(requestFailureCode(error), true);
    }
    if ((response.status >= 300 && response.status < 400) || response.type === 'opaqueredirect' || !response.headers.has(CENTRAL_HEADER)) {
      await response.body?.cancel().catch(() => {});
      throw new SyncFailure('sync.not_central', true);
    }
    const credentialSays = response.headers.get(CREDENTIAL_HEADER);
    if (credentialSays === 'rotate' && credential) onRotate?.();
    const epoch = response.headers.get(EPOCH_HEADER);
    if (epoch !== null && !epochSchema.safeParse(epoch).success) {
      await response.body?.cancel().catch(() => {});
      throw new SyncFailure('sync.bad_answer', true);
    }
    // A server restored from an older copy of its store: what it answers now is not read until the
    // desk has found out what the server lost.
    if (knownEpoch !== undefined && epoch !== null && epoch !== knownEpoch) {
      await response.body?.cancel().catch(() => {});
      throw new EpochChanged(epoch);
    }
    return response;
  }

  /** The failure a status no caller expected stands for: passing trouble, a withdrawn credential, or a refusal. */
  async function statusFailure(response: Response): Promise<SyncFailure> {
    await response.body?.cancel().catch(() => {});
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
    if (response.status >= 500 || response.status === 429 || response.status === 408) return new SyncFailure('sync.server_busy', true, retryAfterMs);
    if (response.status === 401) {
      const credentialSays = response.headers.get(CREDENTIAL_HEADER);
      return new SyncFailure(credentialSays === 'revoked' ? 'sync.revoked' : credentialSays === 'expired' ? 'sync.credential_expired' : 'sync.unauthorized', false);
    }
    return new SyncFailure('sync.server_refused', false);
  }

  async function request(method: string, path: string, init: { body?: RequestInit['body']; headers?: Record<string, string> } = {}, expected: number[] = []): Promise<Response> {
    const response = await exchange(method, `${server}${path}`, init, AbortSignal.timeout(timeoutMs));
    if (response.ok || (method === 'HEAD' && response.status === 404) || expected.includes(response.status)) return response;
    throw await statusFailure(response);
  }

  /** Upload steps answer tus's statuses to tus; passing trouble and a withdrawn credential end the upload at once. */
  const uploadExchange: Exchange = async (method, url, init, limit) => {
    const response = await exchange(method, url, init, limit);
    if (response.status >= 500 || response.status === 429 || response.status === 408 || response.status === 401) throw await statusFailure(response);
    return response;
  };

  async function json<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
    if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) {
      await response.body?.cancel().catch(() => {});
      throw new SyncFailure('sync.bad_answer', true);
    }
    try {
      const parsed = schema.safeParse(await response.json());
      if (parsed.success) return parsed.data;
    } catch {
      // A cut body or a proxy's HTML page: the same as an answer of the wrong shape.
    }
    throw new SyncFailure('sync.bad_answer', true);
  }

  const post = (path: string, body: unknown, expected: number[] = []) =>
    request('POST', path, { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }, expected);

  /** Reads a refusal the caller expected; a body that is not the central system's Problem still refuses. */
  async function refusal(response: Response): Promise<Refusal> {
    const problem = await json(response, problemSchema).catch(() => null);
    return { status: response.status, code: problem?.code ?? null };
  }

  return {
    /** The same request id again answers the same credential: a lost answer does not use the code up. */
    enrol: async (body: { centreId: string; deskId: string; enrolmentCode: string; requestId: string }) => {
      const response = await request('POST', '/v1/enrolments', { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }, [403, 409, 410]);
      if (response.ok) return json(response, enrolmentSchema);
      throw new SyncFailure(enrolmentRefusal(response.status, await refusalCode(response)), false);
    },
    /** A new credential for this device, asked for with the current one, which stays valid until the new one is used. */
    renewCredential: async (requestId: string) => json(await post('/v1/credentials', { requestId }), renewedCredentialSchema),
    /** Which of these files the server lacks: one question for a whole batch's files, not a HEAD each. */
    missingBlobs: async (sha256s: string[]): Promise<Set<string>> => {
      const missing = new Set<string>();
      for (let start = 0; start < sha256s.length; start += BLOB_QUERY_MAX) {
        const blobs = sha256s.slice(start, start + BLOB_QUERY_MAX);
        const answer = await json(await post('/v1/missing-blobs', { blobs }), missingBlobsSchema);
        for (const sha256 of answer.missing) if (blobs.includes(sha256)) missing.add(sha256);
      }
      return missing;
    },
    /**
     * Uploads a scan with tus, resuming where the server's offset stands (scan-upload.ts). Answers
     * the refusal when the server will not take this file (too large, or not what it names).
     */
    uploadScan: (upload: Pick<ScanUploadOptions, 'sha256' | 'content' | 'uploads' | 'chunkBytes' | 'onProgress'>, stallMs: number) =>
      uploadScan({
        ...upload,
        server,
        now,
        httpStack: fetchHttpStack(uploadExchange, stallMs),
        unexpected: () => new SyncFailure('sync.bad_answer', true),
        failed: (cause) => (cause instanceof SyncFailure || cause instanceof EpochChanged ? cause : new SyncFailure(requestFailureCode(cause), true)),
      }),
    /** The answer for each item, or the refusal of the batch as a whole (400, 413: nothing was recorded). */
    pushBatch: async (batchId: string, items: unknown[]) => {
      const response = await post('/v1/batches', { batchId, items }, [400, 413]);
      if (response.status === 400 || response.status === 413) return { refused: await refusal(response) };
      return json(response, batchResultSchema);
    },
    /** What the server decided for a batch sent earlier, or null when it decided nothing of it. */
    batchAnswers: async (batchId: string) => {
      const response = await request('GET', `/v1/batches/${batchId}`, {}, [404]);
      if (response.status === 404) {
        await response.body?.cancel().catch(() => {});
        return null;
      }
      return json(response, batchResultSchema);
    },
    /** A page of the change feed; `gone` when the server no longer knows the cursor (410). */
    pullChanges: async (after: string | null, limit: number) => {
      const query = new URLSearchParams({ limit: String(limit), ...(after ? { after } : {}) });
      const response = await request('GET', `/v1/changes?${query}`, {}, [410]);
      if (response.status === 410) {
        await response.body?.cancel().catch(() => {});
        return 'gone' as const;
      }
      return json(response, changePageSchema);
    },
    /** Which of these sends (application id and version) the server holds from this desk. */
    heldApplications: async (applications: { id: string; version: number }[]) => json(await post('/v1/applications/held', { applications }), heldApplicationsSchema),
  };
}
