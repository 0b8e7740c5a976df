import { z } from 'zod';
import { receiverFor } from '../catalogue/receivers';
import { regionByKato } from '../catalogue/regions';
import type { Service } from '../catalogue/catalogue';
import { checkIin } from './iin';
import { normalizeMobilePhone } from './phone';

/**
 * The application form's fields, flat as the form holds them. A draft keeps whatever the operator
 * has typed so far (bounded strings, nothing checked); finishing checks every rule.
 */
const fieldLimits = {
  iin: 12,
  surname: 100,
  givenName: 100,
  patronymic: 100,
  regionKato: 9,
  district: 120,
  settlement: 120,
  street: 160,
  house: 20,
  flat: 20,
  postalCode: 6,
  phone: 32,
  email: 254,
  serviceCode: 64,
  receiverId: 32,
  receiverOverrideReason: 500,
  notes: 2000,
} as const;

export type ApplicationField = keyof typeof fieldLimits;
export const applicationFields = Object.keys(fieldLimits) as ApplicationField[];

const bounded = (max: number) => z.string().max(max, { error: 'validation.too_long' });

export const applicationDraftSchema = z.strictObject(
  Object.fromEntries(applicationFields.map((field) => [field, bounded(fieldLimits[field]).optional()])) as {
    [F in ApplicationField]: z.ZodOptional<z.ZodString>;
  },
);
export type ApplicationDraft = z.infer<typeof applicationDraftSchema>;

const required = (max: number) => bounded(max).trim().min(1, { error: 'validation.required' });
const optionalText = (max: number) => bounded(max).trim().optional().default('');
// Letters of the Kazakh, Russian and Latin alphabets, with hyphen, apostrophe and spaces.
const personName = (max: number) => required(max).regex(/^[\p{L}][\p{L}' -]*$/u, { error: 'validation.person_name' });

export const finishedFieldsSchema = z.strictObject({
  iin: z.string().superRefine((value, ctx) => {
    const result = checkIin(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: `validation.iin_${result.rule}` });
  }),
  surname: personName(fieldLimits.surname),
  givenName: personName(fieldLimits.givenName),
  patronymic: z.union([z.literal(''), personName(fieldLimits.patronymic)]).optional().default(''),
  regionKato: z.string().refine((kato) => regionByKato(kato) !== undefined, { error: 'validation.region' }),
  district: optionalText(fieldLimits.district),
  settlement: required(fieldLimits.settlement),
  street: required(fieldLimits.street),
  house: required(fieldLimits.house),
  flat: optionalText(fieldLimits.flat),
  postalCode: z.string().regex(/^\d{6}$/, { error: 'validation.postal_code' }),
  phone: z.string().transform((value, ctx) => {
    const result = normalizeMobilePhone(value);
    if (result.ok) return result.phone;
    ctx.addIssue({ code: 'custom', message: `validation.${result.rule}` });
    return z.NEVER;
  }),
  email: z.union([z.literal(''), z.email({ error: 'validation.email' }).max(fieldLimits.email)]).optional().default(''),
  serviceCode: required(fieldLimits.serviceCode),
  receiverId: required(fieldLimits.receiverId),
  receiverOverrideReason: optionalText(fieldLimits.receiverOverrideReason),
  notes: optionalText(fieldLimits.notes),
});
export type FinishedFields = z.infer<typeof finishedFieldsSchema>;

export type ReceiverCheck = { ok: true; overridden: boolean } | { ok: false; field: ApplicationField; message: string };

/**
 * The receiver must be the one the rule picks for the service and the registration region,
 * unless the operator overrides it and says why.
 */
export function checkReceiver(service: Service | undefined, fields: FinishedFields): ReceiverCheck {
  if (!service || !service.active) return { ok: false, field: 'serviceCode', message: 'validation.service' };
  const expected = receiverFor(service, fields.regionKato);
  if (!expected) return { ok: false, field: 'regionKato', message: 'validation.region' };
  if (expected.id === fields.receiverId) return { ok: true, overridden: false };
  if (!/^(gfc|esp)-\d{9}$/.test(fields.receiverId)) return { ok: false, field: 'receiverId', message: 'validation.receiver' };
  if (fields.receiverOverrideReason === '') {
    return { ok: false, field: 'receiverOverrideReason', message: 'validation.override_reason_required' };
  }
  return { ok: true, overridden: true };
}

export function fullNameOf(fields: Pick<ApplicationDraft, 'surname' | 'givenName' | 'patronymic'>): string {
  return [fields.surname, fields.givenName, fields.patronymic].map((part) => part?.trim()).filter(Boolean).join(' ');
}
