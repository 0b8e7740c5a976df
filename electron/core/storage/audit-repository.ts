import { createHash } from 'node:crypto';
import type { AuditAction, AuditEntry, AuditVerdict } from '../../../shared/domain/audit';
import type { Db } from './database';

export type NewAuditEntry = Omit<AuditEntry, 'seq'>;

export type AuditRepository = {
  /** Appends one row chained to the last; call inside the transaction of the change it records. */
  append(entry: NewAuditEntry): AuditEntry;
  /** Newest first, `limit` rows older than `beforeSeq` when given. */
  list(options: { beforeSeq?: number; limit: number }): AuditEntry[];
  verify(): AuditVerdict;
};

type Row = {
  seq: number;
  at: string;
  actor: string;
  action: string;
  record_kind: string | null;
  record_id: string | null;
  detail: string | null;
  prev_hash: string;
  hash: string;
};

const GENESIS_HASH = '0'.repeat(64);

/** The hash of a row covers every column but itself, and the hash of the row before. */
function rowHash(row: Omit<Row, 'hash'>): string {
  const fields = [row.seq, row.at, row.actor, row.action, row.record_kind, row.record_id, row.detail, row.prev_hash];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

function toEntry(row: Row): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action as AuditAction,
    recordKind: row.record_kind,
    recordId: row.record_id,
    detail: row.detail === null ? null : (JSON.parse(row.detail) as AuditEntry['detail']),
  };
}

export function createAuditRepository(db: Db): AuditRepository {
  const last = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare(
    `INSERT INTO audit_log (seq, at, actor, action, record_kind, record_id, detail, prev_hash, hash)
     VALUES (@seq, @at, @actor, @action, @record_kind, @record_id, @detail, @prev_hash, @hash)`,
  );
  const newest = db.prepare<[number, number], Row>('SELECT * FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?');
  const all = db.prepare<[], Row>('SELECT * FROM audit_log ORDER BY seq');
  // The chain's end is also kept beside it, so removing the newest rows is caught too.
  const readHead = db.prepare<[], { value: string }>(`SELECT value FROM settings WHERE key = 'audit.head'`);
  const writeHead = db.prepare(
    `INSERT INTO settings (key, value) VALUES ('audit.head', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  return {
    append(entry) {
      const previous = last.get();
      const row = {
        seq: (previous?.seq ?? 0) + 1,
        at: entry.at,
        actor: entry.actor,
        action: entry.action,
        record_kind: entry.recordKind,
        record_id: entry.recordId,
        detail: entry.detail === null ? null : JSON.stringify(entry.detail),
        prev_hash: previous?.hash ?? GENESIS_HASH,
      };
      const hash = rowHash(row);
      insert.run({ ...row, hash });
      writeHead.run(`${row.seq}:${hash}`);
      return { seq: row.seq, ...entry };
    },
    list: ({ beforeSeq = Number.MAX_SAFE_INTEGER, limit }) => newest.all(beforeSeq, limit).map(toEntry),
    verify() {
      // Sequence numbers are dense from 1: a removed row shows as a gap even if the rows around
      // it were re-hashed, as long as the chain's end is not also rewritten.
      let expectedSeq = 1;
      let previousHash = GENESIS_HASH;
      let rows = 0;
      for (const row of all.iterate()) {
        rows += 1;
        const { hash, ...rest } = row;
        if (row.seq !== expectedSeq || row.prev_hash !== previousHash || rowHash(rest) !== hash) {
          return { rows, intact: false, firstBrokenSeq: row.seq };
        }
        expectedSeq += 1;
        previousHash = hash;
      }
      const head = readHead.get()?.value ?? `0:${GENESIS_HASH}`;
      if (head !== `${expectedSeq - 1}:${previousHash}`) return { rows, intact: false, firstBrokenSeq: expectedSeq };
      return { rows, intact: true, firstBrokenSeq: null };
    },
  };
}
