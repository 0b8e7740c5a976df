import { identityDocumentItem } from '../documents';
import type { ServiceStandard } from '../standard';

// No checklist read, so source stays null. The act is probably identified, but only through an English translation.
// The translation: MLSPP order of 31 May 2023 No. 192 "About approval of Rules of appointment and payment of special public
// welfare payment", made under art. 191 item 4 and art. 193 item 1 of the Social Code, in force 01.07.2023 (cis-legislation.com
// rgn=150328, heading and operative part read). The old Rules, MHSD order No. 445 of 03.06.2015 (cis-legislation rgn=78620),
// lapsed on 01.07.2023 under it (ealegislation.com rgn=135734, first pass).
// Not read: the Russian title as published on adilet, and the Rules' annexes or document list.
// egov passport pass157_mtszn: the m.egov.kz en versions ("Assignment of special state allowance" / "... special welfare
// payment") were read only down to "How to get the service ... (required documents)"; the list itself was cut off.
// Searched (pages/docs): ru/kk/en titles, order 192, pass157_mtszn, about 10 queries over two passes.
const standard: ServiceStandard = {
  source: null,
  items: [identityDocumentItem],
};

export default standard;
