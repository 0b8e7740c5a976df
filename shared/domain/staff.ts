import { z } from 'zod';

/**
 * Who works at the desk. An operator receives citizens; a supervisor also runs the workstation
 * (settings, backups, staff accounts, the audit log). Every supervisor can do what an operator can.
 */
export const staffRoles = ['operator', 'supervisor'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Failed sign-ins in a row that lock an account, and for how long, unless a supervisor unlocks it. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

export const staffLoginSchema = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .regex(/^[A-Za-z0-9._-]{3,40}$/, { error: 'validation.staff_login' })
  .transform((login) => login.toLowerCase());

export const staffNameSchema = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(120, { error: 'validation.too_long' })
  .regex(/^[^\p{Cc}]*$/u, { error: 'validation.control_characters' });

/**
 * A PIN of at least 6 digits, or a password of at least 10 characters. Never trimmed: what the
 * person typed is what is hashed.
 */
export const staffSecretSchema = z
  .string({ error: 'validation.required' })
  .min(1, { error: 'validation.required' })
  .max(200, { error: 'validation.too_long' })
  .refine((secret) => (/^\d+$/.test(secret) ? secret.length >= 6 : secret.length >= 10), { error: 'validation.staff_secret' });

/** Typed at sign-in: checked against the hash, so only its length is limited here. */
export const signInSecretSchema = z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(200, { error: 'validation.too_long' });

export const staffMemberSchema = z.strictObject({
  id: z.uuid(),
  login: z.string().max(40),
  name: z.string().max(120),
  role: z.enum(staffRoles),
  active: z.boolean(),
  /** Until when repeated failed sign-ins keep the account locked; null when it is not. */
  lockedUntil: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const newStaffMemberSchema = z.strictObject({
  login: staffLoginSchema,
  name: staffNameSchema,
  role: z.enum(staffRoles),
  secret: staffSecretSchema,
});
export type NewStaffMember = z.infer<typeof newStaffMemberSchema>;

/**
 * The desk's session. `locked` keeps who was signed in (the idle time ran out or Windows locked the
 * screen): they, or another member of staff, sign in again without restarting the app.
 */
const sessionStates = ['signed_out', 'active', 'locked'] as const;
export const sessionViewSchema = z.strictObject({
  state: z.enum(sessionStates),
  staff: z.strictObject({ id: z.uuid(), login: z.string().max(40), name: z.string().max(120), role: z.enum(staffRoles) }).nullable(),
  /** False on a new workstation: the first-run wizard creates the first supervisor. */
  staffExists: z.boolean(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

/**
 * A scrypt hash as the desk stores it: `scrypt$N$r$p$salt$key`. Bounds keep a hash from the
 * central system from asking for more memory or time than a sign-in may take.
 */
const staffSecretHashSchema = z
  .string()
  .regex(/^scrypt\$(16384|32768|65536|131072)\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);

/** An account the central system provisions: the same account each time by its id. */
export const provisionedStaffSchema = z.strictObject({
  id: z.uuid(),
  login: staffLoginSchema,
  name: staffNameSchema,
  role: z.enum(staffRoles),
  active: z.boolean(),
  secretHash: staffSecretHashSchema,
});
export type ProvisionedStaff = z.infer<typeof provisionedStaffSchema>;
