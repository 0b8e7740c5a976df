import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hubRoles, type HubRole } from '../../shared/hub';
import { startHub } from './hub';
import { ADMIN_CREDENTIAL_FILE } from './pairing';

/**
 * `npm run hub -- --data <folder> --host 0.0.0.0 --port 8791 --pair desk`: the centre's hub alone on
 * a centre machine. Prints the certificate's fingerprint (a desk shows the same after pairing) and
 * a pairing code for the role asked (desk unless told), valid ten minutes.
 */
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '.hub' },
    host: { type: 'string', default: '0.0.0.0' },
    port: { type: 'string', default: '8791' },
    pair: { type: 'string', default: 'desk' },
  },
});
if (!hubRoles.includes(values.pair as HubRole)) throw new Error(`--pair takes one of ${hubRoles.join(', ')}`);
const dataDir = resolve(values.data);
const hub = await startHub({ dataDir, host: values.host, port: Number(values.port) });
const code = hub.newPairingCode(values.pair as HubRole);
console.log(`[hub] ${hub.hubId} listening on ${hub.url}; data in ${dataDir}`);
console.log(`[hub] certificate SHA-256 ${hub.fingerprint.match(/.{4}/g)!.join(' ')}`);
console.log(`[hub] pairing code for a ${code.role}: ${code.code} (until ${code.expiresAt})`);
console.log(`[hub] administrator credential in ${resolve(dataDir, ADMIN_CREDENTIAL_FILE)}`);
// A test that runs the hub as a child waits for this line.
console.log(`[hub] ready port=${hub.port}`);
const stop = () => void hub.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
