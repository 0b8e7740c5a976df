import { createHash, randomBytes } from 'node:crypto';
import { existsSync, rmSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { defaultCredentialPolicy, openEnrolments, type CredentialPolicy } from './central-enrolment';

/**
 * The reference central server's own records: devices, applications (one row per id, the newest
 * version), blobs (files named by SHA-256) and the per-centre change feed. A test and demo peer:
 * it keeps what the protocol needs to be checked, nothing of a real back office.
 */
export type CentralApplication = { id: string; version: number; centreId: string; body: string; receivedAt: string };
export type FeedChange = { seq: number; kind: 'booking' | 'decision' | 'catalogue' | 'staff'; body: Record<string, unknown> };

export type CentralStore = ReturnType<typeof openCentralStore>;

const newEpoch = () => randomBytes(12).toString('base64url');

/** What a change is about: a later change of the same thing replaces it. */
function thingOf(kind: FeedChange['kind'], body: Record<string, unknown>): string | null {
  const inner = (body.booking ?? body.staff ?? {}) as Record<string, unknown>;
  const key = kind === 'booking' ? inner.code : kind === 'staff' ? inner.id : kind === 'decision' ? body.applicationId : 'newest';
  return typeof key === 'string' ? `${kind}:${key}` : null;
}
/** An item's content as sent: the desk sends a stored snapshot, so a resend hashes the same. */
const contentHash = (item: unknown) => createHash('sha256').update(JSON.stringify(item)).digest('hex');

export function openCentralStore(dataDir: string, credentialPolicy: CredentialPolicy = defaultCredentialPolicy) {
  mkdirSync(join(dataDir, 'blobs'), { recursive: true });
  const db = new Database(join(dataDir, 'central.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // A store written before changes named their thing gains the column; its old rows replace nothing.
  const changeColumns = db.prepare<[], string>("SELECT name FROM pragma_table_info('changes')").pluck().all();
  if (changeColumns.length > 0 && !changeColumns.includes('thing')) db.exec('ALTER TABLE changes ADD COLUMN thing TEXT');
  db.exec(`
    CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, credential_hash TEXT NOT NULL UNIQUE, centre_id TEXT NOT NULL, desk_id TEXT NOT NULL, enrolled_at TEXT NOT NULL) STRICT;
    CREATE TABLE IF NOT EXISTS applications (id TEXT PRIMARY KEY, version INTEGER NOT NULL, centre_id TEXT NOT NULL, body TEXT NOT NULL, received_at TEXT NOT NULL) STRICT;
    CREATE TABLE IF NOT EXISTS receipts (application_id TEXT NOT NULL, version INTEGER NOT NULL, batch_id TEXT NOT NULL, at TEXT NOT NULL) STRICT;
    CREATE TABLE IF NOT EXISTS batch_answers (batch_id TEXT NOT NULL, device_id TEXT NOT NULL, application_id TEXT NOT NULL, version INTEGER NOT NULL, result TEXT NOT NULL, PRIMARY KEY (batch_id, application_id, version)) STRICT;
    CREATE TABLE IF NOT EXISTS versions (application_id TEXT NOT NULL, version INTEGER NOT NULL, content_sha256 TEXT NOT NULL, centre_id TEXT NOT NULL, desk_id TEXT NOT NULL, PRIMARY KEY (application_id, version)) STRICT;
    CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY, centre_id TEXT, kind TEXT NOT NULL, body TEXT NOT NULL, thing TEXT) STRICT;
    CREATE INDEX IF NOT EXISTS changes_by_thing ON changes (thing, seq);
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
  `);
  // The epoch names this copy of the store; a store restored from a backup takes a new one.
  db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('epoch', ?)").run(newEpoch());
  const epochOf = db.prepare<[], string>("SELECT value FROM meta WHERE key = 'epoch'").pluck();
  let epoch = epochOf.get()!;
  const blobRoot = join(dataDir, 'blobs');
  // The first protocol's upload (PUT) cut by a crash left a temporary file no request can finish;
  // a tus upload is kept in uploads/ instead, for its client to resume (central-uploads.ts).
  for (const name of readdirSync(blobRoot)) if (name.startsWith('tmp-')) rmSync(join(blobRoot, name), { force: true });
  const enrolments = openEnrolments(db, dataDir, credentialPolicy);
  const appById = db.prepare<[string], CentralApplication & { centre_id: string; received_at: string }>('SELECT * FROM applications WHERE id = ?');
  const upsertApp = db.prepare(
    `INSERT INTO applications (id, version, centre_id, body, received_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET version = excluded.version, body = excluded.body, received_at = excluded.received_at`,
  );
  const versionOf = db.prepare<[string, number], { content_sha256: string }>('SELECT content_sha256 FROM versions WHERE application_id = ? AND version = ?');
  const ownerOf = db.prepare<[string], { centre_id: string; desk_id: string }>('SELECT centre_id, desk_id FROM versions WHERE application_id = ? ORDER BY version LIMIT 1');
  const insertVersion = db.prepare('INSERT INTO versions (application_id, version, content_sha256, centre_id, desk_id) VALUES (?, ?, ?, ?, ?)');
  const upsertAnswer = db.prepare('INSERT OR REPLACE INTO batch_answers (batch_id, device_id, application_id, version, result) VALUES (?, ?, ?, ?, ?)');
  const answersOf = db.prepare<[string, string], { result: string }>('SELECT result FROM batch_answers WHERE batch_id = ? AND device_id = ? ORDER BY rowid');
  const insertReceipt = db.prepare('INSERT INTO receipts (application_id, version, batch_id, at) VALUES (?, ?, ?, ?)');
  const insertChange = db.prepare('INSERT INTO changes (centre_id, kind, body, thing) VALUES (?, ?, ?, ?)');
  // A change a later change of the same thing replaces is left out: read from the start, the feed
  // is a snapshot of the present state; read from a cursor, it still brings every thing's newest.
  const changesAfter = db.prepare<[number, string, number], { seq: number; kind: FeedChange['kind']; body: string }>(
    `SELECT seq, kind, body FROM changes c WHERE seq > ? AND (centre_id IS NULL OR centre_id = ?)
        AND NOT (thing IS NOT NULL AND EXISTS (SELECT 1 FROM changes n WHERE n.thing = c.thing AND n.seq > c.seq AND n.centre_id IS c.centre_id))
      ORDER BY seq LIMIT ?`,
  );
  const lastSeq = db.prepare<[], number>('SELECT coalesce(max(seq), 0) FROM changes').pluck();
  const heldVersion = db.prepare<[string, number, string, string], number>(
    'SELECT 1 FROM versions WHERE application_id = ? AND version = ? AND centre_id = ? AND desk_id = ?',
  ).pluck();

  /**
   * What an item is to this server before it is recorded: new; the same content again (a resend);
   * other content under a version already held (a conflict, never silently a duplicate); or an
   * application another centre's or desk's, which this desk may not write.
   */
const judge = (item: { id: string; version: number }, device: { centre_id: string; desk_id: string }): 'new' | 'duplicate' | 'conflict' | 'not_yours' => {
    const owner = ownerOf.get(item.id);
    if (owner && (owner.centre_id !== device.centre_id || owner.desk_id !== device.desk_id)) return 'not_yours';
    const same = versionOf.get(item.id, item.version);
    if (same) return same.content_sha256 === contentHash(item) ? 'duplicate' : 'conflict';
    const held = appById.get(item.id);
    return held && held.version > item.version ? 'duplicate' : 'new';
  };

  return {
    epoch: () => epoch,
    /** Names this store anew: what it holds is not what it answered before (a restored backup). */
    renewEpoch() {
      epoch = newEpoch();
      db.prepare("UPDATE meta SET value = ? WHERE key = 'epoch'").run(epoch);
    },
    /** A consistent copy of the database, as a nightly backup would take it. */
    copyTo: (file: string) => db.prepare('VACUUM INTO ?').run(file),
    blobRoot,
    blobPath: (sha256: string) => join(blobRoot, sha256),
    hasBlob: (sha256: string) => existsSync(join(blobRoot, sha256)),
    blobs: () => readdirSync(blobRoot).filter((name) => /^[0-9a-f]{64}$/.test(name)),
    /** Codes, credentials, rotation and revocation (central-enrolment.ts). */
    enrolments,
    /** A device and its credential without a code, for tests that need nothing else. */
    enrol: (centreId: string, deskId: string, at: string) => enrolments.enrolDirectly(centreId, deskId, new Date(at)),
    deviceFor: (credential: string) => enrolments.authenticate(credential, new Date()).device,
    application: (id: string) => appById.get(id),
    judge,
    /** Records one item in its own transaction; says whether this version was new. */
    recordApplication(item: { id: string; version: number }, device: { centre_id: string; desk_id: string }, batchId: string, at: string): 'accepted' | 'duplicate' | 'conflict' | 'not_yours' {
      return db.transaction(() => {
        const judged = judge(item, device);
        if (judged !== 'new') return judged;
        upsertApp.run(item.id, item.version, device.centre_id, JSON.stringify(item), at);
        insertVersion.run(item.id, item.version, contentHash(item), device.centre_id, device.desk_id);
        insertReceipt.run(item.id, item.version, batchId, at);
        return 'accepted' as const;
      })();
    },
    /** Keeps what was decided for an item of a batch, so the device can read it again. */
    recordAnswer(batchId: string, deviceId: string, result: { id: string; version: number }) {
      upsertAnswer.run(batchId, deviceId, result.id, result.version, JSON.stringify(result));
    },
    answersFor: (batchId: string, deviceId: string) => answersOf.all(batchId, deviceId).map((row) => JSON.parse(row.result) as Record<string, unknown>),
    addChange(centreId: string | null, kind: FeedChange['kind'], body: Record<string, unknown>) {
      return Number(insertChange.run(centreId, kind, JSON.stringify(body), thingOf(kind, body)).lastInsertRowid);
    },
    changesAfter(after: number, centreId: string, limit: number): FeedChange[] {
      return changesAfter.all(after, centreId, limit).map((row) => ({ seq: row.seq, kind: row.kind, body: JSON.parse(row.body) as Record<string, unknown> }));
    },
    lastSeq: () => lastSeq.get()!,
    /** Of these sends, those this store holds from this desk (its centre and desk id). */
    heldFrom: (device: { centre_id: string; desk_id: string }, sends: { id: string; version: number }[]) =>
      sends.filter((send) => heldVersion.get(send.id, send.version, device.centre_id, device.desk_id) !== undefined),
    allApplications: () => db.prepare<[], { id: string; version: number; body: string }>('SELECT id, version, body FROM applications ORDER BY id').all(),
    receipts: () => db.prepare<[], { application_id: string; version: number }>('SELECT application_id, version FROM receipts').all(),
    close: () => {
      db.close();
    },
  };
}
