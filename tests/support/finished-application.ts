import type { ApiClient } from '../../shared/contract/client';
import type { ApplicationDraft } from '../../shared/domain/application';

/** A complete application for Astana's maternity benefit; tests override what they care about. */
export const completeFields: ApplicationDraft = {
  iin: '881224400009',
  surname: 'Нұрғалиева',
  givenName: 'Айгүл',
  patronymic: 'Серікқызы',
  regionKato: '710000000',
  district: 'Есіл ауданы',
  settlement: 'Астана',
  street: 'Қабанбай батыр даңғылы',
  house: '11',
  flat: '45',
  postalCode: '010000',
  phone: '8 (701) 234-56-78',
  email: '',
  serviceCode: 'maternity-income-loss',
  receiverId: 'gfc-710000000',
  notes: '',
};

/** Logs a walk-in and finishes its application through the contract, as the desk would. */
export async function finishedApplication(api: ApiClient, ids: { visitId: string; applicationId: string }, fields: ApplicationDraft) {
  const visit = await api.call('visits.logWalkIn', { id: ids.visitId, citizenName: `${fields.surname} ${fields.givenName}` });
  await api.call('applications.saveDraft', { id: ids.applicationId, visitId: visit.id, fields });
  const { application } = await api.call('applications.finish', { id: ids.applicationId, fields });
  return { visit, application };
}
