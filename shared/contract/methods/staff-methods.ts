import { z } from 'zod';
import { newStaffMemberSchema, sessionViewSchema, signInSecretSchema, staffLoginSchema, staffMemberSchema, staffNameSchema, staffRoles, staffSecretSchema } from '../../domain/staff';
import type { MethodSpec } from '../method-spec';

const staffId = z.uuid({ error: 'validation.staff_id' });
const empty = z.strictObject({});

export const staffMethods = {
  /** Read by the shell to decide between the sign-in screen and the app; not an activity. */
  'session.get': { input: empty, output: sessionViewSchema, errors: [] },
  'session.signIn': {
    input: z.strictObject({ login: staffLoginSchema, secret: signInSecretSchema }),
    output: sessionViewSchema,
    errors: ['session.wrong_credentials', 'session.account_locked'],
  },
  'session.signOut': { input: empty, output: sessionViewSchema, errors: [] },
  /** The operator leaves the desk: the screen locks until they or someone else signs in. */
  'session.lock': { input: empty, output: sessionViewSchema, errors: [] },
  /** The operator is typing or clicking: the idle time starts again. */
  'session.touch': { input: empty, output: sessionViewSchema, errors: [] },
  /** Only on a new workstation, before anyone exists: the first-run wizard's first step. */
  'staff.createFirstSupervisor': {
    input: newStaffMemberSchema.omit({ role: true }),
    output: sessionViewSchema,
    errors: ['staff.already_set_up', 'staff.login_taken'],
  },
  'staff.list': { input: empty, output: z.strictObject({ staff: z.array(staffMemberSchema).max(1000) }), errors: [] },
  'staff.create': { input: newStaffMemberSchema, output: staffMemberSchema, errors: ['staff.login_taken'] },
  'staff.update': {
    input: z.strictObject({ id: staffId, name: staffNameSchema.optional(), role: z.enum(staffRoles).optional(), active: z.boolean().optional() }),
    output: staffMemberSchema,
    errors: ['staff.not_found', 'staff.last_supervisor'],
  },
  /** A supervisor sets a new PIN or password for someone who forgot theirs; it also unlocks the account. */
  'staff.resetSecret': { input: z.strictObject({ id: staffId, secret: staffSecretSchema }), output: staffMemberSchema, errors: ['staff.not_found'] },
  'staff.unlock': { input: z.strictObject({ id: staffId }), output: staffMemberSchema, errors: ['staff.not_found'] },
} as const satisfies Record<string, MethodSpec>;
