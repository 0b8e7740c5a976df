import { identityDocumentItem } from '../documents';
import type { ServiceStandard } from '../standard';

// No act found, so source stays null (two passes, about 20 queries in ru/kk/en on adilet, cis-legislation, egov and gov.kz).
// What was ruled out: MLSPP order No. 169 of 24.05.2023 covers only the birth, care, large-family and awarded-mother benefits
// (cis-legislation.com rgn=149997, heading read). The old Rules (MHSD order No. 319 of 05.05.2015, adilet V1500011507) lapsed on
// 01.07.2023 under that order. No Rules for this benefit turned up for the Social Code era (in force 01.07.2023).
// Why the list below is not used: https://egov.kz/cms/en/services/pass158_mtszn was read again in this pass (current wording,
// "raising a child with a disability"), but the part read does not name the act. It lists, besides the application:
// - identity document or digital document;
// - kandas certificate for kandases;
// - child birth certificate(s);
// - marriage/divorce certificate if the applicant's data differ from the birth certificate;
// - guardianship document or adoption record;
// - child disability certificate;
// - Baikonur housing-office certificate for Baikonur residents.
// Birth, marriage (except abroad), disability, guardianship/adoption records and the bank account number are not asked for
// when state information systems hold them ("Appendix 5"). Add these items once the act that approves this list is read.
const standard: ServiceStandard = {
  source: null,
  items: [identityDocumentItem],
};

export default standard;
