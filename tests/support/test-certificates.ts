import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A certification authority of the test's own, made with the `openssl` command (node:crypto makes
 * keys, not X.509 certificates), and the server certificates it issues: for the names and the
 * validity a test asks, so a test can present an expired certificate or one for another name.
 */
export type IssuedCertificate = { key: string; cert: string };
export type TestAuthority = { ca: string; issue(request: { names: string[]; from?: Date; until?: Date }): IssuedCertificate };

const openssl = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
/** The dates `openssl ca` takes: YYYYMMDDHHMMSSZ. */
const asn1Time = (date: Date) => `${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
const P256 = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

export function testAuthority(dir: string, name = 'Qabyldau Test CA'): TestAuthority {
  mkdirSync(dir, { recursive: true });
  openssl(['req', '-x509', ...P256, '-keyout', 'ca.key', '-out', 'ca.pem', '-subj', `/CN=${name}`, '-days', '30', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  writeFileSync(
    join(dir, 'ca.cnf'),
    ['[ca]', 'default_ca = test', '[test]', `database = ${join(dir, 'index.txt')}`, `new_certs_dir = ${dir}`, `serial = ${join(dir, 'serial')}`, 'default_md = sha256', 'policy = any', 'unique_subject = no', '[any]', 'commonName = supplied', ''].join('\n'),
  );
  let issued = 0;
  return {
    ca: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    issue({ names, from = new Date(Date.now() - 86_400_000), until = new Date(Date.now() + 30 * 86_400_000) }) {
      const leaf = `leaf-${++issued}`;
      openssl(['req', '-new', ...P256, '-keyout', `${leaf}.key`, '-out', `${leaf}.csr`, '-subj', '/CN=central'], dir);
      writeFileSync(join(dir, `${leaf}.ext`), `subjectAltName=${names.join(',')}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`);
      // `openssl ca` rather than `x509 -req`: only it sets any start and end date (OpenSSL 3.0).
      openssl(['ca', '-batch', '-notext', '-config', 'ca.cnf', '-cert', 'ca.pem', '-keyfile', 'ca.key', '-in', `${leaf}.csr`, '-out', `${leaf}.pem`, '-startdate', asn1Time(from), '-enddate', asn1Time(until), '-extfile', `${leaf}.ext`], dir);
      return { key: readFileSync(join(dir, `${leaf}.key`), 'utf8'), cert: readFileSync(join(dir, `${leaf}.pem`), 'utf8') };
    },
  };
}
