import { DetailedError, Upload, type HttpRequest, type HttpResponse, type HttpStack } from 'tus-js-client';
import type { ScanUploadRepository } from '../storage';
import type { Refusal } from './central-connection';
import { problemSchema } from './sync-protocol';

/** Where the central system serves tus (docs/sync-protocol.md, Resumable uploads). */
export const UPLOADS_PATH = '/v1/uploads';
/** The piece of a body handed to the network at a time: the unit the no-progress clock counts. */
const PIECE_BYTES = 64 * 1024;
/**
 * A scan no larger than this goes up in the request that creates its upload (tus
 * creation-with-upload), and its address is not kept: sending it again after a cut costs less than
 * a second round trip, and two commits the disk syncs, for every file of the queue.
 */
const SENT_WITH_CREATION_BYTES = 1024 * 1024;

/**
 * One exchange with the central system (central-connection.ts): the credential added, redirects
 * refused, the answer checked for being the central system's and of the known epoch; it throws
 * SyncFailure (or EpochChanged) for those, and for the answers no upload step can act on (401,
 * 408, 429, 5xx). `signal` ends it when it makes no progress.
 */
export type Exchange = (method: string, url: string, init: { body?: ReadableStream<Uint8Array>; headers: Record<string, string>; duplex?: 'half' }, signal: AbortSignal) => Promise<Response>;

/** An answer read whole: tus answers carry no more than a line of text or a Problem. */
class ReadAnswer implements HttpResponse {
  constructor(
    private readonly response: Response,
    private readonly text: string,
  ) {}
  getStatus = () => this.response.status;
  getHeader = (header: string) => this.response.headers.get(header) ?? undefined;
  getBody = () => this.text;
  getUnderlyingObject = () => this.response;
}

/**
 * A tus request over the central connection's fetch (Electron's `net.fetch` in the app, so the
 * Windows certificate store and proxies hold for uploads too). No limit on the whole request: a
 * slow link that keeps moving finishes. What ends it is `stallMs` without a piece of the body
 * taken by the network and without an answer.
 */
class FetchRequest implements HttpRequest {
  private readonly headers: Record<string, string> = {};
  private readonly aborter = new AbortController();
  private progress: (bytesSent: number) => void = () => {};

  constructor(
    private readonly method: string,
    private readonly url: string,
    private readonly exchange: Exchange,
    private readonly stallMs: number,
  ) {}

  getMethod = () => this.method;
  getURL = () => this.url;
  setHeader = (header: string, value: string) => void (this.headers[header.toLowerCase()] = value);
  getHeader = (header: string) => this.headers[header.toLowerCase()];
  setProgressHandler = (handler: (bytesSent: number) => void) => void (this.progress = handler);
  getUnderlyingObject = () => this.aborter;

  async abort() {
    this.aborter.abort();
  }

  async send(body?: Buffer | null): Promise<HttpResponse> {
    let timer: NodeJS.Timeout | undefined;
    const moved = () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.aborter.abort(new DOMException('No progress', 'TimeoutError')), this.stallMs);
    };
    moved();
    try {
      let stream: ReadableStream<Uint8Array> | undefined;
      if (body && body.length > 0) {
        let sent = 0;
        const progress = this.progress;
        stream = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent >= body.length) return controller.close();
            const piece = body.subarray(sent, sent + PIECE_BYTES);
            sent += piece.length;
            controller.enqueue(piece);
            progress(sent);
            moved();
          },
        });
      }
      const response = await this.exchange(this.method, this.url, { body: stream, headers: this.headers, ...(stream ? { duplex: 'half' as const } : {}) }, this.aborter.signal);
      moved();
      const text = this.method === 'HEAD' ? '' : await response.text();
      return new ReadAnswer(response, text);
    } finally {
      clearTimeout(timer);
    }
  }
}

export function fetchHttpStack(exchange: Exchange, stallMs: number): HttpStack {
  return { createRequest: (method, url) => new FetchRequest(method, url, exchange, stallMs), getName: () => 'central-fetch' };
}

/** What a failed tus upload leaves to the caller: a refusal of this file, or an error to throw. */
function outcomeOf(error: Error, unexpected: () => Error, failed: (cause: unknown) => Error): { refusal: Refusal } | { error: Error; forget: boolean } {
  if (error instanceof DetailedError) {
    const status = error.originalResponse?.getStatus();
    if (status === 413 || status === 422) {
      let code: string | null = null;
      try {
        code = problemSchema.safeParse(JSON.parse(error.originalResponse!.getBody())).data?.code ?? null;
      } catch {
        // A refusal whose body is not the central system's Problem still refuses.
      }
      return { refusal: { status, code } };
    }
    // The exchange's own failures (network, stall, not the central system, a new epoch…), and a
    // body cut on its way.
    if (error.causingError) return { error: failed(error.causingError), forget: false };
    // The upload's address is gone (404, 410) or another answer no retry of it can mend.
    return { error: unexpected(), forget: status === 404 || status === 410 || status === 403 };
  }
  return { error: unexpected(), forget: false };
}

export type ScanUploadOptions = {
  server: string;
  sha256: string;
  content: Buffer;
  uploads: ScanUploadRepository;
  httpStack: HttpStack;
  chunkBytes: number;
  now: () => Date;
  /** Hears how many bytes of this scan the server has or are on their way, from the resumed offset on. */
  onProgress: (bytes: number) => void;
  /** The error for an answer that is not a step of tus (a retry later may mend it). */
  unexpected: () => Error;
  /** The error to throw for what failed a request: the exchange's own as it is, a cut body as the network's. */
  failed: (cause: unknown) => Error;
};

/**
 * Uploads one scan with tus: resumed at the address kept for it (HEAD answers the server's
 * offset, and only the rest is sent), or created anew with its SHA-256 and size in
 * Upload-Metadata. The address and each acknowledged offset are kept in SQLite as they come, so a
 * cut or a restart of the desk resumes. Answers the refusal when the server will not take this
 * file (413, 422); throws what a later pass may mend.
 */
export function uploadScan({ server, sha256, content, uploads, httpStack, chunkBytes, now, onProgress, unexpected, failed }: ScanUploadOptions): Promise<Refusal | null> {
  const kept = uploads.find(sha256);
  // An address on another server (the desk was enrolled elsewhere since) is not asked about.
  const uploadUrl = kept && kept.url.startsWith(`${server}${UPLOADS_PATH}/`) ? kept.url : null;
  const withCreation = !uploadUrl && content.length <= Math.min(SENT_WITH_CREATION_BYTES, chunkBytes);
  // Whether SQLite holds an address for this scan that its end (done, or refused) must forget.
  let saved = kept !== undefined;
  const save = (url: string, offset: number) => {
    uploads.save({ sha256, url, offset, updated: now().toISOString() });
    saved = true;
  };
  const forget = () => {
    if (saved) uploads.forget(sha256);
    saved = false;
  };
  return new Promise((resolve, reject) => {
    const upload = new Upload(content, {
      endpoint: `${server}${UPLOADS_PATH}`,
      uploadUrl,
      uploadSize: content.length,
      metadata: { sha256, size: String(content.length) },
      chunkSize: chunkBytes,
      // A failure ends this attempt; the sync loop's backoff decides when the next one comes.
      retryDelays: null,
      storeFingerprintForResuming: false,
      uploadDataDuringCreation: withCreation,
      httpStack,
      onUploadUrlAvailable: () => {
        // Sent with its creation: the address comes with the answer that took the whole file.
        if (upload.url && upload.url !== kept?.url && !withCreation) save(upload.url, 0);
      },
      // Each save is a commit the disk syncs: the last piece's is followed at once by the forget.
      onChunkComplete: (_chunk, accepted) => {
        if (upload.url && accepted < content.length) save(upload.url, accepted);
      },
      onProgress: (sent) => onProgress(sent),
      onSuccess: () => {
        forget();
        resolve(null);
      },
      onError: (error) => {
        const outcome = outcomeOf(error, unexpected, failed);
        if ('refusal' in outcome) {
          // The server kept nothing of a refused file; its address means nothing any more.
          forget();
          resolve(outcome.refusal);
          return;
        }
        if (outcome.forget) forget();
        reject(outcome.error);
      },
    });
    upload.start();
  });
}
