import { describe, expect, it } from 'vitest';
import { regionByKato, regions, settlementOf } from '../../shared/catalogue/regions';
import { fieldsToFill, finishedFieldsSchema, identityDocumentKinds, usualIssuer } from '../../shared/domain/application';

describe('the fields a form must fill', () => {
  it('are the ones that may not be empty, and no optional one', () => {
    const plain = fieldsToFill({ payment: false }, { representative: false, receiverOverridden: false });
    for (const field of ['iin', 'surname', 'givenName', 'idDocumentNumber', 'idDocumentIssuedOn', 'regionKato', 'districtKato', 'street', 'house', 'postalCode', 'phone', 'serviceCode', 'receiverId'] as const) {
      expect(plain.has(field), field).toBe(true);
    }
    for (const field of ['patronymic', 'flat', 'phoneOther', 'email', 'notes', 'iban', 'bankName', 'representativeName', 'receiverOverrideReason'] as const) {
      expect(plain.has(field), field).toBe(false);
    }
  });
  it('grow with the case: a payment, a representative, a receiver chosen against the rule', () => {
    const all = fieldsToFill({ payment: true }, { representative: true, receiverOverridden: true });
    for (const field of ['iban', 'bankName', 'representativeName', 'representativeIin', 'representativeDocumentDate', 'receiverOverrideReason'] as const) expect(all.has(field), field).toBe(true);
    expect(fieldsToFill(undefined, { representative: false, receiverOverridden: false }).has('iban')).toBe(false);
  });
});

describe('what the desk need not type', () => {
  it('a citizen’s own documents name the Ministry of Internal Affairs; a foreigner’s are typed as written', () => {
    expect(usualIssuer['id-card']).toBe('ҚР ІІМ / МВД РК');
    expect(usualIssuer.passport).toBe('ҚР ІІМ / МВД РК');
    for (const kind of identityDocumentKinds) {
      const issuer = usualIssuer[kind];
      if (issuer !== null) expect(finishedFieldsSchema.shape.idDocumentIssuer.safeParse(issuer).success).toBe(true);
    }
  });
  it('a city of republican significance is its own settlement; a region has none to offer', () => {
    expect(settlementOf(regionByKato('710000000'))).toBe('Астана');
    expect(settlementOf(regionByKato('750000000'))).toBe('Алматы');
    expect(settlementOf(regionByKato('790000000'))).toBe('Шымкент');
    expect(regions.filter((region) => settlementOf(region) !== null)).toHaveLength(3);
    expect(settlementOf(regionByKato('190000000'))).toBeNull();
    expect(settlementOf(undefined)).toBeNull();
  });
});
