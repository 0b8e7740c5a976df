import { v7 as uuidv7 } from 'uuid';
import { afterAll, describe, expect, it } from 'vitest';
import { openCoreClient } from '../support/core-client';
import { completeFields } from '../support/finished-application';
import { tempDir } from '../support/temp-dir';

let clock = new Date(2026, 10, 25, 9, 0).getTime();
const { core, api } = openCoreClient({ dataDir: tempDir('applications'), now: () => new Date((clock += 1000)) });
afterAll(() => core.close());

const complete = completeFields;

async function walkIn(name: string) {
  return api.call('visits.logWalkIn', { id: uuidv7(), citizenName: name });
}

describe('application', () => {
  it('saves drafts as typed, starts the service, and derives birth date and sex from the IIN', async () => {
    const visit = await walkIn('Нұрғалиева Айгүл');
    const id = uuidv7();
    const first = await api.call('applications.saveDraft', { id, visitId: visit.id, fields: { iin: '8812', surname: 'Нұр' } });
    expect(first.application).toMatchObject({ state: 'draft', birthDate: null, fields: { iin: '8812' } });
    expect((await api.call('visits.get', { id: visit.id })).visit.status).toBe('in_service');
    const second = await api.call('applications.saveDraft', { id, visitId: visit.id, fields: { ...complete } });
    expect(second.application).toMatchObject({ birthDate: '1988-12-24', sex: 'female', createdAt: first.application.createdAt });
    // Another visit cannot take this application over.
    const other = await walkIn('Басқа');
    await expect(api.call('applications.saveDraft', { id, visitId: other.id, fields: {} })).rejects.toMatchObject({
      code: 'application.visit_mismatch',
    });
  });

  it('finishes only a complete application, naming each field at fault, then locks it', async () => {
    const visit = await walkIn('Нұрғалиева Айгүл');
    const id = uuidv7();
    await api.call('applications.saveDraft', { id, visitId: visit.id, fields: complete });
    await expect(api.call('statements.export', { visitId: visit.id, purpose: 'print' })).rejects.toMatchObject({
      code: 'application.not_finished',
    });
    const broken = { ...complete, iin: '881224400008', phone: '+7 7172 55 66 77', postalCode: '0100', surname: 'R2D2' };
    const refused = await api.call('applications.finish', { id, fields: broken }).catch((error: unknown) => error);
    expect(refused).toMatchObject({
      code: 'contract.invalid_input',
      issues: expect.arrayContaining([
        { path: ['fields', 'iin'], message: 'validation.iin_checksum' },
        { path: ['fields', 'phone'], message: 'validation.phone_not_mobile' },
        { path: ['fields', 'postalCode'], message: 'validation.postal_code' },
        { path: ['fields', 'surname'], message: 'validation.person_name' },
      ]),
    });
    const { application } = await api.call('applications.finish', { id, fields: complete });
    expect(application).toMatchObject({ state: 'finished', version: 1, receiverOverridden: false, fields: { phone: '+7 701 234 56 78' } });
    await expect(api.call('applications.saveDraft', { id, visitId: visit.id, fields: complete })).rejects.toMatchObject({
      code: 'application.locked',
    });
    await expect(api.call('applications.finish', { id, fields: complete })).rejects.toMatchObject({ code: 'application.locked' });
    await api.call('statements.export', { visitId: visit.id, purpose: 'print' });
    expect((await api.call('visits.get', { id: visit.id })).visit.status).toBe('statement_printed');
  });

  it('takes the receiver the rule picks, and another only with a recorded reason', async () => {
    const visit = await walkIn('Өтепов Ұлан');
    const id = uuidv7();
    const fields = { ...complete, iin: '750228300005', surname: 'Өтепов', givenName: 'Ұлан', serviceCode: 'targeted-social-assistance' };
    await api.call('applications.saveDraft', { id, visitId: visit.id, fields });
    // The age pension's receiver is the GfC branch; targeted assistance goes to the district's ESP body.
    await expect(api.call('applications.finish', { id, fields })).rejects.toMatchObject({
      issues: [{ path: ['fields', 'receiverOverrideReason'], message: 'validation.override_reason_required' }],
    });
    const overridden = { ...fields, receiverOverrideReason: 'Registered in Astana, lives in Almaty; branch agreed by phone' };
    const { application } = await api.call('applications.finish', { id, fields: overridden });
    expect(application.receiverOverridden).toBe(true);
    const chosen = { ...fields, receiverId: `esp-${fields.districtKato}` };
    const other = uuidv7();
    await api.call('applications.saveDraft', { id: other, visitId: (await walkIn('Өтепов Ұлан')).id, fields: chosen });
    expect((await api.call('applications.finish', { id: other, fields: chosen })).application.receiverOverridden).toBe(false);
  });

  it('shows an open application of the same citizen for the same service before a duplicate is made', async () => {
    const existing = await api.call('search.visits', { text: '881224' });
    expect(existing.visits.length).toBeGreaterThan(0);
    const visit = await walkIn('Нұрғалиева Айгүл');
    const { duplicates } = await api.call('applications.saveDraft', { id: uuidv7(), visitId: visit.id, fields: complete });
    expect(duplicates.length).toBe(2);
    const { duplicates: none } = await api.call('applications.saveDraft', {
      id: uuidv7(),
      visitId: (await walkIn('Нұрғалиева Айгүл')).id,
      fields: { ...complete, serviceCode: 'maternity-income-loss' },
    });
    expect(none).toEqual([]);
  });

  it('changes a finished application only through a recorded correction, which sends the visit back to service', async () => {
    const visit = await walkIn('Ғабитов Ірина');
    const id = uuidv7();
    const fields = { ...complete, iin: '050101500000', surname: 'Ғабитов', givenName: 'Ірина' };
    await api.call('applications.saveDraft', { id, visitId: visit.id, fields });
    await api.call('applications.finish', { id, fields });
    await api.call('statements.export', { visitId: visit.id, purpose: 'print' });
    const corrected = await api.call('applications.correct', { id, reason: 'house number misheard', fields: { ...fields, house: '13' } });
    expect(corrected.application).toMatchObject({ version: 2, state: 'finished', fields: { house: '13' } });
    const { visit: after, events } = await api.call('visits.get', { id: visit.id });
    expect(after.status).toBe('in_service');
    expect(events.at(-1)).toMatchObject({ from: 'statement_printed', to: 'in_service', cause: 'application_corrected', reason: null });
    await expect(api.call('applications.correct', { id, reason: ' ', fields })).rejects.toMatchObject({ code: 'contract.invalid_input' });
  });
});

describe('search', () => {
  it('finds visits by a lowercase fragment of the applicant’s Kazakh name, IIN prefix, status, service and dates', async () => {
    const byName = await api.call('search.visits', { text: 'ғаби' });
    expect(byName.visits.map((v) => v.citizenName)).toEqual(['Ғабитов Ірина']);
    // The walk-in was logged as «Өтепов Ұлан»; the application's patronymic is searchable too.
    expect((await api.call('search.visits', { text: 'серікқ' })).visits.length).toBeGreaterThan(0);
    expect((await api.call('search.visits', { text: '0501' })).visits.map((v) => v.citizenName)).toEqual(['Ғабитов Ірина']);
    const printed = await api.call('search.visits', { status: 'statement_printed' });
    expect(printed.visits).toHaveLength(1);
    const byService = await api.call('search.visits', { serviceCode: 'targeted-social-assistance' });
    expect(byService.visits).toHaveLength(2);
    expect((await api.call('search.visits', { text: 'ғаби', from: '2026-11-26' })).visits).toEqual([]);
    expect((await api.call('search.visits', { text: '"*)(' })).visits).toEqual([]);
  });
});
