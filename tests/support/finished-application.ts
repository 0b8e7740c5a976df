import type { ApiClient } from '../../shared/contract/client';
import type { ApplicationDraft } from '../../shared/domain/application';

/** A complete application for Astana's age pension (a payment service); tests override what they care about. */
export const completeFields: ApplicationDraft = {
  iin: '881224400009',
  surname: 'Нұрғалиева',
  givenName: 'Айгүл',
  patronymic: 'Серікқызы',
  idDocumentKind: 'id-card',
  idDocumentNumber: '054812377',
  idDocumentIssuedOn: '2019-03-14',
  idDocumentIssuer: 'ҚР ІІМ',
  regionKato: '710000000',
  districtKato: '711210000',
  settlement: 'Астана',
  street: 'Қабанбай батыр даңғылы',
  house: '11',
  flat: '45',
  postalCode: '010000',
  phone: '8 (701) 234-56-78',
  email: '',
  serviceCode: 'age-pension',
  receiverId: 'gfc-710000000',
  // A payment service: the account the payment goes to (a valid KZ IBAN: check digits 86).
  iban: 'KZ86 125K ZT50 0410 0100',
  bankName: 'АО «Народный Банк Казахстана»',
  notes: '',
};

/** Logs a walk-in and finishes its application through the contract, as the desk would. */
export async function finishedApplication(api: ApiClient, ids: { visitId: string; applicationId: string }, fields: ApplicationDraft) {
  const visit = await api.call('visits.logWalkIn', { id: ids.visitId, citizenName: `${fields.surname} ${fields.givenName}` });
  await api.call('applications.saveDraft', { id: ids.applicationId, visitId: visit.id, fields });
  const { application } = await api.call('applications.finish', { id: ids.applicationId, fields });
  return { visit, application };
}
