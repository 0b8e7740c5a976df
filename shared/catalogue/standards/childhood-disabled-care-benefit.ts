import { identityDocumentItem } from '../documents';
import type { ServiceStandard } from '../standard';

// No act found, so source stays null (two passes, about 20 queries in ru/kk/en on adilet, cis-legislation, egov and gov.kz).
// Legal background: the carer of a person with first-group disability used to be a "caregiver" under the Law of 05.04.1999 No. 365
// "On special state benefits" (adilet Z990000365_, repealed by the Social Code from 01.07.2023). Art. 163 of the Social Code
// (pavlodar.com, read) refers to "the state benefit to the person caring for him, in the procedure of art. 187". The Rules for
// the art. 187 benefit were not found.
// MLSPP order No. 192 of 31.05.2023 (special state benefit Rules, see special-state-benefit.ts) is a possible but unconfirmed home.
// Why the list below is not used: https://egov.kz/cms/en/services/pass62-3_mtszn was read again (older wording), but the part
// read does not name the act. It lists:
// - for the applicant: application (a representative needs a notarised power of attorney); identity document; guardianship
//   document if guardianship is set; disability certificate; Baikonur housing-office certificate for Baikonur residents;
// - for the carer: identity document (kandas certificate for kandases); legal capacity is checked in the State database of
//   individuals; Baikonur certificate.
// News items of 2021 (mgorod.kz) also mention a bank-account document and a mental-health-centre certificate. They are not a
// source and were not used.
const standard: ServiceStandard = {
  source: null,
  items: [identityDocumentItem],
};

export default standard;
