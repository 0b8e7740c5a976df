import type { District, DistrictSource } from '../district';
import * as r10 from './r10';
import * as r11 from './r11';
import * as r15 from './r15';
import * as r19 from './r19';
import * as r23 from './r23';
import * as r27 from './r27';
import * as r31 from './r31';
import * as r33 from './r33';
import * as r35 from './r35';
import * as r39 from './r39';
import * as r43 from './r43';
import * as r47 from './r47';
import * as r55 from './r55';
import * as r59 from './r59';
import * as r61 from './r61';
import * as r62 from './r62';
import * as r63 from './r63';
import * as r71 from './r71';
import * as r75 from './r75';
import * as r79 from './r79';

// One file per region or city of republican significance, each with where its codes and body names come from.
const byRegion = [r10, r11, r15, r19, r23, r27, r31, r33, r35, r39, r43, r47, r55, r59, r61, r62, r63, r71, r75, r79] as const;

/** Every district, city of regional significance and city district, in КАТО order. */
export const seedDistricts: readonly District[] = byRegion.flatMap((region) => region.districts);

/** Where each region's rows were read, by the region's two-digit КАТО prefix. */
export const districtSources: Readonly<Record<string, DistrictSource>> = Object.fromEntries(
  byRegion.map((region) => [region.districts[0]!.kato.slice(0, 2), region.source]),
);
