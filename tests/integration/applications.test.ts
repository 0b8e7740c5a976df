import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/contract/client';
import { steppingClock, withCore } from '../support/core-fixture';
import { completeFields, finishedApplication } from '../support/finished-application';

const complete = completeFields;
const desk = () => withCore('applications', { now: steppingClock(new Date(2026, 10, 25, 9, 0)) });

function walkIn(api: ApiClient, name: string) {
  return api.call('visits.logWalkIn', { id: uuidv7(), citizenName: name });
}

describe('application', () => {
  it('saves drafts as typed, starts the service, and derives birth date and sex from the IIN', async () => {
    const { api } = desk();
    const visit = await walkIn(api, 'Нұрғалиева Айгүл');
    const id = uuidv7();
    const first = await api.call('applications.saveDraft', { id, visitId: visit.id, fields: { iin: '8812', surname: 'Нұр' } });
    expect(first.application).toMatchObject({ state: 'draft', birthDate: null, fields: { iin: '8812' } });
    expect((await api.call('visits.get', { id: visit.id })).visit.status).toBe('in_service');
    const second = await api.call('applications.saveDraft', { id, visitId: visit.id, fields: { ...complete } });
    expect(second.application).toMatchObject({ birthDate: '1988-12-24', sex: 'female', createdAt: first.application.createdAt });
    // Another visit cannot take this application over.
    const other = await walkIn(api, 'Басқа');
    await expect(api.call('applications.saveDraft', { id, visitId: other.id, fields: {} })).rejects.toMatchObject({
      code: 'application.visit_mismatch',
    });
  });

  it('finishes only a complete application, naming each field at fault, then locks it', async () => {
    const { api } = desk();
    const visit = await walkIn(api, 'Нұрғалиева Айгүл');
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
    const { api } = desk();
    const visit = await walkIn(api, 'Өтепов Ұлан');
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
    await api.call('applications.saveDraft', { id: other, visitId: (await walkIn(api, 'Өтепов Ұлан')).id, fields: chosen });
    expect((await api.call('applications.finish', { id: other, fields: chosen })).application.receiverOverridden).toBe(false);
  });

  it('shows an open application of the same citizen for the same service before a duplicate is made', async () => {
    const { api } = desk();
    // The citizen already has a draft and a finished, printed application for the pension, and a
    // cancelled one, which is not open any more.
    const draft = await walkIn(api, 'Нұрғалиева Айгүл');
    const draftId = uuidv7();
    await api.call('applications.saveDraft', { id: draftId, visitId: draft.id, fields: complete });
    const printed = { visitId: uuidv7(), applicationId: uuidv7() };
    await finishedApplication(api, printed, complete);
    await api.call('statements.export', { visitId: printed.visitId, purpose: 'print' });
    const cancelled = { visitId: uuidv7(), applicationId: uuidv7() };
    await finishedApplication(api, cancelled, complete);
    await api.call('visits.transition', { id: cancelled.visitId, to: 'cancelled', reason: 'citizen left' });
    const existing = await api.call('search.visits', { text: '881224' });
    expect(existing.visits).toHaveLength(3);

    const visit = await walkIn(api, 'Нұрғалиева Айгүл');
    const { duplicates } = await api.call('applications.saveDraft', { id: uuidv7(), visitId: visit.id, fields: complete });
    expect(duplicates.map((d) => d.applicationId).sort()).toEqual([draftId, printed.applicationId].sort());
    const { duplicates: none } = await api.call('applications.saveDraft', {
      id: uuidv7(),
      visitId: (await walkIn(api, 'Нұрғалиева Айгүл')).id,
      fields: { ...complete, serviceCode: 'maternity-income-loss' },
    });
    expect(none).toEqual([]);
  });

  it('changes a finished application only through a recorded correction, which sends the visit back to service', async () => {
    const { api } = desk();
    const visit = await walkIn(api, 'Ғабитов Ірина');
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
    const { api } = desk();
    // A printed statement for Ғабитов Ірина; two finished targeted-assistance applications for a
    // walk-in logged as «Өтепов Ұлан», whose patronymic is only in the application.
    const gabitov = { visitId: uuidv7(), applicationId: uuidv7() };
    await finishedApplication(api, gabitov, { ...complete, iin: '050101500000', surname: 'Ғабитов', givenName: 'Ірина' });
    await api.call('statements.export', { visitId: gabitov.visitId, purpose: 'print' });
    const assistance = { ...complete, iin: '750228300005', surname: 'Өтепов', givenName: 'Ұлан', patronymic: 'Серікұлы', serviceCode: 'targeted-social-assistance' };
    for (let n = 0; n < 2; n++) await finishedApplication(api, { visitId: uuidv7(), applicationId: uuidv7() }, { ...assistance, receiverId: `esp-${complete.districtKato}` });
    await walkIn(api, 'Сәрсенбаев Дана');

    const byName = await api.call('search.visits', { text: 'ғаби' });
    expect(byName.visits.map((v) => v.citizenName)).toEqual(['Ғабитов Ірина']);
    expect((await api.call('search.visits', { text: 'серікұ' })).visits.map((v) => v.citizenName)).toEqual(['Өтепов Ұлан', 'Өтепов Ұлан']);
    expect((await api.call('search.visits', { text: '0501' })).visits.map((v) => v.citizenName)).toEqual(['Ғабитов Ірина']);
    const printed = await api.call('search.visits', { status: 'statement_printed' });
    expect(printed.visits.map((v) => v.id)).toEqual([gabitov.visitId]);
    const byService = await api.call('search.visits', { serviceCode: 'targeted-social-assistance' });
    expect(byService.visits.map((v) => v.citizenName)).toEqual(['Өтепов Ұлан', 'Өтепов Ұлан']);
    expect((await api.call('search.visits', { text: 'ғаби', from: '2026-11-26' })).visits).toEqual([]);
    expect((await api.call('search.visits', { text: '"*)(' })).visits).toEqual([]);
  });
});
