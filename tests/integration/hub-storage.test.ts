import { createHash, X509Certificate } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HUB_DATABASE_FILE, hubMigrations, openHubDatabase } from '../../electron/hub/storage';
import { CERTIFICATE_FILE, certificateFingerprint, loadOrMakeCertificate, PRIVATE_KEY_FILE } from '../../electron/hub/tls';
import { tempDirForTest } from '../support/temp-dir';
import { openWorkstationDb } from '../support/workstation-files';

/**
 * The hub's released migrations, as digests of their SQL: hubs in the field ran exactly that text.
 * When a release ships, add a row for each hub migration it adds.
 */
const released: [version: number, name: string, sqlSha256: string][] = [[1, 'centre day', '0d892b400fc85e31e6be128839f1a35f4808f4b6dbc7abc1ea28b216e1114681']];

describe('the hub database', () => {
  it('is made from empty by its migrations, encrypted, with durable writes', () => {
    const dir = tempDirForTest('hub-db');
    const database = openHubDatabase(dir);
    expect(database.db.pragma('user_version', { simple: true })).toBe(hubMigrations.at(-1)!.version);
    expect(database.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(database.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = database.db.prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all();
    expect(tables.map((table) => table.name)).toEqual(['bookings', 'checkin_conflicts', 'day_closures', 'devices', 'events', 'no_shows', 'pairing_codes', 'requests', 'settings', 'ticket_counters', 'ticket_events', 'tickets', 'windows']);
    database.close();
    // Opened again, nothing runs twice; the file holds no SQLite header in clear.
    openHubDatabase(dir).close();
    expect(readFileSync(join(dir, HUB_DATABASE_FILE)).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  });

  it('keeps its migrations as released', () => {
    expect(hubMigrations.slice(0, released.length).map((m) => [m.version, m.name, createHash('sha256').update(m.sql).digest('hex')])).toEqual(released);
  });

  it('refuses a database a newer hub wrote, untouched', () => {
    const dir = tempDirForTest('hub-db-newer');
    openHubDatabase(dir).close();
    const db = openWorkstationDb(join(dir, HUB_DATABASE_FILE), dir);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openHubDatabase(dir)).toThrow();
    const again = openWorkstationDb(join(dir, HUB_DATABASE_FILE), dir, { readonly: true });
    expect(again.pragma('user_version', { simple: true })).toBe(99);
    again.close();
  });
});

describe("the hub's certificate", () => {
  it('is made once, self-signed, readable by OpenSSL, its key owner-only, and kept across starts', () => {
    const dir = tempDirForTest('hub-cert');
    const made = loadOrMakeCertificate(dir, 'Qabyldau hub test');
    const certificate = new X509Certificate(made.certificatePem);
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    expect(certificate.subject).toBe('CN=Qabyldau hub test');
    expect(certificateFingerprint(certificate.raw)).toBe(made.fingerprint);
    expect(statSync(join(dir, PRIVATE_KEY_FILE)).mode & 0o077).toBe(0);
    const text = execFileSync('openssl', ['x509', '-in', join(dir, CERTIFICATE_FILE), '-noout', '-text'], { encoding: 'utf8' });
    expect(text).toMatch(/ecdsa-with-SHA256/);
    expect(text).toMatch(/TLS Web Server Authentication/);
    expect(loadOrMakeCertificate(dir, 'Qabyldau hub test').fingerprint).toBe(made.fingerprint);
    // A key that is not the certificate's is refused, not used.
    writeFileSync(join(dir, PRIVATE_KEY_FILE), loadOrMakeCertificate(tempDirForTest('hub-cert-other'), 'x').privateKeyPem);
    expect(() => loadOrMakeCertificate(dir, 'Qabyldau hub test')).toThrow();
  });
});
