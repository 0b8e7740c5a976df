import type { HubEventName } from '../../../shared/hub';
import type { Db } from '../../core/storage';

export type StoredEvent = { seq: number; type: HubEventName; payload: string };

/**
 * The log of what the hub told its desks, written in the same transaction as the change it tells
 * of: a desk that resumes from an event id reads exactly what it missed, and nothing a crash undid.
 */
export function createEventStore(db: Db) {
  const append = db.prepare<[string, string, string]>('INSERT INTO events (type, payload, at) VALUES (?, ?, ?)');
  const after = db.prepare<[number, number], StoredEvent>('SELECT seq, type, payload FROM events WHERE seq > ? ORDER BY seq LIMIT ?');
  const last = db.prepare<[], { seq: number | null }>('SELECT max(seq) AS seq FROM events');
  return {
    append: (type: HubEventName, payload: unknown, at: string) => Number(append.run(type, JSON.stringify(payload), at).lastInsertRowid),
    after: (seq: number, limit: number) => after.all(seq, limit),
    lastSeq: () => last.get()?.seq ?? 0,
  };
}
export type EventStore = ReturnType<typeof createEventStore>;
