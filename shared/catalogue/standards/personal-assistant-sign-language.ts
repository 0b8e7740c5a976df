import { identityDocumentItem } from '../documents';
import type { ServiceStandard } from '../standard';

// No act found, so source stays null (two passes).
// The old rules (annexes 1 and 4 to MHSD order of 22 Jan 2015 No. 26) lapsed on 1 July 2023 with the Social Code. The amending
// order No. 103 of 28.04.2017 was repealed by item 2 of the Deputy PM – MLSPP order of 30 June 2023 No. 286 (ealegislation.com
// rgn=100492, read). Not read: the title of order 286 and whether it approves the new assistant / sign-language rules.
// Art. 163 of the Social Code leaves the procedure to the authorised body (pavlodar.com).
// The list, read again in this pass on https://egov.kz/cms/en/government-services/for_citizen/pass167_mtszn (individual
// assistant part only; the page does not name the act):
// - application;
// - identity document or digital document (for identification);
// - power of attorney from the person with disability, no notarisation needed, when a representative applies;
// - identity/residence/disability/IPR data come from state systems.
// A gov.kz press item (gov.kz/memleket/entities/zhetysu-tekeli/press/article/details/75639) gives the same three documents.
// No egov page was found for the sign-language specialist. Add these items once the act is confirmed.
const standard: ServiceStandard = {
  source: null,
  items: [identityDocumentItem],
};

export default standard;
