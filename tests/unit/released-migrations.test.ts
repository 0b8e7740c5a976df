import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../electron/core/storage/migrations';

/**
 * What each released migration ran, as a digest of its SQL text. Desks in the field ran exactly that
 * text once and never will again, so an edit would leave this code describing a schema no desk has:
 * a change belongs in a new migration. When a release ships, add a row for each migration it adds.
 */
const released: [version: number, name: string, sqlSha256: string][] = [
  [1, 'visits', '3076f1d94f4eb0ff4064d707f7b06e61d592d355bc34e65646b13efb288a86fd'],
  [2, 'settings', 'f4f2e089ef7500d2f7773afca4cc1bafe0ebcfccf5a5706a83fc0fa793ba7d88'],
  [3, 'intake', 'b33f12ef6e81b2d550baeeac3e307be9570ddfc89a0a41a3fcb9d25e4991b65f'],
  [4, 'statement prints', 'd3813e44cc4b1131bec0dcd1bd5e0a31c44feb9469d70bb002519235bfb82644'],
  [5, 'attachments', '1bd1261a74f3c045b43467378806f77b3fb86fcfc00f55e30285ddc1898e0d97'],
  [6, 'visit event causes', '4be377ca97dac97576d03898fe25b9660049fa80e25926a829e6faccb288be08'],
  [7, 'attachment versions, checklist waivers, scanner inbox', 'e3f9e454580c75592346b5a3081e3142f7210a251c432239e7a213780b65688b'],
  [8, 'sync outbox, batches, decisions', '6305c7d84061b14b588a0819aa35378e62e40c9e2c2e3008d8cc7af451e7f733'],
  [9, 'audit log', '3019c9b219f5c3ad2a283bc1916c2b5c21d9a4a71485e7713c2509d5eeecad35'],
  [10, 'staff accounts, retention', 'd784849cba29ba60f35aa20fd4ca775218b4627d8179b14bdfbe693aa275a032'],
  [11, 'checklists from the standards, named documents, districts', '5b6fbd65893357f7b999e99730bebc29784cc68d1670bc7ce3c4d43a92799e7a'],
  [12, 'name search by day', '29e3dbcea6bb333dc38367bae481883c1fc8f08cf792083500542793561b6836'],
  [13, 'signed staff accounts', '85eb45c4a2dc6f2af563f172bb9e3882a45c755664a8102923ea402206c08dc6'],
  [14, 'sync quarantine', 'f44246178ea52cea20303a9ff9105f04114f1c23dbb468e339a29b14bc710bbb'],
];

describe('released migrations', () => {
  it('run the SQL the desks ran, byte for byte', () => {
    const current = migrations.slice(0, released.length).map((m) => [m.version, m.name, createHash('sha256').update(m.sql).digest('hex')]);
    expect(current).toEqual(released);
  });
});
