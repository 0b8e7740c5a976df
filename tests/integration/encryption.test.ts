import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { openDatabase, DATABASE_FILE } from '../../electron/core/storage/database';
import { migrations } from '../../electron/core/storage/migrations';
import { completeFields, finishedApplication } from '../support/finished-application';
import { openCoreClient } from '../support/core-client';
import { blobPath, importAttachmentFile } from '../support/core-internals';
import { blobContent, openWorkstationDb } from '../support/workstation-files';
import { tempDir } from '../support/temp-dir';

const ids = { visitId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', applicationId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a60' };
const iin = completeFields.iin!;
const secrets = [iin, completeFields.surname!, completeFields.givenName!, completeFields.street!];

/** A scan whose own bytes carry the IIN and the name in clear, as a scanned form's text layer would. */
async function scanWithPersonalData(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]).drawText('statement', { x: 50, y: 800 });
  // A comment after the end marker: readers skip it, the bytes keep it in clear.
  const bytes = Buffer.concat([Buffer.from(await pdf.save()), Buffer.from(`\n% ${iin} ${completeFields.surname} ${completeFields.givenName} ${completeFields.street}\n`)]);
  expect(bytes.includes(Buffer.from(iin))).toBe(true);
  return bytes;
}

function rawFilesUnder(folder: string): string[] {
  return (readdirSync(folder, { recursive: true }) as string[]).map((name) => join(folder, name)).filter((path) => statSync(path).isFile());
}

function expectNoPersonalData(files: string[]) {
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const value of secrets) {
      // UTF-8 as SQLite and JSON store text; UTF-16 as a PDF may.
      expect(bytes.includes(Buffer.from(value, 'utf8')), `${value} in ${file}`).toBe(false);
      expect(bytes.includes(Buffer.from(value, 'utf16le')), `${value} (UTF-16) in ${file}`).toBe(false);
    }
  }
}

describe('encryption at rest', () => {
  it('leaves no IIN or name in clear in the database, its WAL, a stored scan or a backup', async () => {
    const dataDir = tempDir('sealed');
    const share = tempDir('sealed-share');
    const { core, api } = openCoreClient({ dataDir });
    await finishedApplication(api, ids, completeFields);
    const scan = join(tempDir('scan'), 'identity.pdf');
    writeFileSync(scan, await scanWithPersonalData());
    const attachment = await importAttachmentFile(core, { applicationId: ids.applicationId, checklistItem: 'identity-document', fileName: 'identity.pdf', filePath: scan });
    await api.call('settings.update', { backupFolder: share });
    await api.call('backups.run', {});
    // Read while the WAL still holds the newest pages: they are sealed too.
    expect(readdirSync(dataDir)).toEqual(expect.arrayContaining([DATABASE_FILE, `${DATABASE_FILE}-wal`, 'store.key']));
    expectNoPersonalData(rawFilesUnder(dataDir).filter((path) => !path.includes('logs')));
    expectNoPersonalData(rawFilesUnder(share));

    // With the key, everything is there: the database opens and the scan is what was attached.
    const db = openWorkstationDb(join(dataDir, DATABASE_FILE), dataDir, { readonly: true });
    expect(db.prepare('SELECT citizen_name FROM visits WHERE id = ?').pluck().get(ids.visitId)).toBe(`${completeFields.surname} ${completeFields.givenName}`);
    db.close();
    expect(blobContent(dataDir, blobPath(core, attachment.sha256)).equals(readFileSync(scan))).toBe(true);
    expect((await api.call('attachments.read', { id: attachment.id, offset: 0, length: 16 })).contentBase64).toBe(readFileSync(scan).subarray(0, 16).toString('base64'));
    // Without it the file is noise to SQLite.
    expect(() => openDatabase(join(dataDir, DATABASE_FILE)).close()).toThrow(/not a database/);
    if (process.platform !== 'win32') expect(statSync(join(dataDir, 'store.key')).mode & 0o777).toBe(0o600);
    await core.close();
  });

  it('refuses a stored scan changed on disk instead of serving it', async () => {
    const dataDir = tempDir('tampered');
    const { core, api } = openCoreClient({ dataDir });
    await finishedApplication(api, ids, completeFields);
    const scan = join(tempDir('scan'), 'identity.pdf');
    writeFileSync(scan, await scanWithPersonalData());
    const attachment = await importAttachmentFile(core, { applicationId: ids.applicationId, checklistItem: 'identity-document', fileName: 'identity.pdf', filePath: scan });
    const sealed = readFileSync(blobPath(core, attachment.sha256));
    sealed[sealed.length - 40]! ^= 0x01;
    writeFileSync(blobPath(core, attachment.sha256), sealed);
    await expect(api.call('attachments.read', { id: attachment.id, offset: 0, length: 16 })).rejects.toMatchObject({ code: 'internal.unexpected' });
    await core.close();
  });

  it('encrypts what the previous release stored in clear, database and scans, at first start', async () => {
    const dataDir = tempDir('legacy');
    const plain = openDatabase(join(dataDir, DATABASE_FILE), migrations.slice(0, 9));
    plain.prepare(`INSERT INTO visits (id, created_at, updated_at, day, desk, kind, citizen_name, iin, status)
      VALUES (?, '2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00.000Z', '2026-11-24', '1', 'walk-in', ?, ?, 'arrived')`).run(ids.visitId, completeFields.surname, iin);
    plain.close();
    const content = await scanWithPersonalData();
    const { createHash } = await import('node:crypto');
    const sha256 = createHash('sha256').update(content).digest('hex');
    mkdirSync(join(dataDir, 'blobs', sha256.slice(0, 2), sha256.slice(2, 4)), { recursive: true });
    writeFileSync(join(dataDir, 'blobs', sha256.slice(0, 2), sha256.slice(2, 4), sha256), content);

    const { core, api } = openCoreClient({ dataDir });
    expect((await api.call('visits.get', { id: ids.visitId })).visit.iin).toBe(iin);
    await core.close();
    expectNoPersonalData(rawFilesUnder(dataDir).filter((path) => !path.includes('logs')));
    expect(blobContent(dataDir, join(dataDir, 'blobs', sha256.slice(0, 2), sha256.slice(2, 4), sha256)).equals(content)).toBe(true);
    // The pass is recorded as done: later starts do not read through the scan store again.
    const db = openWorkstationDb(join(dataDir, DATABASE_FILE), dataDir, { readonly: true });
    expect(db.prepare(`SELECT value FROM settings WHERE key = 'security.blobsSealed'`).pluck().get()).toBe('1');
    db.close();
  });
});
