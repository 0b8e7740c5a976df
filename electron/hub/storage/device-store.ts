import type { HubRole } from '../../../shared/hub';
import type { Db } from '../../core/storage';

type DeviceRow = { id: string; name: string; role: HubRole; secret_sha256: Buffer; paired_at: string; revoked_at: string | null };
export type Device = { id: string; name: string; role: HubRole; secretSha256: Buffer; pairedAt: string; revokedAt: string | null };

const device = (row: DeviceRow): Device => ({ id: row.id, name: row.name, role: row.role, secretSha256: row.secret_sha256, pairedAt: row.paired_at, revokedAt: row.revoked_at });

/** Paired desks and displays (a credential's hash, never the credential) and the pairing codes. */
export function createDeviceStore(db: Db) {
  const byId = db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE id = ?');
  const all = db.prepare<[], DeviceRow>('SELECT * FROM devices ORDER BY paired_at, id');
  const upsert = db.prepare<[string, string, HubRole, Buffer, string]>(
    `INSERT INTO devices (id, name, role, secret_sha256, paired_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET secret_sha256 = excluded.secret_sha256, revoked_at = NULL`,
  );
  const revoke = db.prepare<[string, string]>('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');
  const addCode = db.prepare<[string, HubRole, string, string]>('INSERT INTO pairing_codes (code, role, created_at, expires_at) VALUES (?, ?, ?, ?)');
  const liveCodes = db.prepare<[string], { code: string; role: HubRole }>('SELECT code, role FROM pairing_codes WHERE used_by IS NULL AND expires_at > ? ORDER BY created_at');
  const useCode = db.prepare<[string, string, string]>('UPDATE pairing_codes SET used_by = ? WHERE code = ? AND used_by IS NULL AND expires_at > ?');
  const voidCodes = db.prepare<[string, string]>('UPDATE pairing_codes SET expires_at = ? WHERE used_by IS NULL AND expires_at > ?');
  return {
    byId: (id: string): Device | null => {
      const row = byId.get(id);
      return row ? device(row) : null;
    },
    all: (): Device[] => all.all().map(device),
    /** A new device, or a new secret for one already known (the hub's own admin credential). */
    put: (id: string, name: string, role: HubRole, secretSha256: Buffer, at: string) => void upsert.run(id, name, role, secretSha256, at),
    revoke: (id: string, at: string) => revoke.run(at, id).changes === 1,
    addCode: (code: string, role: HubRole, at: string, expiresAt: string) => void addCode.run(code, role, at, expiresAt),
    liveCodes: (now: string) => liveCodes.all(now),
    /** True when the code was still unused and alive: only one desk pairs with a code. */
    useCode: (code: string, deviceId: string, now: string) => useCode.run(deviceId, code, now).changes === 1,
    voidLiveCodes: (now: string) => void voidCodes.run(now, now),
  };
}
export type DeviceStore = ReturnType<typeof createDeviceStore>;
