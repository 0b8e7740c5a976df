import { z } from 'zod';
import { newStaffMemberSchema, sessionViewSchema, signInSecretSchema, staffLoginSchema, staffMemberSchema, staffNameSchema, staffRoles, staffSecretSchema } from '../../domain/staff';
import type { MethodSpec } from '../method-spec';

const staffId = z.uuid({ error: 'validation.staff_id' });
const empty = z.strictObject({});

export const staffMethods = {
  /** Read by the shell to decide between the sign-in screen and the app; not an activity. */
  'session.get': { input: empty, output: sessionViewSchema },
  'session.signIn': {
    input: z.strictObject({ login: staffLoginSchema, secret: signInSecretSchema }),
    output: sessionViewSchema,
  },
  'session.signOut': { input: empty, output: sessionViewSchema },
  /** The operator leaves the desk: the screen locks until they or someone else signs in. */
  'session.lock': { input: empty, output: sessionViewSchema },
  /** The operator is typing or clicking: the idle time starts again. */
  'session.touch': { input: empty, output: sessionViewSchema },
  /** Only on a new workstation, before anyone exists: the first-run wizard's first step. */
  'staff.createFirstSupervisor': {
    input: newStaffMemberSchema.omit({ role: true }),
    output: sessionViewSchema,
  },
  'staff.list': { input: empty, output: z.strictObject({ staff: z.array(staffMemberSchema).max(1000) }) },
  'staff.create': { input: newStaffMemberSchema, output: staffMemberSchema },
  'staff.update': {
    input: z.strictObject({ id: staffId, name: staffNameSchema.optional(), role: z.enum(staffRoles).optional(), active: z.boolean().optional() }),
    output: staffMemberSchema,
  },
  /** A supervisor sets a new PIN or password for someone who forgot theirs; it also unlocks the account. */
  'staff.resetSecret': { input: z.strictObject({ id: staffId, secret: staffSecretSchema }), output: staffMemberSchema },
  'staff.unlock': { input: z.strictObject({ id: staffId }), output: staffMemberSchema },
} as const satisfies Record<string, MethodSpec>;
