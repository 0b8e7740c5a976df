import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { HubError, hubRoles, setCentralSchema, type HubRole } from '../../shared/hub';
import { startHub } from './hub';
import { ADMIN_CREDENTIAL_FILE } from './pairing';

/**
 * `npm run hub -- --data <folder> --host 0.0.0.0 --port 8791 --pair desk`: the centre's hub alone on
 * a centre machine. Prints the certificate's fingerprint (a desk shows the same after pairing) and
 * a pairing code for the role asked (desk unless told), valid ten minutes.
 * `--central https://… --centre AST-01 --enrol CODE` links it to the central system with a code
 * issued for the centre and the desk `hub`; once linked, a restart follows the feed without them.
 */
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '.hub' },
    host: { type: 'string', default: '0.0.0.0' },
    port: { type: 'string', default: '8791' },
    pair: { type: 'string', default: 'desk' },
    central: { type: 'string' },
    centre: { type: 'string' },
    enrol: { type: 'string' },
  },
});
const linking = [values.central, values.centre, values.enrol];
if (linking.some((value) => value !== undefined) && !linking.every((value) => value !== undefined)) throw new Error('--central, --centre and --enrol go together');
const centralLink = setCentralSchema.safeParse({ server: values.central, centreId: values.centre, enrolmentCode: values.enrol });
if (values.central !== undefined && !centralLink.success) throw new Error('--central takes an https:// address, --centre a centre id, --enrol the code');
if (!hubRoles.includes(values.pair as HubRole)) throw new Error(`--pair takes one of ${hubRoles.join(', ')}`);
const dataDir = resolve(values.data);
const hub = await startHub({ dataDir, host: values.host, port: Number(values.port), central: { log: (line) => console.log(line) } });
const code = hub.newPairingCode(values.pair as HubRole);
console.log(`[hub] ${hub.hubId} listening on ${hub.url}; data in ${dataDir}`);
console.log(`[hub] certificate SHA-256 ${hub.fingerprint.match(/.{4}/g)!.join(' ')}`);
console.log(`[hub] pairing code for a ${code.role}: ${code.code} (until ${code.expiresAt})`);
console.log(`[hub] administrator credential in ${resolve(dataDir, ADMIN_CREDENTIAL_FILE)}`);
if (values.central !== undefined && centralLink.success) {
  try {
    const link = await hub.central.link(centralLink.data);
    console.log(`[hub] linked to ${link.server} as centre ${link.centreId}: ${link.state}, ${link.bookingsToday} bookings today`);
  } catch (error) {
    console.log(`[hub] the central system refused the link: ${error instanceof HubError ? (error.reason ?? error.code) : String(error)}`);
  }
} else {
  const link = hub.central.state();
  console.log(`[hub] central link: ${link.state}${link.server ? ` (${link.server}, centre ${link.centreId})` : ''}`);
}
// A test that runs the hub as a child waits for this line.
console.log(`[hub] ready port=${hub.port}`);
const stop = () => void hub.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
