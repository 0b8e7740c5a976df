import { identityDocumentItem } from '../documents';
import type { ServiceStandard } from '../standard';

// No current standard found, so source stays null (two passes, about 10 queries on pages/docs/code in ru/kk/en: «Выдача справки
// реабилитированному лицу», «Ақталған адамға анықтама беру», "certificate to a rehabilitated person", egov, Committee on legal
// statistics).
// Found instead, both on other matters:
// - the Law of 14.04.1993 No. 2200 «О реабилитации жертв массовых политических репрессий» (adilet Z930002200_);
// - MLSPP order of 30.06.2023 No. 277 "Rules of payment of monetary compensations to the victims of mass political repressions"
//   (cis-legislation rgn=152424). That is the compensation service, not the certificate.
// Which body issues the certificate (the Prosecutor General's Committee on legal statistics and special accounts, or an MIA or
// state archive) was not confirmed. No egov passport was found. Identity document only.
const standard: ServiceStandard = {
  source: null,
  items: [identityDocumentItem],
};

export default standard;
