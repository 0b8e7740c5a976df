import { identityDocumentItem } from '../documents';
import type { ServiceStandard } from '../standard';

// Standard located but its document list could not be read, so source stays null.
// The act: «Правила предоставления санаторно-курортного лечения лицам с инвалидностью и детям с инвалидностью в соответствии
// с индивидуальной программой абилитации и реабилитации лица с инвалидностью», order of the Deputy Prime Minister – Minister of
// Labour and Social Protection of 30 June 2023 No. 283 (reg. No. 32988; edition as of 27.05.2024, bestprofi.com/document/2971856044).
// Service page: https://www.gov.kz/services/4563 («Оформление документов на обеспечение лиц с инвалидностью и детей с
// инвалидностью санаторно-курортным лечением»).
// The second pass (about 10 queries in ru/kk/en, incl. the standard's heading and "sanatorium" egov passports) again reached only
// the top of these pages, and found no egov passport that gives the list. Transcribe the list from adilet V2300032988 (annex).
const standard: ServiceStandard = {
  source: null,
  items: [identityDocumentItem],
};

export default standard;
