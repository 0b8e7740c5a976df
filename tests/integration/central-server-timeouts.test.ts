import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCentral } from '../central/central-server';
import { ENROLMENT_CODE } from '../support/central';
import { tempDir } from '../support/temp-dir';

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** PUTs a blob in small pieces with pauses, over the agent's one kept-alive connection. */
function slowPut(url: string, agent: Agent, credential: string, bytes: Buffer, pieces: number, pauseMs: number) {
  return new Promise<{ status: number; socketPort: number }>((resolvePut, reject) => {
    const target = new URL(`/v1/blobs/${sha256(bytes)}`, url);
    const put = request(
      target,
      { method: 'PUT', agent, headers: { authorization: `Bearer ${credential}`, 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) } },
      (response) => {
        response.resume();
        response.on('end', () => resolvePut({ status: response.statusCode ?? 0, socketPort: response.socket.localPort ?? 0 }));
      },
    );
    put.on('error', reject);
    void (async () => {
      const size = Math.ceil(bytes.length / pieces);
      for (let offset = 0; offset < bytes.length; offset += size) {
        put.write(bytes.subarray(offset, offset + size));
        await sleep(pauseMs);
      }
      put.end();
    })();
  });
}

describe('the reference server under slow uploads', () => {
  it('takes slow but progressing uploads over one kept-alive connection, longer in all than its header timeout', async () => {
    const dir = tempDir('central-slow');
    const timeouts = { headersMs: 300, idleMs: 2_000 };
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE, timeouts });
    const { credential } = central.store.enrol('AST-01', 'slow', new Date().toISOString());
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const started = Date.now();
    const answers = [];
    // Each upload alone takes longer than the header timeout; together, several times it.
    for (let i = 0; i < 4; i++) answers.push(await slowPut(central.url, agent, credential, randomBytes(64 * 1024), 8, 60));
    expect(Date.now() - started).toBeGreaterThan(3 * timeouts.headersMs);
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((answer) => answer.socketPort)).size).toBe(1);
    expect(central.store.blobs()).toHaveLength(4);
    agent.destroy();
    await central.close();
  });

  it('survives a connection cut mid-upload and keeps no partial file', async () => {
    const dir = tempDir('central-cut');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    const { credential } = central.store.enrol('AST-01', 'cut', new Date().toISOString());
    for (let i = 0; i < 10; i++) {
      const bytes = randomBytes(2 * 1024 * 1024);
      await new Promise<void>((resolveCut) => {
        const put = request(new URL(`/v1/blobs/${sha256(bytes)}`, central.url), {
          method: 'PUT',
          headers: { authorization: `Bearer ${credential}`, 'content-length': String(bytes.length), 'content-type': 'application/octet-stream' },
        });
        put.on('error', () => resolveCut());
        put.write(bytes.subarray(0, 256 * 1024 + i * 97_000), () => setTimeout(() => put.destroy(), i % 3));
        put.on('close', () => resolveCut());
      });
    }
    await sleep(200);
    // Still answering, and nothing half-written left behind.
    const health = await fetch(new URL(`/v1/blobs/${'0'.repeat(64)}`, central.url), { method: 'HEAD', headers: { authorization: `Bearer ${credential}` } });
    expect(health.status).toBe(404);
    expect(readdirSync(central.store.blobRoot).filter((name) => name.startsWith('tmp-'))).toEqual([]);
    await central.close();
  });

  it('clears the temporary files a crash left behind when it starts', async () => {
    const dir = tempDir('central-leftovers');
    mkdirSync(join(dir, 'central', 'blobs'), { recursive: true });
    writeFileSync(join(dir, 'central', 'blobs', 'tmp-left-by-a-crash'), 'half a scan');
    const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
    expect(readdirSync(central.store.blobRoot)).toEqual([]);
    await central.close();
  });
});
