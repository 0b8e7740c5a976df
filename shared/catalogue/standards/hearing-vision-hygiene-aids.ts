import type { ServiceStandard } from '../standard';
import wheelchairs from './wheelchairs';

// Hearing and vision aids and hygiene means are provided under the same Rules as wheelchairs
// (technical auxiliary and special means of movement, reg. No. 32993, in force 01.07.2023). This
// service's own egov page could not be read: its list is taken as the one those Rules give for
// wheelchairs, which the egov passport pass01_mtszn restates. Check it against the Rules' annex.
const standard: ServiceStandard = { source: wheelchairs.source, items: wheelchairs.items };

export default standard;
