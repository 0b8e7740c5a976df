import { z } from 'zod';

/**
 * How a centre's hub is set up by its supervisor: the service groups tickets are numbered in, the
 * windows that serve them, the priority categories served out of turn, and the calling rule.
 */

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/);
const nameSchema = z.string().trim().min(1).max(120).regex(/^[^\p{Cc}]*$/u);

/** A ticket's prefix: one or two capital letters, Cyrillic (Kazakh included) or Latin, e.g. «А». */
export const ticketPrefixSchema = z.string().regex(/^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{1,2}$/u);

export const serviceGroupSchema = z.strictObject({
  id: idSchema,
  prefix: ticketPrefixSchema,
  name: z.strictObject({ kk: nameSchema, ru: nameSchema }),
  /** Service codes of the catalogue this group takes. */
  services: z.array(z.string().regex(/^[a-z0-9-]{2,64}$/)).max(64),
  /** Takes every service no other group lists; at most one group of a centre. */
  fallback: z.boolean(),
});
export type ServiceGroup = z.infer<typeof serviceGroupSchema>;

export const priorityCategorySchema = z.strictObject({ code: idSchema, name: z.strictObject({ kk: nameSchema, ru: nameSchema }) });
export type PriorityCategory = z.infer<typeof priorityCategorySchema>;

/**
 * The classes "call next" takes from, in the centre's order: a ticket transferred to this window,
 * a priority category, a booked citizen whose slot has come, a walk-in. See docs/hub-protocol.md.
 */
export const callingClasses = ['transferred', 'priority', 'booked', 'walk_in'] as const;
export type CallingClass = (typeof callingClasses)[number];

export const callingRuleSchema = z.strictObject({
  order: z
    .array(z.enum(callingClasses))
    .length(callingClasses.length)
    .refine((order) => new Set(order).size === order.length, 'each class once'),
  /** A booked citizen may be called this many minutes before the slot; 0: not before it. */
  earlyMinutes: z.number().int().min(0).max(240),
  /** Calls without the citizen coming after which "not here" sets the ticket aside. */
  callsBeforeSetAside: z.number().int().min(1).max(10),
});
export type CallingRule = z.infer<typeof callingRuleSchema>;

export const defaultCallingRule: CallingRule = {
  order: ['transferred', 'priority', 'booked', 'walk_in'],
  earlyMinutes: 0,
  callsBeforeSetAside: 3,
};

export const centreConfigSchema = z
  .strictObject({
    centreName: nameSchema,
    groups: z.array(serviceGroupSchema).min(1).max(26),
    priorityCategories: z.array(priorityCategorySchema).max(16),
    rule: callingRuleSchema,
  })
  .refine((config) => new Set(config.groups.map((group) => group.id)).size === config.groups.length, { message: 'group ids repeat', path: ['groups'] })
  .refine((config) => new Set(config.groups.map((group) => group.prefix)).size === config.groups.length, { message: 'prefixes repeat', path: ['groups'] })
  .refine((config) => config.groups.filter((group) => group.fallback).length <= 1, { message: 'one fallback group at most', path: ['groups'] })
  .refine((config) => {
    const services = config.groups.flatMap((group) => group.services);
    return new Set(services).size === services.length;
  }, { message: 'a service in two groups', path: ['groups'] });
export type CentreConfig = z.infer<typeof centreConfigSchema>;

/** What a hub starts with until its supervisor sets the centre up: one group for every service. */
export const defaultCentreConfig: CentreConfig = {
  centreName: 'ХҚКО',
  groups: [{ id: 'general', prefix: 'А', name: { kk: 'Жалпы қызметтер', ru: 'Общие услуги' }, services: [], fallback: true }],
  priorityCategories: [],
  rule: defaultCallingRule,
};

export const windowSchema = z.strictObject({
  id: idSchema,
  label: nameSchema,
  /** The service groups this window serves; "call next" takes only from them. */
  groups: z.array(idSchema).min(1).max(26),
});
export type HubWindow = z.infer<typeof windowSchema>;

export const hubIdSchema = idSchema;

/** The group a service's tickets are numbered in, or null when no group takes it. */
export function groupOfService(groups: readonly ServiceGroup[], service: string): ServiceGroup | null {
  return groups.find((group) => group.services.includes(service)) ?? groups.find((group) => group.fallback) ?? null;
}
