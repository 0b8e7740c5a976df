import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCentral } from '../central/central-server';
import { ENROLMENT_CODE } from '../support/central';
import { tempDir } from '../support/temp-dir';
import { createUpload, sha256Of, uploadOffset } from '../support/tus-requests';

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

  it('clears the temporary files the first protocol’s uploads left behind when it starts', async () => {
    const dir = tempDir('central-leftovers');
    mkdirSync(join(dir, 'central', 'blobs'), { recursive: true });
    writeFileSync(join(dir, 'central', 'blobs', 'tmp-left-by-a-crash'), 'half a scan');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    expect(readdirSync(central.store.blobRoot)).toEqual([]);
    await central.close();
  });
});
