import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../electron/core/storage/database';
import type { CoreOptions } from '../../electron/core/core-options';
import { startCentral, type Central } from '../central/central-server';
import { openCoreClient } from './core-client';
import { drainSync } from './core-internals';
import { openWorkstationDb } from './workstation-files';

export const ENROLMENT_CODE = 'enrol-123456';

const sha256Of = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Compares the workstation's outbox with what the central server holds, item for item: every
 * application once at the version last sent, every file once under the hash it was sent as.
 */
export function agreement(central: Central, dataDir: string) {
  const db = openWorkstationDb(join(dataDir, DATABASE_FILE), dataDir, { readonly: true });
  const outbox = db
    .prepare<[], { application_id: string; version: number; state: string; payload: string }>(
      'SELECT application_id, version, state, payload FROM outbox o WHERE version = (SELECT max(version) FROM outbox WHERE application_id = o.application_id) ORDER BY application_id',
    )
    .all();
  const visits = db.prepare<[], { status: string; n: number }>('SELECT status, count(*) AS n FROM visits GROUP BY status').all();
  db.close();
  const held = central.store.allApplications();
  const receipts = central.store.receipts();
  const documents = new Set(outbox.flatMap((row) => (JSON.parse(row.payload) as { documents: { sha256: string }[] }).documents.map((d) => d.sha256)));
  return {
    local: outbox.filter((row) => row.state === 'sent').map((row) => ({ id: row.application_id, version: row.version })),
    waiting: outbox.filter((row) => row.state === 'queued').length,
    server: held.map((row) => ({ id: row.id, version: row.version })),
    /** (id, version) pairs the server recorded more than once: must be none. */
    recordedTwice: receipts.length - new Set(receipts.map((r) => `${r.application_id}/${r.version}`)).size,
    missingBlobs: [...documents].filter((sha256) => !central.store.hasBlob(sha256)),
    wrongBlobs: central.store.blobs().filter((sha256) => sha256Of(central.store.blobPath(sha256)) !== sha256),
    visitStatuses: Object.fromEntries(visits.map((row) => [row.status, row.n])),
  };
}

/**
 * A reference central server and a desk enrolled with it, the first pass done, under `dir`; the
 * desk syncs with `syncTiming`. `close` closes both.
 */
export async function deskAndCentral(dir: string, syncTiming: NonNullable<CoreOptions['syncTiming']>) {
  const central = await startCentral({ dataDir: join(dir, 'central'), enrolmentCode: ENROLMENT_CODE });
  const dataDir = join(dir, 'desk');
  const { core, api } = openCoreClient({ dataDir, syncTiming });
  await api.call('sync.enrol', { server: central.url, centreId: 'AST-01', deskId: '3', enrolmentCode: ENROLMENT_CODE });
  await drainSync(core);
  const close = async () => {
    await core.close();
    await central.close();
  };
  return { dir, dataDir, central, core, api, close };
}
