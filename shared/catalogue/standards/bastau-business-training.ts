import { identityDocumentItem } from '../documents';
import type { ServiceStandard } from '../standard';

// No current standard found, so source stays null (two passes, about 8 queries in ru/kk/en: «Бастау Бизнес» + «перечень
// документов», «кәсіпкерлік негіздеріне оқыту», enbek, egov).
// History: the rules «Правила обучения основам предпринимательства по проекту "Бастау Бизнес"» (order of the Deputy Prime
// Minister – Minister of Agriculture of 19 Feb 2019 No. 70) were repealed by MLSPP order of 12 Apr 2021 No. 118, effective ten days
// after publication (adilet V1900018347, kk/eng headings read). Their predecessor was MNE order No. 31 of 31 Jan 2017
// (adilet V1700014828).
// Unconfirmed lead: Government decree of 5 Aug 2024 No. 626 on state non-financial support to private entrepreneurs, in force
// 01.01.2025 (adilet P2400000626). Whether it covers Bastau Business training and names documents was not read.
const standard: ServiceStandard = {
  source: null,
  items: [identityDocumentItem],
};

export default standard;
