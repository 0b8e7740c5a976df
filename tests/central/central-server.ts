import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import type { Socket } from 'node:net';
import { resolve } from 'node:path';
import addFormats from 'ajv-formats';
import { Validator } from '@seriousme/openapi-schema-validator';
import { OpenAPIBackend, type Context, type Document } from 'openapi-backend';
import { openCentralStore, type CentralStore } from './central-store';
import { ConnectionCut, getBatch, heldApplications, pullChanges, pushBatch, type Answer, type Device, type OperationContext } from './central-operations';
import { createUploads, UPLOADS_PATH } from './central-uploads';
import { hasBackup, restoreBackupFiles, takeBackup } from './central-backup';
import { createFaultSwitches, type Operation, type UploadOperation } from './faults';
import { createAdminRoutes } from './central-admin';
import { enrolmentAdmin } from './central-enrolment-admin';
import { credentialSignal, enrolDevice, renewCredential } from './central-credentials';
import type { CredentialPolicy } from './central-enrolment';
import { batchRefusal, itemChecker, missingBlobs } from './central-items';
import { openCentralSigning } from './central-signing';
import { CENTRAL_HEADER } from '../../electron/core/sync/central-connection';
import { EPOCH_HEADER } from '../../electron/core/sync/server-epoch';

export const openApiFile = resolve(import.meta.dirname, '../../docs/sync-openapi.json');
const MAX_JSON_BYTES = 16 * 1024 * 1024;

/**
 * How long the server waits. There is no limit on a whole request: a slow upload that keeps making
 * progress must finish, however long it takes. What ends a connection is silence: no byte for
 * `idleMs`, or a request's headers not complete `headersMs` after they began (slow-loris).
 */
export type CentralTimeouts = { headersMs: number; idleMs: number };
export const defaultCentralTimeouts: CentralTimeouts = { headersMs: 60_000, idleMs: 120_000 };

/** A key and certificate (PEM) make it an HTTPS server. */
export type CentralTls = { key: string; cert: string };
/**
 * `enrolmentCode`: a standing demo code any desk may use, for `npm run central` and tests of other
 * things; the codes the back office issues (POST /_admin/enrolment-codes) are bound and single use.
 */
export type CentralOptions = {
  dataDir: string;
  port?: number;
  enrolmentCode?: string;
  log?: (line: string) => void;
  timeouts?: CentralTimeouts;
  tls?: CentralTls;
  credentials?: CredentialPolicy;
  /**
   * Compile every request and answer validator at start, as a server started to serve does
   * (`npm run central`, the benchmarks). Tests start hundreds of servers that each see a few
   * operations, and compile each only when it is first used (openapi-backend's quick mode).
   */
  compileValidators?: boolean;
};
export type Central = Awaited<ReturnType<typeof startCentral>>;

async function readJson(request: IncomingMessage, countBytes: (n: number) => void): Promise<unknown> {
  const pieces: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    countBytes(chunk.length);
    if (size > MAX_JSON_BYTES) throw Object.assign(new Error('too large'), { status: 413 });
    pieces.push(chunk);
  }
  if (size === 0) return undefined;
  return JSON.parse(Buffer.concat(pieces).toString('utf8'));
}

function send(response: ServerResponse, answer: Answer, extra: Record<string, string> = {}) {
  // Every answer says it is the central system's, so a desk can tell it from a captive portal's.
  const headers = { [CENTRAL_HEADER]: '1', ...extra };
  if (answer.body === undefined) {
    response.writeHead(answer.status, headers).end();
  } else {
    response.writeHead(answer.status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(answer.body));
  }
}

const problem = (status: number, code: string, message: string): Answer => ({ status, body: { code, message } });
const delay = (ms: number) => new Promise((resolveDelay) => setTimeout(resolveDelay, ms));

/**
 * The reference central server: node:http, its own SQLite store, every request routed and checked
 * against docs/sync-openapi.json by openapi-backend (a third-party validator), and every JSON answer
 * checked against the same file before it leaves, so the file, the server and the client agree.
 */
export async function startCentral({ dataDir, port = 0, enrolmentCode, log = () => {}, timeouts = defaultCentralTimeouts, tls, credentials, compileValidators = false }: CentralOptions) {
  const definition = JSON.parse(readFileSync(openApiFile, 'utf8')) as Document;
  // openapi-backend checks documents against the 3.0 schema only; this validator knows 3.1.
  const documentCheck = await new Validator().validate(definition as Parameters<Validator['validate']>[0]);
  if (!documentCheck.valid) throw new Error(`docs/sync-openapi.json is not valid OpenAPI 3.1: ${JSON.stringify(documentCheck.errors)}`);
  // ajv-formats: without it the validator would let any string pass as a date or a date-time.
  const api = new OpenAPIBackend({ definition, strict: true, quick: true, validate: true, customizeAjv: (ajv) => addFormats(ajv) });
  await api.init();
  if (compileValidators) {
    api.validator.preCompileRequestValidators();
    api.validator.preCompileResponseValidators();
    api.validator.preCompileResponseHeaderValidators();
  }
  const faults = createFaultSwitches();
  const stats = { requestBodyBytes: 0, requests: {} as Record<string, number>, connections: 0 };
  let store: CentralStore = openCentralStore(dataDir, credentials);
  const signing = openCentralSigning(dataDir);
  let server: Server | TlsServer;
  const sockets = new Set<Socket>();
  let boundPort = port;

  const context: OperationContext = {
    get store() {
      return store;
    },
    faults,
    now: () => new Date().toISOString(),
    countBytes: (bytes) => (stats.requestBodyBytes += bytes),
    checkItem: itemChecker(api),
    restart: async () => {
      log('restarting');
      await stop();
      store = openCentralStore(dataDir, credentials);
      await listen();
    },
  };

  const authenticate = (request: IncomingMessage): Device | undefined => credentialSignal(store, request).device;

  async function operate(operation: Exclude<Operation, UploadOperation>, c: Context, request: IncomingMessage): Promise<Answer> {
    if (operation === 'enrol') return enrolDevice(store, c.request.requestBody as Parameters<typeof enrolDevice>[1], signing.publicKey, enrolmentCode, log);
    const device = authenticate(request);
    if (!device) return problem(401, 'device.unknown', 'No or unknown device credential');
    const sha256 = String(c.request.params.sha256 ?? '');
    switch (operation) {
      case 'hasBlob':
        return { status: store.hasBlob(sha256) ? 200 : 404 };
      case 'missingBlobs':
        return missingBlobs(store, c.request.requestBody as { blobs: string[] });
      case 'pushBatch': {
        const batch = c.request.requestBody as Parameters<typeof pushBatch>[2];
        return batchRefusal(faults, batch) ?? pushBatch(context, device, batch);
      }
      case 'getBatch':
        return getBatch(store, device, String(c.request.params.batchId ?? ''));
      case 'pullChanges':
        return pullChanges(context, device, c.request.query as { after?: string; limit?: string });
      case 'heldApplications':
        return heldApplications(store, device, c.request.requestBody as Parameters<typeof heldApplications>[2]);
      case 'renewCredential':
        return renewCredential(store, device, request, c.request.requestBody as { requestId: string }, log);
    }
  }

  api.register({
    validationFail: (c: Context) => problem(400, 'request.invalid', JSON.stringify(c.validation.errors).slice(0, 900)),
    notFound: () => problem(404, 'request.unknown_path', 'No such path'),
    methodNotAllowed: () => problem(405, 'request.method', 'Method not allowed'),
    unauthorizedHandler: (_c: Context, request: IncomingMessage) => ({ ...problem(401, 'device.unknown', 'No, unknown or withdrawn device credential'), headers: credentialSignal(store, request).headers }),
    ...Object.fromEntries(
      (['enrol', 'hasBlob', 'missingBlobs', 'pushBatch', 'getBatch', 'pullChanges', 'heldApplications', 'renewCredential'] as const).map((operation) => [
        operation,
        async (c: Context, request: IncomingMessage) => {
          stats.requests[operation] = (stats.requests[operation] ?? 0) + 1;
          const failure = faults.take('failWith', operation);
          if (failure) {
            const headers = failure.retryAfterSeconds !== undefined ? { 'retry-after': String(failure.retryAfterSeconds) } : undefined;
            return { ...problem(failure.status, 'central.unavailable', 'Switched fault'), headers };
          }
          const stall = faults.take('stall', operation);
          if (stall) await delay(stall.ms);
          if (faults.take('dropAfterBytes', operation)) throw new ConnectionCut();
          if (faults.take('answerTwice', operation)) await operate(operation, c, request);
          const result = await operate(operation, c, request);
          if (faults.take('dropAnswer', operation)) throw new ConnectionCut();
          const check = result.body === undefined ? { valid: true } : api.validateResponse(result.body, c.operation, result.status);
          if (!check.valid) return problem(500, 'central.bad_answer', JSON.stringify(check.errors).slice(0, 900));
          return { ...result, headers: credentialSignal(store, request).headers };
        },
      ]),
    ),
  });

  api.registerSecurityHandler('device', (_c: Context, request: IncomingMessage) => authenticate(request) !== undefined);

  /**
   * Acts out a restore from the newest backup: the store's files are put back as they were then,
   * and it takes a new epoch. Between two requests, as node runs one thing at a time.
   */
  const restoreBackup = () => {
    if (!hasBackup(dataDir)) return false;
    log('restoring the newest backup');
    store.close();
    restoreBackupFiles(dataDir);
    store = openCentralStore(dataDir, credentials);
    store.renewEpoch();
    return true;
  };
  const backups = { take: () => void takeBackup(store, dataDir), restore: restoreBackup };

  const admin = createAdminRoutes({ store: () => store, faults, stats, backups, readJson: (request) => readJson(request, () => {}), enrolment: enrolmentAdmin(() => store, signing) });

  const uploads = createUploads(dataDir, {
    store: () => store,
    faults,
    countBytes: context.countBytes,
    countRequest: (operation) => (stats.requests[operation] = (stats.requests[operation] ?? 0) + 1),
  });

  /** A tus request: the credential and the epoch as on every route, then tus (central-uploads.ts). */
  async function upload(request: IncomingMessage, response: ServerResponse) {
    const signal = credentialSignal(store, request);
    const headers = { [EPOCH_HEADER]: store.epoch(), ...signal.headers };
    const answer = (result: Answer & { headers?: Record<string, string> }) => send(response, { status: result.status, body: result.body }, { ...headers, ...result.headers });
    if (!signal.device) {
      request.resume();
      return answer(problem(401, 'device.unknown', 'No, unknown or withdrawn device credential'));
    }
    await uploads.handle(request, response, signal.device, { [CENTRAL_HEADER]: '1', ...headers }, answer, () => new ConnectionCut());
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://central');
    // Every answer names the epoch of the store that gave it.
    if (url.pathname.startsWith('/_admin/')) return send(response, await admin(request, url.pathname), { [EPOCH_HEADER]: store.epoch() });
    if (url.pathname === UPLOADS_PATH || url.pathname.startsWith(`${UPLOADS_PATH}/`)) return upload(request, response);
    const method = request.method ?? 'GET';
    const body = await readJson(request, context.countBytes).catch((error: { status?: number }) => error);
    if (body instanceof Error) return send(response, problem((body as { status?: number }).status ?? 400, 'request.unreadable', 'Body is not JSON'), { [EPOCH_HEADER]: store.epoch() });
    const requestForApi = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: request.headers as Record<string, string>, body };
    const answer = (await api.handleRequest(requestForApi, request)) as Answer & { headers?: Record<string, string> };
    const { headers, ...rest } = answer;
    send(response, rest, { [EPOCH_HEADER]: store.epoch(), ...headers });
  }

  function listen(): Promise<void> {
    // requestTimeout 0: Node's whole-request limit (300 s) counts a progressing upload as a stall and
    // answers 408; on a busy machine a large file over a kept-alive connection reached it.
    const checkEvery = Math.max(10, Math.min(30_000, Math.floor(timeouts.headersMs / 4)));
    const serverOptions = { requestTimeout: 0, headersTimeout: timeouts.headersMs, connectionsCheckingInterval: checkEvery };
    const respond = (request: IncomingMessage, response: ServerResponse) => {
      handle(request, response).catch((error: unknown) => {
        if (!(error instanceof ConnectionCut)) log(`error: ${String(error)}`);
        request.socket?.destroy();
        request.destroy();
      });
    };
    server = tls ? createTlsServer({ ...serverOptions, ...tls }, respond) : createServer(serverOptions, respond);
    server.setTimeout(timeouts.idleMs);
    server.on('connection', (socket) => {
      stats.connections++;
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    return new Promise((resolveListen) =>
      server.listen(boundPort, '127.0.0.1', () => {
        boundPort = (server.address() as { port: number }).port;
        resolveListen();
      }),
    );
  }

  async function stop() {
    const closed = new Promise((resolveClose) => server.close(resolveClose));
    for (const socket of sockets) socket.destroy();
    await closed;
    store.close();
  }

  await uploads.dropExpired();
  await listen();
  log(`listening on ${tls ? 'https' : 'http'}://127.0.0.1:${boundPort}`);
  return {
    get url() {
      return `${tls ? 'https' : 'http'}://127.0.0.1:${boundPort}`;
    },
    /** Serves another certificate, as after a restart with it: open connections are closed (HTTPS only). */
    setCertificate: (next: CentralTls) => {
      (server as TlsServer).setSecureContext(next);
      for (const socket of sockets) socket.destroy();
    },
    restoreBackup,
    takeBackup: backups.take,
    get store() {
      return store;
    },
    faults,
    stats,
    /** The central key pair: its public half is what desks pin at enrolment. */
    signing,
    restart: context.restart,
    close: stop,
  };
}
