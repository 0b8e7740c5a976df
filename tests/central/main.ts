import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startCentral } from './central-server';

/**
 * `npm run central -- --port 8790 --data .central --enrolment-code 123456`: the reference central
 * server alone, so a person can enrol a workstation or the harness and watch a sync happen. The
 * enrolment code given here is a standing demo code any desk may use; bound, single-use codes come
 * from POST /_admin/enrolment-codes. `--tls-key key.pem --tls-cert cert.pem` serve HTTPS, to try
 * the desk against a centre's certificate.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8790' },
    data: { type: 'string', default: '.central' },
    'enrolment-code': { type: 'string', default: '123456' },
    'tls-key': { type: 'string' },
    'tls-cert': { type: 'string' },
  },
});
const dataDir = resolve(values.data);
mkdirSync(dataDir, { recursive: true });
const central = await startCentral({
  dataDir,
  port: Number(values.port),
  enrolmentCode: values['enrolment-code'],
  tls: values['tls-key'] && values['tls-cert'] ? { key: readFileSync(values['tls-key'], 'utf8'), cert: readFileSync(values['tls-cert'], 'utf8') } : undefined,
  log: (line) => console.log(`[central] ${line}`),
  compileValidators: true,
});
console.log(`[central] data in ${dataDir}; standing demo enrolment code ${values['enrolment-code']}; admin routes under ${central.url}/_admin/`);
console.log(`[central] a code bound to one desk: curl -XPOST ${central.url}/_admin/enrolment-codes -d '{"centreId":"AST-01","deskId":"3"}'`);
const stop = () => void central.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
