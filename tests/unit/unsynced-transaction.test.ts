import { describe, expect, it } from 'vitest';
import { unsyncedAtomicallyOn } from '../../electron/core/storage/database';
import { migrations } from '../../electron/core/storage/migrations';
import { databaseAtVersion } from '../support/database-at-version';

describe('a transaction committed without waiting for the disk', () => {
  it('commits its work, runs it unsynced, and leaves every later commit synced, whether the work ends or throws', () => {
    const db = databaseAtVersion(migrations.length);
    db.exec('CREATE TABLE seen (what TEXT)');
    const unsynced = unsyncedAtomicallyOn(db);
    const during = unsynced(() => {
      db.prepare('INSERT INTO seen VALUES (?)').run('a search');
      return db.pragma('synchronous', { simple: true });
    });
    // NORMAL while it ran, FULL again after.
    expect(during).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(() =>
      unsynced(() => {
        db.prepare('INSERT INTO seen VALUES (?)').run('half');
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.prepare('SELECT what FROM seen').pluck().all()).toEqual(['a search']);
  });
});
