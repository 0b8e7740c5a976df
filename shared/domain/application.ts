import { z } from 'zod';
import { districtByKato, receiverFor } from '../catalogue/receivers';
import { regionByKato } from '../catalogue/regions';
import type { Service, ServiceCatalogue } from '../catalogue/catalogue';
import { checkKazakhIban } from './bank-account';
import { checkIin } from './iin';
import { normalizeMobilePhone, normalizePhone } from './phone';
import { checkPostalCode } from './postal-code';

/**
 * The application form's fields, flat as the form holds them. A draft keeps whatever the operator
 * has typed so far (bounded strings, nothing checked); finishing checks every rule.
 */
const fieldLimits = {
  iin: 12,
  surname: 100,
  givenName: 100,
  patronymic: 100,
  idDocumentKind: 32,
  idDocumentNumber: 20,
  idDocumentIssuedOn: 10,
  idDocumentIssuer: 120,
  regionKato: 9,
  districtKato: 9,
  settlement: 120,
  street: 160,
  house: 20,
  flat: 20,
  postalCode: 7,
  phone: 32,
  phoneOther: 32,
  email: 254,
  serviceCode: 64,
  receiverId: 32,
  receiverOverrideReason: 500,
  iban: 40,
  bankName: 160,
  representativeName: 200,
  representativeIin: 12,
  representativeDocument: 120,
  representativeDocumentNumber: 40,
  representativeDocumentDate: 10,
  notes: 2000,
} as const;

/** The documents that prove identity at a centre; the statement prints the kind with its number. */
export const identityDocumentKinds = ['id-card', 'passport', 'residence-permit', 'stateless-certificate'] as const;
export type IdentityDocumentKind = (typeof identityDocumentKinds)[number];

/**
 * The issuer a citizen's own document carries, so the desk need not type it: ID cards and
 * passports are issued by the Ministry of Internal Affairs and print «ҚР ІІМ / МВД РК» (MVD order
 * No. 532 of 30.06.2023, reg. No. 32971, adilet.zan.kz/kaz/docs/V2300032971; cards from the
 * Ministry of Justice, before December 2014, have all expired). The operator still reads it back.
 */
export const usualIssuer: Readonly<Record<IdentityDocumentKind, string | null>> = {
  'id-card': 'ҚР ІІМ / МВД РК',
  passport: 'ҚР ІІМ / МВД РК',
  'residence-permit': null,
  'stateless-certificate': null,
};

/** Fields that belong to a representative; any one filled in means someone applies for the citizen. */
export const representativeFields = ['representativeName', 'representativeIin', 'representativeDocument', 'representativeDocumentNumber', 'representativeDocumentDate'] as const;

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

const iinField = z.string().superRefine((value, ctx) => {
  const result = checkIin(value);
  if (!result.ok) ctx.addIssue({ code: 'custom', message: `validation.iin_${result.rule}` });
});
const mobilePhone = z.string().transform((value, ctx) => {
  const result = normalizeMobilePhone(value);
  if (result.ok) return result.phone;
  ctx.addIssue({ code: 'custom', message: `validation.${result.rule}` });
  return z.NEVER;
});

type Check = (value: string) => { ok: true; value: string } | { ok: false; message: string };

/**
 * An optional field with rules: empty stays empty, anything typed must pass, with the rule's own
 * message (a union with '' would hide it behind a generic one).
 */
const optionalChecked = (check: Check) =>
  z
    .string()
    .optional()
    .default('')
    .transform((value, ctx) => {
      if (value.trim() === '') return '';
      const result = check(value);
      if (result.ok) return result.value;
      ctx.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    });

const ibanCheck: Check = (value) => {
  const result = checkKazakhIban(value);
  return result.ok ? { ok: true, value: result.iban } : { ok: false, message: `validation.${result.rule}` };
};
const phoneCheck: Check = (value) => {
  const result = normalizePhone(value);
  return result.ok ? { ok: true, value: result.phone } : { ok: false, message: `validation.${result.rule}` };
};
const dateCheck: Check = (value) => (z.iso.date().safeParse(value).success ? { ok: true, value } : { ok: false, message: 'validation.date' });
const iinCheck: Check = (value) => {
  const result = checkIin(value);
  return result.ok ? { ok: true, value } : { ok: false, message: `validation.iin_${result.rule}` };
};

export const finishedFieldsSchema = z.strictObject({
  iin: iinField,
  surname: personName(fieldLimits.surname),
  givenName: personName(fieldLimits.givenName),
  patronymic: z.union([z.literal(''), personName(fieldLimits.patronymic)]).optional().default(''),
  idDocumentKind: z.enum(identityDocumentKinds, { error: 'validation.required' }),
  idDocumentNumber: required(fieldLimits.idDocumentNumber).regex(/^[\p{L}\d -]+$/u, { error: 'validation.document_number' }),
  idDocumentIssuedOn: z.iso.date({ error: 'validation.date' }),
  idDocumentIssuer: required(fieldLimits.idDocumentIssuer),
  regionKato: z.string().refine((kato) => regionByKato(kato) !== undefined, { error: 'validation.region' }),
  districtKato: z.string().regex(/^\d{9}$/, { error: 'validation.district' }),
  settlement: required(fieldLimits.settlement),
  street: required(fieldLimits.street),
  house: required(fieldLimits.house),
  flat: optionalText(fieldLimits.flat),
  postalCode: z.string().transform((value, ctx) => {
    const result = checkPostalCode(value);
    if (result.ok) return result.postalCode;
    ctx.addIssue({ code: 'custom', message: 'validation.postal_code' });
    return z.NEVER;
  }),
  phone: mobilePhone,
  phoneOther: optionalChecked(phoneCheck),
  email: z.union([z.literal(''), z.email({ error: 'validation.email' }).max(fieldLimits.email)]).optional().default(''),
  serviceCode: required(fieldLimits.serviceCode),
  receiverId: required(fieldLimits.receiverId),
  receiverOverrideReason: optionalText(fieldLimits.receiverOverrideReason),
  iban: optionalChecked(ibanCheck),
  bankName: optionalText(fieldLimits.bankName),
  representativeName: optionalText(fieldLimits.representativeName),
  representativeIin: optionalChecked(iinCheck),
  representativeDocument: optionalText(fieldLimits.representativeDocument),
  representativeDocumentNumber: optionalText(fieldLimits.representativeDocumentNumber),
  representativeDocumentDate: optionalChecked(dateCheck),
  notes: optionalText(fieldLimits.notes),
});
export type FinishedFields = z.infer<typeof finishedFieldsSchema>;

export type FieldProblem = { field: ApplicationField; message: string };
export type ReceiverCheck = { ok: true; overridden: boolean } | ({ ok: false } & FieldProblem);

/**
 * The rules between fields that the catalogue decides: the district belongs to the region; a
 * payment service has the bank account; a representative is described whole.
 */
export function crossFieldProblems(catalogue: Pick<ServiceCatalogue, 'districts'>, service: Service | undefined, fields: FinishedFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const district = districtByKato(catalogue, fields.districtKato);
  if (!district || district.kato.slice(0, 2) !== fields.regionKato.slice(0, 2)) problems.push({ field: 'districtKato', message: 'validation.district' });
  if (service?.payment) {
    if (fields.iban === '') problems.push({ field: 'iban', message: 'validation.iban_required' });
    if (fields.bankName === '') problems.push({ field: 'bankName', message: 'validation.required' });
  }
  if (representativeFields.some((field) => fields[field] !== '')) {
    for (const field of representativeFields) if (fields[field] === '') problems.push({ field, message: 'validation.required' });
    if (fields.representativeIin !== '' && fields.representativeIin === fields.iin) problems.push({ field: 'representativeIin', message: 'validation.representative_is_applicant' });
  }
  return problems;
}

/**
 * The receiver must be the one the rule picks for the service and the registration address,
 * unless the operator overrides it and says why.
 */
export function checkReceiver(catalogue: Pick<ServiceCatalogue, 'districts'>, service: Service | undefined, fields: FinishedFields): ReceiverCheck {
  if (!service || !service.active) return { ok: false, field: 'serviceCode', message: 'validation.service' };
  const expected = receiverFor(catalogue, service, fields.regionKato, fields.districtKato);
  if (!expected) return { ok: false, field: service.receiverType === 'esp' ? 'districtKato' : 'regionKato', message: 'validation.receiver_unknown' };
  if (expected.id === fields.receiverId) return { ok: true, overridden: false };
  if (!/^(gfc|esp)-\d{9}$/.test(fields.receiverId)) return { ok: false, field: 'receiverId', message: 'validation.receiver' };
  if (fields.receiverOverrideReason === '') {
    return { ok: false, field: 'receiverOverrideReason', message: 'validation.override_reason_required' };
  }
  return { ok: true, overridden: true };
}

/** The fields a form must fill before it can finish: those never empty, and those the case adds. */
export function fieldsToFill(service: Pick<Service, 'payment'> | undefined, shown: { representative: boolean; receiverOverridden: boolean }): ReadonlySet<ApplicationField> {
  const always = applicationFields.filter((field) => !finishedFieldsSchema.shape[field].safeParse('').success);
  return new Set<ApplicationField>([
    ...always,
    ...(service?.payment ? (['iban', 'bankName'] as const) : []),
    ...(shown.representative ? representativeFields : []),
    ...(shown.receiverOverridden ? (['receiverOverrideReason'] as const) : []),
  ]);
}

export function fullNameOf(fields: Pick<ApplicationDraft, 'surname' | 'givenName' | 'patronymic'>): string {
  return [fields.surname, fields.givenName, fields.patronymic].map((part) => part?.trim()).filter(Boolean).join(' ');
}
