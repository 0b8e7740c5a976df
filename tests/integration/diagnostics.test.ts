import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openAppLog, scrub } from '../../electron/core/logging/app-log';
import { withCore } from '../support/core-fixture';
import { completeFields, finishedApplication } from '../support/finished-application';
import { tempDir } from '../support/temp-dir';

const personal = [completeFields.iin, completeFields.surname, completeFields.givenName, '701 234', '7012345678', completeFields.street];

/**
 * A set-up workstation whose log has seen a citizen's application go through and calls that
 * failed with personal data in them: a wrong IIN, an unknown visit, a statement that cannot be
 * printed here, an input that is not even valid.
 */
async function deskWithAMorningLogged() {
  const desk = withCore('diagnostics', {
    chooseExportFolder: async () => {
      mkdirSync(exports, { recursive: true });
      return exports;
    },
  });
  const { core, api, dir } = desk;
  const exports = join(dir, 'exports');
  await api.call('settings.finishSetup', { language: 'kk', centreId: 'AST-07', centreName: 'Шаңырақ ХҚКО', deskId: '2' });
  await finishedApplication(api, { visitId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', applicationId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a60' }, completeFields);
  await api.call('visits.logWalkIn', { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a61', citizenName: completeFields.surname ?? 'Нұрғалиева', iin: '881224400008' }).catch(() => undefined);
  await api.call('visits.get', { id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a62' }).catch(() => undefined);
  await api.call('statements.print', { visitId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', silent: true }).catch(() => undefined);
  await core.dispatch('visits.logWalkIn', { id: 'not-an-id', citizenName: completeFields.givenName });
  return { ...desk, exports };
}

describe('application log', () => {
  it('records the start and failures with codes, and no personal data at all', async () => {
    const { dataDir } = await deskWithAMorningLogged();
    const text = readFileSync(join(dataDir, 'logs', 'qabyldau.log'), 'utf8');
    expect(text).toMatch(/\[info\]\s+core\.started version=0\.1\.0 schema=\d+ node=22\./);
    expect(text).toContain('method.refused method=visits.logWalkIn code=contract.invalid_input');
    expect(text).toContain('method.refused method=visits.get code=visit.not_found');
    expect(text).toContain('method.refused method=statements.print code=statement.print_unavailable');
    for (const value of personal) expect(text).not.toContain(value);
  });

  it('masks anything shaped like an IIN, a phone or an e-mail that reaches it', () => {
    expect(scrub('iin 881224400009 phone +7 (701) 234-56-78 mail aigul@example.kz ok')).toBe('iin [digits] phone [digits] mail [email] ok');
    expect(scrub('schema=9 port=8790 count=1234')).toBe('schema=9 port=8790 count=1234');
  });

  it('rotates by size and keeps five archives', () => {
    const folder = join(tempDir('diagnostics'), 'rotating');
    const log = openAppLog(folder, { maxBytes: 2_000 });
    for (let n = 0; n < 400; n += 1) log.info('sync.step', { n, step: 'push' });
    const files = readdirSync(folder).sort();
    expect(files).toEqual(['qabyldau.1.log', 'qabyldau.2.log', 'qabyldau.3.log', 'qabyldau.4.log', 'qabyldau.5.log', 'qabyldau.log']);
    expect(log.files().map((file) => file.slice(folder.length + 1))).toEqual(['qabyldau.log', ...files.slice(0, 5)]);
    // The newest lines are in the current file, the ones before them in the first archive.
    expect(readFileSync(join(folder, 'qabyldau.log'), 'utf8')).toContain('n=399');
    expect(readFileSync(join(folder, 'qabyldau.1.log'), 'utf8')).not.toContain('n=399');
  });
});

describe('collect diagnostics', () => {
  it('zips the logs and versions into the export folder, with no personal data, and records it', async () => {
    const { api, exports } = await deskWithAMorningLogged();
    const result = await api.call('diagnostics.collect', {});
    expect(result.folder).toBe(exports);
    const zip = unzipSync(readFileSync(join(exports, result.fileName)));
    expect(Object.keys(zip).sort()).toEqual(['logs/qabyldau.log', 'versions.json']);
    const versions = JSON.parse(strFromU8(zip['versions.json']!)) as Record<string, unknown>;
    expect(versions).toMatchObject({ appVersion: '0.1.0', database: 'ok', centreId: 'AST-07', deskId: '2', node: process.versions.node });
    expect(versions.schemaVersion).toBeGreaterThanOrEqual(9);
    expect(String(versions.sqlite)).toMatch(/^3\.\d+\.\d+$/);
    const everything = Object.values(zip).map((bytes) => strFromU8(bytes)).join('\n');
    for (const value of personal) expect(everything).not.toContain(value);
    const { entries } = await api.call('audit.list', { limit: 1 });
    expect(entries[0]).toMatchObject({ action: 'diagnostics.collected', recordId: result.fileName });
  });
});
