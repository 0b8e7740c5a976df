import { identityDocumentItem } from '../documents';
import type { ServiceStandard } from '../standard';

// No checklist read, so source stays null. This service may no longer exist in 2026.
// The standard: annex 2 «Правила оказания государственной услуги "Оформление документов на оказание специальных социальных
// услуг в условиях ухода на дому"» to MLSPP order of 28 May 2020 No. 197 (reg. 20756; adilet eng V2000020756, heading read).
// The change: MLSPP order of 25 Dec 2025 No. 411 (reg. 29.12.2025 No. 37714; insecure.zan.kz/rus/docs/V2500037714, heading read)
// retitles order 197 as one service «Оформление документов на оказание специальных социальных услуг в центрах оказания
// специальных социальных услуг». zakon.kz (06.01.2026) reports that the Rules were restated in a new wording; the provider is the
// local executive bodies, with intake through the State Corporation.
// Not read: order 411's entry-into-force clause and the new Rules' document list. So it cannot be followed yet, and this
// service's fate is unconfirmed.
// The egov passport m.egov.kz/cms/ru/.../pass171_mtszn was read only down to the online steps (14 working days, provider: local
// executive bodies).
const standard: ServiceStandard = {
  source: null,
  items: [identityDocumentItem],
};

export default standard;
