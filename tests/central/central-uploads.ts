import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, mkdirSync } from 'node:fs';
import { link, open } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { FileStore } from '@tus/file-store';
import { Server as TusServer } from '@tus/server';
import { MAX_BLOB_BYTES, type Answer, type Device } from './central-operations';
import type { CentralStore } from './central-store';
import type { FaultSwitches, Operation } from './faults';
import { uploadHashes, type RequestHash } from './upload-hashes';

/** An upload as @tus/server hands it to its hooks. */
type Upload = Parameters<NonNullable<ConstructorParameters<typeof TusServer>[0]['onUploadFinish']>>[1];

/** Where the tus protocol is served (docs/sync-protocol.md, Resumable uploads). */
export const UPLOADS_PATH = '/v1/uploads';
/** Who created an upload: set by this server from the credential, never taken from the client. */
const DEVICE_HEADER = 'x-central-upload-device';
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host', DEVICE_HEADER]);

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
const problem = (status: number, code: string, message: string): Answer => ({ status, body: { code, message } });

/** Upload-Metadata: `key base64,key base64`. */
function parseMetadata(header: string | undefined): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const pair of (header ?? '').split(',')) {
    const [key, value] = pair.trim().split(' ');
    if (key) metadata[key] = Buffer.from(value ?? '', 'base64').toString('utf8');
  }
  return metadata;
}

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest('hex');
}

export type UploadContext = {
  store: () => CentralStore;
  faults: FaultSwitches;
  countBytes: (bytes: number) => void;
  countRequest: (operation: Operation) => void;
};

/**
 * The tus side of the reference server (@tus/server over @tus/file-store in `<data>/uploads`). A
 * scan is created with its SHA-256 and size in Upload-Metadata, sent in PATCHes from the offset a
 * HEAD answers, and kept as a blob only once the whole file hashes to the name it was created
 * under; a partial upload survives a cut connection and a restart of the server, so the desk
 * resumes it. Everything in front of tus (credential, ownership, size, fault switches) is ours.
 */
export function createUploads(dataDir: string, context: UploadContext) {
  const directory = join(dataDir, 'uploads');
  mkdirSync(directory, { recursive: true });
  // An upload no client came back to in a week is dropped when the server starts.
  const datastore = new FileStore({ directory, expirationPeriodInMilliseconds: 7 * 24 * 3600_000 });
  const refused = (status: number, code: string, message: string) => ({ status_code: status, body: JSON.stringify({ code, message }) });

  /**
   * Keeps a complete upload as a blob if it hashes to its name, else removes it. Once per upload,
   * whoever asks first: the PATCH that completed it, or a HEAD that finds it complete because the
   * server stopped (or the connection was cut) before its check ran.
   */
  const finishing = new Map<string, Promise<'kept' | 'refused'>>();
  function finish(upload: Upload, digest: string | null = null): Promise<'kept' | 'refused'> {
    const running = finishing.get(upload.id) ?? verifyAndKeep(upload, digest).finally(() => setTimeout(() => finishing.delete(upload.id), 60_000).unref());
    finishing.set(upload.id, running);
    return running;
  }

  /**
   * Uploads kept as blobs, whose own file and record go once their answer is out: tus reads a
   * creation's upload again after its finish (for Upload-Expires), so they cannot go before.
   */
  const keptUploads = new Set<string>();
  const dropKept = async (id: string) => {
    if (keptUploads.delete(id)) await datastore.remove(id).catch(() => {});
  };

  /** `received` is the digest of the bytes as they came, when one request's hash saw them all. */
  async function verifyAndKeep(upload: Upload, received: string | null): Promise<'kept' | 'refused'> {
    const store = context.store();
    const sha256 = upload.metadata?.sha256 ?? '';
    const path = join(directory, upload.id);
    const digest = received ?? (await sha256OfFile(path));
    if (digest !== sha256 || context.faults.blobRefusal(sha256) === 422) {
      await datastore.remove(upload.id);
      return 'refused';
    }
    if (!store.hasBlob(sha256)) {
      // Kept only once on disk: a blob acknowledged is a blob a crash of the server keeps.
      const handle = await open(path, 'r');
      await handle.sync();
      await handle.close();
      await link(path, store.blobPath(sha256)).catch((error: NodeJS.ErrnoException) => {
        // The same file, finished by another upload at the same moment.
        if (error.code !== 'EEXIST') throw error;
      });
    }
    keptUploads.add(upload.id);
    return 'kept';
  }

  const hashes = uploadHashes();
  const requestHashes = new WeakMap<Request, RequestHash>();
  const tus = new TusServer({
    path: UPLOADS_PATH,
    datastore,
    relativeLocation: true,
    maxSize: MAX_BLOB_BYTES,
    namingFunction: () => randomBytes(16).toString('hex'),
    onUploadCreate: async (request, upload) => ({ metadata: { ...upload.metadata, device: request.headers.get(DEVICE_HEADER) ?? '' } }),
    onUploadFinish: async (request, upload) => {
      if ((await finish(upload, hashes.digest(requestHashes.get(request), upload.size ?? -1))) === 'refused') throw refused(422, 'blob.hash_mismatch', 'The bytes do not hash to the name');
      return {};
    },
  });

  /** A HEAD on an upload whose bytes are all in but which was never checked: checked now, then answered. */
  async function completeAnswer(id: string): Promise<Answer & { headers?: Record<string, string> } | null> {
    const upload = await datastore.getUpload(id).catch(() => null);
    if (!upload || upload.size === undefined || upload.offset !== upload.size) return null;
    if ((await finish(upload)) === 'refused') return problem(404, 'upload.unknown', 'The upload did not hash to its name and was removed');
    return { status: 200, headers: { 'tus-resumable': '1.0.0', 'upload-offset': String(upload.size), 'upload-length': String(upload.size), 'cache-control': 'no-store' } };
  }

  /** What stands in front of tus for a creation: a name and a size this server will take. */
  function creationRefusal(request: IncomingMessage): Answer | null {
    const metadata = parseMetadata(request.headers['upload-metadata'] as string | undefined);
    const length = Number(request.headers['upload-length']);
    if (!/^[0-9a-f]{64}$/.test(metadata.sha256 ?? '') || !Number.isSafeInteger(length) || String(length) !== metadata.size) {
      return problem(400, 'upload.metadata', 'Upload-Metadata must name the sha256 and the size of the file, and the size must be Upload-Length');
    }
    // A size limit answers before the bytes come; a file it cannot take otherwise, after them.
    if (length > MAX_BLOB_BYTES || context.faults.blobRefusal(metadata.sha256!) === 413) return problem(413, 'blob.too_large', `More than this server accepts`);
    return null;
  }

  /** The upload's creator, or null when there is no such upload. */
  async function ownerOf(id: string): Promise<string | null> {
    const upload = await datastore.configstore.get(id).catch(() => undefined);
    return upload?.metadata?.device ?? null;
  }

  /**
   * Serves one tus request of an authenticated device. Answers through `send` when it answers itself,
   * or writes tus's answer with `headers` added; throws `cut` to have the connection dropped.
   */
  async function handle(request: IncomingMessage, response: ServerResponse, device: Device, headers: Record<string, string>, send: (answer: Answer & { headers?: Record<string, string> }) => void, cut: () => Error) {
    const method = request.method ?? 'GET';
    const id = new URL(request.url ?? '/', 'http://central').pathname.slice(UPLOADS_PATH.length + 1);
    const operation: Operation = method === 'POST' ? 'createUpload' : method === 'PATCH' ? 'uploadChunk' : 'uploadOffset';
    context.countRequest(operation);
    const failure = context.faults.take('failWith', operation);
    if (failure) {
      request.resume();
      return send({ ...problem(failure.status, 'central.unavailable', 'Switched fault'), ...(failure.retryAfterSeconds !== undefined ? { headers: { 'retry-after': String(failure.retryAfterSeconds) } } : {}) });
    }
    const stall = context.faults.take('stall', operation);
    if (stall) await sleep(stall.ms);
    // The client gave up while the server stalled: nothing to answer, no body to read.
    if (request.destroyed) return;
    if (method === 'POST') {
      const refusal = creationRefusal(request);
      if (refusal) {
        request.resume();
        return send(refusal);
      }
    } else if (id === '' || (await ownerOf(id)) !== device.id) {
      request.resume();
      return send(problem(404, 'upload.unknown', 'No such upload of this device'));
    } else if (method === 'HEAD') {
      const complete = await completeAnswer(id);
      if (complete) {
        send(complete);
        return dropKept(id);
      }
    }

    const dropAt = context.faults.take('dropAfterBytes', operation);
    const requestHash = hashes.begin(method === 'POST' ? null : id, method === 'POST' ? 0 : Number(request.headers['upload-offset']));
    let received = 0;
    const counting = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        hashes.update(requestHash, chunk);
        context.countBytes(chunk.length);
        done(null, chunk);
        if (dropAt && received >= dropAt.bytes) request.socket.destroy();
      },
    });
    // A cut connection ends the body tus reads where the bytes stopped, as if the client had sent
    // that much: TCP delivers a prefix of what was sent, so tus keeps all that arrived and the
    // client resumes from there. (Erroring the body instead loses what tus's streams still held.)
    const keepWhatCame = () => {
      if (request.complete || counting.writableEnded) return;
      request.unpipe(counting);
      counting.end();
    };
    request.on('error', keepWhatCame);
    request.on('close', keepWhatCame);
    request.pipe(counting);
    const forwarded = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) forwarded.set(name, Array.isArray(value) ? value.join(', ') : value);
    forwarded.set(DEVICE_HEADER, device.id);
    // A creation may carry the file's first bytes (creation-with-upload): a small scan goes whole.
    const hasBody = method === 'PATCH' || (method === 'POST' && request.headers['content-type'] === 'application/offset+octet-stream');
    const tusRequest = new Request(`http://central${request.url}`, { method, headers: forwarded, body: hasBody ? (Readable.toWeb(counting, { strategy: new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }) }) as ReadableStream) : undefined, duplex: 'half' } as RequestInit);
    requestHashes.set(tusRequest, requestHash);
    const answer = await tus.handleWeb(tusRequest);
    const location = answer.headers.get('location');
    const uploadId = location ? location.slice(location.lastIndexOf('/') + 1) : id;
    if (hasBody) {
      const offset = answer.headers.get('upload-offset');
      hashes.settle(uploadId, requestHash, answer.ok && offset !== null ? Number(offset) : null, keptUploads.has(uploadId));
    }
    if (!hasBody) counting.resume();
    if (context.faults.take('dropAnswer', operation)) throw cut();
    const text = method === 'HEAD' ? '' : await answer.text();
    const json = text.startsWith('{');
    response.writeHead(answer.status, { ...Object.fromEntries(answer.headers), ...(json ? { 'content-type': 'application/json' } : {}), ...headers });
    response.end(text);
    await dropKept(uploadId);
  }

  return { handle, directory, dropExpired: () => tus.cleanUpExpiredUploads() };
}
