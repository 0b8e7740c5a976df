import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { openReadonly, schemaVersion, type Db } from './database';

export type DatabaseHealth = { state: 'ok' } | { state: 'missing' } | { state: 'damaged'; detail: string };

const WAL_HEADER_BYTES = 32;
const WAL_FRAME_HEADER_BYTES = 24;

/**
 * What can be known of a database file at start in milliseconds, whatever its size: that it is
 * whole (no page cut off), that it opens with the store key and its schema reads (a foreign file,
 * or one sealed with another key, does not), that its schema version is one of ours, and that the
 * first page of every table reads. Damage deeper inside is left to the full check, which runs in
 * the background (`checkIntegrity`). `detail` names the failed check or SQLite's error code only.
 */
export function startCheck(file: string, key: Buffer | undefined): DatabaseHealth {
  if (!existsSync(file)) return { state: 'missing' };
  let db: Db | undefined;
  try {
    db = readableWith(file, key);
    const problem = sizeProblem(file, db) ?? schemaProblem(db);
    return problem ? { state: 'damaged', detail: problem } : { state: 'ok' };
  } catch (error) {
    return { state: 'damaged', detail: sqliteCode(error) };
  } finally {
    db?.close();
  }
}

/**
 * A truncated file. With no WAL the file holds exactly `page_count` pages. After a crash the WAL
 * holds the latest commits, and pages the database grew by since the last checkpoint are only
 * there: every page past the end of the file must then be in a committed WAL frame. `page_count`
 * is read with the WAL applied; the WAL's frame headers are not encrypted, only their pages are.
 */
function sizeProblem(file: string, db: Db): string | undefined {
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  const bytes = statSync(file).size;
  if (bytes % pageSize !== 0) return 'file.partial_page';
  const inFile = bytes / pageSize;
  const inWal = committedWalPages(`${file}-wal`, pageSize);
  if (inWal.size === 0) return inFile === pageCount ? undefined : 'file.size_mismatch';
  if (pageCount - inFile > inWal.size) return 'file.truncated';
  for (let page = inFile + 1; page <= pageCount; page += 1) if (!inWal.has(page)) return 'file.truncated';
  return undefined;
}

/**
 * The pages a WAL's committed frames hold, read from frame headers as SQLite's recovery does: the
 * frames of the current generation (their salts match the header's) up to the last commit frame.
 * Frame checksums are not verified here; a torn frame is the full check's to find.
 */
function committedWalPages(walFile: string, pageSize: number): Set<number> {
  const committed = new Set<number>();
  let fd: number;
  try {
    fd = openSync(walFile, 'r');
  } catch {
    return committed;
  }
  try {
    const walBytes = fstatSync(fd).size;
    const header = Buffer.alloc(WAL_HEADER_BYTES);
    if (readSync(fd, header, 0, WAL_HEADER_BYTES, 0) < WAL_HEADER_BYTES) return committed;
    if ((header.readUInt32BE(0) & 0xfffffffe) !== 0x377f0682 || header.readUInt32BE(8) !== pageSize) return committed;
    const pending: number[] = [];
    const frame = Buffer.alloc(WAL_FRAME_HEADER_BYTES);
    for (let offset = WAL_HEADER_BYTES; offset + WAL_FRAME_HEADER_BYTES + pageSize <= walBytes; offset += WAL_FRAME_HEADER_BYTES + pageSize) {
      readSync(fd, frame, 0, WAL_FRAME_HEADER_BYTES, offset);
      if (!frame.subarray(8, 16).equals(header.subarray(16, 24))) break;
      pending.push(frame.readUInt32BE(0));
      if (frame.readUInt32BE(4) !== 0) {
        for (const page of pending) committed.add(page);
        pending.length = 0;
      }
    }
    return committed;
  } finally {
    closeSync(fd);
  }
}

/**
 * Another application's SQLite file, or ours torn at its root. A database never given its schema
 * (a first start cut off before its first migration) is empty and holds nothing to lose. A newer
 * release's version is not damage: `migrate` refuses it untouched, as before.
 */
function schemaProblem(db: Db): string | undefined {
  const version = schemaVersion(db);
  const tables = db.prepare<[], { name: string; sql: string | null }>(`SELECT name, sql FROM sqlite_schema WHERE type = 'table'`).all();
  if (version < 0) return 'schema.foreign';
  if (version === 0) return tables.length === 0 ? undefined : 'schema.foreign';
  if (!tables.some((table) => table.name === 'visits')) return 'schema.foreign';
  for (const { name, sql } of tables) {
    if (sql?.startsWith('CREATE VIRTUAL')) continue;
    // NOT INDEXED: the table's own b-tree, not a covering index's.
    db.prepare(`SELECT 1 FROM "${name.replaceAll('"', '""')}" NOT INDEXED LIMIT 1`).get();
  }
  return undefined;
}

/** Opens a database read-only with the key, or without one: the previous release wrote plain text. */
export function readableWith(file: string, key: Buffer | undefined): Db {
  try {
    return openReadonly(file, key);
  } catch (error) {
    if (!key) throw error;
    try {
      return openReadonly(file, undefined);
    } catch {
      throw error;
    }
  }
}

/**
 * Keeps a read-only connection open on the live database while its writer closes. The last
 * connection to close checkpoints the WAL into the file; with this one still open the writer is not
 * the last, and a read-only connection never checkpoints: a database found damaged is not written
 * to on the way out, and its WAL stays beside it for support. Returns how to let go.
 */
export function holdWal(file: string, key: Buffer | undefined): () => void {
  try {
    const held = openReadonly(file, key);
    return () => held.close();
  } catch {
    // A file that no longer opens at all cannot be held: the writer then closes as it always does.
    return () => undefined;
  }
}

function sqliteCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
}
