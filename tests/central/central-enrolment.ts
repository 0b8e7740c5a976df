import { createHash, createHmac, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';

/**
 * Enrolment codes and device credentials of the reference central server.
 *
 * A code is issued for one centre and one desk, used once, and expires. The desk sends a request id
 * with it; the same code and request id again (an answer lost on the way) is answered with the same
 * credential, derived from the two with a server secret so that no credential is stored in clear.
 *
 * Credentials expire and rotate: the server asks the desk (the `Central-Credential: rotate` header)
 * to fetch a new one when asked to by the back office or as the old one nears its end. The old one
 * stays valid until the desk first uses the new one (proof it kept it) and a grace period after
 * that; a new credential the desk never used is simply dropped at the next rotation. A revoked
 * device is refused with `Central-Credential: revoked`, an expired credential with `expired`.
 */
export type CredentialPolicy = { lifetimeMs: number; renewBeforeMs: number; graceMs: number };
const DAY = 24 * 60 * 60_000;
export const defaultCredentialPolicy: CredentialPolicy = { lifetimeMs: 90 * DAY, renewBeforeMs: 30 * DAY, graceMs: 10 * 60_000 };
export const defaultCodeLifetimeMs = 7 * DAY;

export type Device = { id: string; centre_id: string; desk_id: string };
export type CredentialSignal = 'rotate' | 'revoked' | 'expired';
export type Authentication = { device: Device; signal?: 'rotate' } | { device?: undefined; signal?: 'revoked' | 'expired' };
export type EnrolmentRequest = { centreId: string; deskId: string; enrolmentCode: string; requestId: string };
type Refusal = { status: 403 | 409 | 410; code: string; message: string };
export type Enrolled = { deviceId: string; credential: string; centreId: string; deskId: string };

type CredentialRow = { hash: string; device_id: string; issued_at: string; expires_at: string; first_used_at: string | null; retires_at: string | null };

const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');
/** What a person may type around a code: spaces, dashes, lower case. */
const normalCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();
const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function serverSecret(dataDir: string): Buffer {
  const path = join(dataDir, 'credential-secret');
  if (!existsSync(path)) writeFileSync(path, randomBytes(32), { mode: 0o600, flag: 'wx' });
  return readFileSync(path);
}

export function openEnrolments(db: Database.Database, dataDir: string, policy: CredentialPolicy) {
  db.exec(`
    CREATE TABLE IF NOT EXISTS enrolment_codes (code_hash TEXT PRIMARY KEY, centre_id TEXT NOT NULL, desk_id TEXT NOT NULL, issued_at TEXT NOT NULL, expires_at TEXT NOT NULL, request_id TEXT, device_id TEXT) STRICT;
    CREATE TABLE IF NOT EXISTS enrolments (code_hash TEXT NOT NULL, request_id TEXT NOT NULL, device_id TEXT NOT NULL, PRIMARY KEY (code_hash, request_id)) STRICT;
    CREATE TABLE IF NOT EXISTS credentials (hash TEXT PRIMARY KEY, device_id TEXT NOT NULL, request_id TEXT NOT NULL, issued_at TEXT NOT NULL, expires_at TEXT NOT NULL, first_used_at TEXT, retires_at TEXT) STRICT;
    CREATE TABLE IF NOT EXISTS device_controls (device_id TEXT PRIMARY KEY, rotate_asked_at TEXT, revoked_at TEXT) STRICT;
  `);
  // Devices enrolled before credentials had a table of their own keep theirs, without an end.
  db.exec(`INSERT OR IGNORE INTO credentials (hash, device_id, request_id, issued_at, expires_at, first_used_at)
           SELECT credential_hash, id, 'v1', enrolled_at, '9999-12-31T00:00:00.000Z', enrolled_at FROM devices`);
  const secret = serverSecret(dataDir);
  const derive = (...parts: string[]) => createHmac('sha256', secret).update(parts.join('\n')).digest('base64url');

  const insertDevice = db.prepare('INSERT INTO devices (id, credential_hash, centre_id, desk_id, enrolled_at) VALUES (?, ?, ?, ?, ?)');
  const deviceById = db.prepare<[string], Device>('SELECT id, centre_id, desk_id FROM devices WHERE id = ?');
  const devicesAt = db.prepare<[string, string], Device>('SELECT id, centre_id, desk_id FROM devices WHERE centre_id = ? COLLATE NOCASE AND desk_id = ? COLLATE NOCASE');
  const insertCredential = db.prepare('INSERT INTO credentials (hash, device_id, request_id, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)');
  const credentialByHash = db.prepare<[string], CredentialRow>('SELECT * FROM credentials WHERE hash = ?');
  const credentialsOf = db.prepare<[string], CredentialRow>('SELECT * FROM credentials WHERE device_id = ?');
  const markUsed = db.prepare('UPDATE credentials SET first_used_at = ? WHERE hash = ?');
  const retire = db.prepare('UPDATE credentials SET retires_at = ? WHERE hash = ?');
  const controlsOf = db.prepare<[string], { rotate_asked_at: string | null; revoked_at: string | null }>('SELECT rotate_asked_at, revoked_at FROM device_controls WHERE device_id = ?');
  const askRotation = db.prepare(`INSERT INTO device_controls (device_id, rotate_asked_at) VALUES (?, ?) ON CONFLICT (device_id) DO UPDATE SET rotate_asked_at = excluded.rotate_asked_at`);
  const rotationDone = db.prepare('UPDATE device_controls SET rotate_asked_at = NULL WHERE device_id = ? AND rotate_asked_at <= ?');
  const revokeDevice = db.prepare(`INSERT INTO device_controls (device_id, revoked_at) VALUES (?, ?) ON CONFLICT (device_id) DO UPDATE SET revoked_at = coalesce(revoked_at, excluded.revoked_at)`);
  const insertCode = db.prepare('INSERT INTO enrolment_codes (code_hash, centre_id, desk_id, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)');
  const codeByHash = db.prepare<[string], { centre_id: string; desk_id: string; expires_at: string; request_id: string | null }>('SELECT * FROM enrolment_codes WHERE code_hash = ?');
  const useCode = db.prepare('UPDATE enrolment_codes SET request_id = ?, device_id = ? WHERE code_hash = ? AND request_id IS NULL');
  const insertEnrolment = db.prepare('INSERT INTO enrolments (code_hash, request_id, device_id) VALUES (?, ?, ?)');
  const enrolmentOf = db.prepare<[string, string], { device_id: string }>('SELECT device_id FROM enrolments WHERE code_hash = ? AND request_id = ?');

  const expiry = (at: Date) => new Date(at.getTime() + policy.lifetimeMs).toISOString();
  /** Usable now: not retired, not expired, the device not revoked. */
  const live = (row: CredentialRow | undefined, at: Date) => row !== undefined && !controlsOf.get(row.device_id)?.revoked_at && (row.retires_at === null || at < new Date(row.retires_at)) && at < new Date(row.expires_at);

  const newDevice = db.transaction((centreId: string, deskId: string, credential: string, requestId: string, at: Date): Enrolled => {
    const deviceId = randomUUID();
    insertDevice.run(deviceId, hashOf(credential), centreId, deskId, at.toISOString());
    insertCredential.run(hashOf(credential), deviceId, requestId, at.toISOString(), expiry(at));
    return { deviceId, credential, centreId, deskId };
  });

  /** A device's first request with a credential: the ones before it retire after the grace period. */
  const firstUse = db.transaction((row: CredentialRow, at: Date) => {
    markUsed.run(at.toISOString(), row.hash);
    for (const other of credentialsOf.all(row.device_id)) {
      if (other.hash === row.hash || other.issued_at > row.issued_at || other.retires_at !== null) continue;
      // One the desk used keeps the grace period for requests already on their way; one it never used goes now.
      retire.run(other.first_used_at ? new Date(at.getTime() + policy.graceMs).toISOString() : at.toISOString(), other.hash);
    }
    rotationDone.run(row.device_id, row.issued_at);
  });

  const refusal = (status: Refusal['status'], code: string, message: string): Refusal => ({ status, code, message });

  return {
    /** A code for one centre and desk, as the back office hands it to a supervisor. */
    issueCode(centreId: string, deskId: string, at: Date, expiresAt = new Date(at.getTime() + defaultCodeLifetimeMs)) {
      const raw = Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
      insertCode.run(hashOf(raw), centreId, deskId, at.toISOString(), expiresAt.toISOString());
      return { code: `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`, centreId, deskId, expiresAt: expiresAt.toISOString() };
    },

    /**
     * `standingCode`: the demo's code any desk may use again and again (npm run central, tests of
     * other things). The central system has none; the codes it issues are bound and single use.
     */
    enrol(request: EnrolmentRequest, at: Date, standingCode?: string): Enrolled | Refusal {
      const codeHash = hashOf(normalCode(request.enrolmentCode));
      const credential = derive('enrol', codeHash, request.requestId);
      const repeat = enrolmentOf.get(codeHash, request.requestId);
      if (repeat) {
        const device = deviceById.get(repeat.device_id)!;
        if (!sameId(device.centre_id, request.centreId) || !sameId(device.desk_id, request.deskId)) return refusal(403, 'enrolment.other_desk', 'The code was issued for another centre or desk');
        // The same answer, as long as what it gave is still the device's to use.
        if (!live(credentialByHash.get(hashOf(credential)), at)) return refusal(409, 'enrolment.used', 'The code was used and its credential has since been replaced');
        return { deviceId: device.id, credential, centreId: device.centre_id, deskId: device.desk_id };
      }
      return db.transaction((): Enrolled | Refusal => {
        if (standingCode !== undefined && normalCode(standingCode) === normalCode(request.enrolmentCode)) {
          const enrolled = newDevice(request.centreId, request.deskId, credential, request.requestId, at);
          insertEnrolment.run(codeHash, request.requestId, enrolled.deviceId);
          return enrolled;
        }
        const code = codeByHash.get(codeHash);
        if (!code) return refusal(403, 'enrolment.refused', 'No such enrolment code');
        if (!sameId(code.centre_id, request.centreId) || !sameId(code.desk_id, request.deskId)) return refusal(403, 'enrolment.other_desk', 'The code was issued for another centre or desk');
        if (code.request_id !== null) return refusal(409, 'enrolment.used', 'The code was already used');
        if (at >= new Date(code.expires_at)) return refusal(410, 'enrolment.expired', 'The code has expired');
        // The centre and desk as the central system wrote them, whatever case the desk typed.
        const enrolled = newDevice(code.centre_id, code.desk_id, credential, request.requestId, at);
        useCode.run(request.requestId, enrolled.deviceId, codeHash);
        insertEnrolment.run(codeHash, request.requestId, enrolled.deviceId);
        return enrolled;
      })();
    },

    /** A device made without a code, for tests that need a credential and nothing else. */
    enrolDirectly: (centreId: string, deskId: string, at: Date) => newDevice(centreId, deskId, randomBytes(32).toString('base64url'), randomUUID(), at),

    authenticate(credential: string, at: Date): Authentication {
      const row = credentialByHash.get(hashOf(credential));
      if (!row) return {};
      const controls = controlsOf.get(row.device_id);
      if (controls?.revoked_at) return { signal: 'revoked' };
      if (row.retires_at !== null && at >= new Date(row.retires_at)) return {};
      if (at >= new Date(row.expires_at)) return { signal: 'expired' };
      if (row.first_used_at === null) firstUse(row, at);
      const device = deviceById.get(row.device_id)!;
      // An old credential in its grace period is not asked to rotate: the desk already has the new one.
      if (row.retires_at !== null) return { device };
      const asked = (controls?.rotate_asked_at && controls.rotate_asked_at >= row.issued_at) || new Date(row.expires_at).getTime() - at.getTime() < policy.renewBeforeMs;
      return asked ? { device, signal: 'rotate' } : { device };
    },

    /** A new credential for the device of `current`; the same request id again answers the same one. */
    renew(device: Device, current: string, requestId: string, at: Date): { credential: string } {
      let credential = derive('renew', device.id, requestId);
      const held = credentialByHash.get(hashOf(credential));
      if (held && live(held, at)) return { credential };
      // The same request id after what it gave was dropped: a fresh credential, not a dead one.
      if (held) credential = derive('renew', device.id, randomUUID());
      db.transaction(() => {
        // A new credential issued before and never used was lost on its way: it goes now.
        for (const other of credentialsOf.all(device.id)) if (other.hash !== hashOf(current) && other.first_used_at === null && other.retires_at === null) retire.run(at.toISOString(), other.hash);
        insertCredential.run(hashOf(credential), device.id, requestId, at.toISOString(), expiry(at));
      })();
      return { credential };
    },

    /** The devices an admin call names: by id, or by centre and desk. */
    devices: (selector: { deviceId?: string; centreId?: string; deskId?: string }): Device[] =>
      selector.deviceId ? [deviceById.get(selector.deviceId)].filter((d): d is Device => d !== undefined) : devicesAt.all(selector.centreId ?? '', selector.deskId ?? ''),
    requestRotation: (deviceId: string, at: Date) => void askRotation.run(deviceId, at.toISOString()),
    revoke: (deviceId: string, at: Date) => void revokeDevice.run(deviceId, at.toISOString()),
    /** Whether a request with this credential would be let in now, without counting as its use. */
    accepts: (credential: string, at: Date) => live(credentialByHash.get(hashOf(credential)), at),
    /** What a test checks: the credentials a device may still use. */
    liveCredentials: (deviceId: string, at: Date) => credentialsOf.all(deviceId).filter((row) => live(row, at)).length,
  };
}
export type Enrolments = ReturnType<typeof openEnrolments>;
export const isRefusal = (answer: Enrolled | Refusal): answer is Refusal => 'status' in answer;
