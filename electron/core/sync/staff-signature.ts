import { createPublicKey, verify } from 'node:crypto';
import { z } from 'zod';
import type { StaffRole } from '../../../shared/domain/staff';

/**
 * Whether a staff account from the feed may be applied. The feed comes over TLS with the desk's
 * credential, but neither stops a man in the middle with a trusted certificate, nor the central
 * system's own feed carrying what someone else put there; the central system's signature does,
 * checked against the key pinned at enrolment.
 *
 * The rule (docs/sync-protocol.md, "Staff accounts"): an entry that names the role supervisor, or
 * that changes an account that is a supervisor on this desk, must be signed; an operator's entry
 * may come unsigned, as before; a signature that is present is always checked. A signed entry is
 * bound to this desk's centre and to the time it was signed: the same or an older one played back
 * is not applied again.
 */
export type StaffVerdict =
  | { kind: 'apply'; signedAt: string | null }
  | { kind: 'stale' }
  | { kind: 'refused'; reason: 'unsigned' | 'bad_signature' | 'other_centre' | 'no_key' };

/** The entry's fields as the feed carried them, before any trimming or folding of case. */
export type SignedStaffFields = { id: string; login: string; name: string; role: StaffRole; active: boolean; secretHash: string };

const signatureSchema = z.object({
  algorithm: z.literal('Ed25519'),
  centreId: z.string().max(32),
  issuedAt: z.iso.datetime({ offset: true }),
  value: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
});

/** The signed message: each field on its own line (no field may hold a line break), UTF-8. */
function message(centreId: string, issuedAt: string, staff: SignedStaffFields): Buffer | null {
  const lines = ['qabyldau-staff-v1', centreId, issuedAt, staff.id, staff.login, staff.name, staff.role, staff.active ? 'true' : 'false', staff.secretHash];
  return lines.some((line) => /[\r\n]/.test(line)) ? null : Buffer.from(lines.join('\n'), 'utf8');
}

function verifies(centralKey: string, signed: Buffer, value: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(centralKey, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' && verify(null, signed, key, Buffer.from(value, 'base64'));
  } catch {
    return false;
  }
}

export function judgeStaffEntry(
  staff: SignedStaffFields,
  signature: unknown,
  desk: { centralKey: string | null; centreId: string | null; existing?: { role: StaffRole; centralSignedAt: string | null } },
): StaffVerdict {
  const needed = staff.role === 'supervisor' || desk.existing?.role === 'supervisor';
  if (signature === undefined || signature === null || !desk.centralKey) {
    if (!needed) return { kind: 'apply', signedAt: null };
    return { kind: 'refused', reason: signature === undefined || signature === null ? 'unsigned' : 'no_key' };
  }
  const parsed = signatureSchema.safeParse(signature);
  if (!parsed.success) return { kind: 'refused', reason: 'bad_signature' };
  const { centreId, issuedAt, value } = parsed.data;
  const signed = message(centreId, issuedAt, staff);
  if (!signed || !verifies(desk.centralKey, signed, value)) return { kind: 'refused', reason: 'bad_signature' };
  if (centreId !== desk.centreId) return { kind: 'refused', reason: 'other_centre' };
  const signedAt = new Date(issuedAt).toISOString();
  if (desk.existing?.centralSignedAt && signedAt <= desk.existing.centralSignedAt) return { kind: 'stale' };
  return { kind: 'apply', signedAt };
}
