import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCentral } from '../central/central-server';
import { ENROLMENT_CODE } from '../support/central';
import { tempDir } from '../support/temp-dir';
import { createUpload, patchUpload, sha256Of, uploadOffset } from '../support/tus-requests';

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

/** PATCHes a whole upload in small pieces with pauses, over the agent's one kept-alive connection. */
function slowPatch(url: string, agent: Agent, credential: string, bytes: Buffer, pieces: number, pauseMs: number) {
  return new Promise<{ status: number; socketPort: number }>((resolvePatch, reject) => {
    const patch = request(
      url,
      {
        method: 'PATCH',
        agent,
        headers: { authorization: `Bearer ${credential}`, 'tus-resumable': '1.0.0', 'upload-offset': '0', 'content-type': 'application/offset+octet-stream', 'content-length': String(bytes.length) },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolvePatch({ status: response.statusCode ?? 0, socketPort: response.socket.localPort ?? 0 }));
      },
    );
    patch.on('error', reject);
    void (async () => {
      const size = Math.ceil(bytes.length / pieces);
      for (let offset = 0; offset < bytes.length; offset += size) {
        patch.write(bytes.subarray(offset, offset + size));
        await sleep(pauseMs);
      }
      patch.end();
    })();
  });
}

/**
 * A PATCH of all of `bytes` whose client sends the first `sent` of them and then is heard from no
 * more, without closing (a desk that lost power, a NAT that forgot the connection): answers the
 * raw socket, and a promise that settles when the server closes it.
 */
async function halfOpenPatch(url: string, credential: string, bytes: Buffer, sent: number): Promise<{ socket: Socket; closed: Promise<void> }> {
  const { port, pathname } = new URL(url);
  const socket = connect(Number(port), '127.0.0.1');
  const closed = new Promise<void>((resolveClose) => socket.on('close', () => resolveClose()));
  socket.on('error', () => {});
  socket.resume();
  const head = [`PATCH ${pathname} HTTP/1.1`, `host: 127.0.0.1:${port}`, `authorization: Bearer ${credential}`, 'tus-resumable: 1.0.0', 'upload-offset: 0', 'content-type: application/offset+octet-stream', `content-length: ${bytes.length}`];
  await new Promise<void>((resolveWrite) => socket.write(`${head.join('\r\n')}\r\n\r\n`, () => socket.write(bytes.subarray(0, sent), () => resolveWrite())));
  return { socket, closed };
}

/** Asks for the upload's offset until the server has written all it received of a request. */
async function offsetOnceWritten(url: string, credential: string, expected: number) {
  for (;;) {
    const head = await uploadOffset(url, credential);
    if (head.status !== 200 || head.offset >= expected) return head;
    await sleep(20);
  }
}

describe('the reference server under slow and cut uploads', () => {
  it('takes slow but progressing uploads over one kept-alive connection, longer in all than its header timeout', async () => {
    const dir = tempDir('central-slow');
    const timeouts = { headersMs: 300, idleMs: 2_000 };
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE, timeouts });
    const { credential } = central.store.enrol('AST-01', 'slow', new Date().toISOString());
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const started = Date.now();
    const answers = [];
    // Each upload alone takes longer than the header timeout; together, several times it.
    for (let i = 0; i < 4; i++) {
      const bytes = randomBytes(64 * 1024);
      const created = await createUpload(central.url, credential, sha256Of(bytes), bytes.length);
      answers.push(await slowPatch(created.url!, agent, credential, bytes, 8, 60));
    }
    expect(Date.now() - started).toBeGreaterThan(3 * timeouts.headersMs);
    expect(answers.map((answer) => answer.status)).toEqual([204, 204, 204, 204]);
    expect(new Set(answers.map((answer) => answer.socketPort)).size).toBe(1);
    expect(central.store.blobs()).toHaveLength(4);
    agent.destroy();
    await central.close();
  });

  it('survives connections cut mid-upload, keeps what came for a resume, and keeps no blob of it', async () => {
    const dir = tempDir('central-cut');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    const { credential } = central.store.enrol('AST-01', 'cut', new Date().toISOString());
    const urls: string[] = [];
    for (let i = 0; i < 10; i++) {
      const bytes = randomBytes(2 * 1024 * 1024);
      const created = await createUpload(central.url, credential, sha256Of(bytes), bytes.length);
      urls.push(created.url!);
      await new Promise<void>((resolveCut) => {
        const patch = request(created.url!, {
          method: 'PATCH',
          headers: { authorization: `Bearer ${credential}`, 'tus-resumable': '1.0.0', 'upload-offset': '0', 'content-type': 'application/offset+octet-stream', 'content-length': String(bytes.length) },
        });
        patch.on('error', () => resolveCut());
        patch.write(bytes.subarray(0, 256 * 1024 + i * 97_000), () => setTimeout(() => patch.destroy(), i % 3));
        patch.on('close', () => resolveCut());
      });
    }
    await sleep(200);
    // Still answering; each upload stands at what arrived of it, and no blob was kept from a part.
    for (const url of urls) {
      const head = await uploadOffset(url, credential);
      expect(head.status).toBe(200);
      expect(head.offset).toBeLessThan(2 * 1024 * 1024);
    }
    expect(central.store.blobs()).toEqual([]);
    await central.close();
  });

  it('lets a resume take over an upload whose client vanished without closing, and ends that request after its no-progress limit', async () => {
    const dir = tempDir('central-half-open');
    const timeouts = { headersMs: 60_000, idleMs: 6_000 };
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE, timeouts });
    const { credential } = central.store.enrol('AST-01', 'gone', new Date().toISOString());
    const sent = 300 * 1024;

    // A resume while the vanished client's PATCH still holds the upload: the HEAD takes the upload
    // from it (tus asks the holder to let go, and ends it after its lock drain time), answers where
    // the bytes that came stand, and the rest goes from there.
    const first = randomBytes(1024 * 1024);
    const resumed = await createUpload(central.url, credential, sha256Of(first), first.length);
    const vanished = await halfOpenPatch(resumed.url!, credential, first, sent);
    const head = await offsetOnceWritten(resumed.url!, credential, sent);
    expect(head).toMatchObject({ status: 200, offset: sent });
    expect((await patchUpload(resumed.url!, credential, head.offset, first.subarray(head.offset))).status).toBe(204);
    expect(central.store.blobs()).toEqual([sha256Of(first)]);

    // With no one coming back, the server gives the silent request up after `idleMs` and keeps
    // what came: the upload then answers its offset at once, and no lock is left behind.
    const second = randomBytes(1024 * 1024);
    const abandoned = await createUpload(central.url, credential, sha256Of(second), second.length);
    const silent = await halfOpenPatch(abandoned.url!, credential, second, sent);
    await silent.closed;
    expect(await uploadOffset(abandoned.url!, credential)).toMatchObject({ status: 200, offset: sent });
    expect((await patchUpload(abandoned.url!, credential, sent, second.subarray(sent))).status).toBe(204);
    expect(central.store.blobs().sort()).toEqual([sha256Of(first), sha256Of(second)].sort());
    vanished.socket.destroy();
    await central.close();
  }, 30_000);

  it('clears the temporary files the first protocol’s uploads left behind when it starts', async () => {
    const dir = tempDir('central-leftovers');
    mkdirSync(join(dir, 'central', 'blobs'), { recursive: true });
    writeFileSync(join(dir, 'central', 'blobs', 'tmp-left-by-a-crash'), 'half a scan');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    expect(readdirSync(central.store.blobRoot)).toEqual([]);
    await central.close();
  });
});
