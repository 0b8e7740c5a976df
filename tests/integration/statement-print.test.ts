import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { StatementPrinter } from '../../electron/core/statements/statement-handlers';
import { openCoreClient } from '../support/core-client';
import { importAttachmentFile } from '../support/core-internals';
import { completeFields, finishedApplication } from '../support/finished-application';
import { pdfBytes } from '../support/sample-files';
import { tempDir } from '../support/temp-dir';

/** Stands in for the operating system's printer: keeps what it was given, answers as told. */
function printerAnswering(answer: 'printed' | 'cancelled') {
  const jobs: { pdf: Uint8Array; silent: boolean }[] = [];
  const printer: StatementPrinter = { print: async (pdf, { silent }) => (jobs.push({ pdf, silent }), answer) };
  return { printer, jobs };
}

describe('statement printing', () => {
  it('sends the statement PDF to the printer, records it, and marks a second print as a reprint', async () => {
    const { printer, jobs } = printerAnswering('printed');
    const { core, api } = openCoreClient({ dataDir: tempDir('print'), printer });
    const ids = { visitId: uuidv7(), applicationId: uuidv7() };
    await finishedApplication(api, ids, completeFields);
    expect(await api.call('statements.print', { visitId: ids.visitId, silent: true })).toEqual({ printed: true, reprint: false });
    expect(jobs).toHaveLength(1);
    expect(Buffer.from(jobs[0]!.pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(jobs[0]!.silent).toBe(true);
    const { visit, events } = await api.call('visits.get', { id: ids.visitId });
    expect(visit.status).toBe('statement_printed');
    expect(events.at(-1)).toMatchObject({ to: 'statement_printed', cause: 'print', reason: null });
    expect(await api.call('statements.print', { visitId: ids.visitId, silent: false })).toEqual({ printed: true, reprint: true });
    await core.close();
  });

  it('records nothing when the operator cancels the print dialog', async () => {
    const { printer, jobs } = printerAnswering('cancelled');
    const { core, api } = openCoreClient({ dataDir: tempDir('cancel'), printer });
    const ids = { visitId: uuidv7(), applicationId: uuidv7() };
    await finishedApplication(api, ids, completeFields);
    expect(await api.call('statements.print', { visitId: ids.visitId, silent: false })).toEqual({ printed: false, reprint: false });
    expect(jobs).toHaveLength(1);
    expect((await api.call('visits.get', { id: ids.visitId })).visit.status).toBe('in_service');
    // The next export is still the first copy, not a reprint.
    expect((await api.call('statements.export', { visitId: ids.visitId, purpose: 'export' })).reprint).toBe(false);
    await core.close();
  });

  it('lists the documents attached, with their page counts, instead of the required list', async () => {
    const dir = tempDir('listed');
    const { core, api } = openCoreClient({ dataDir: join(dir, 'data') });
    const ids = { visitId: uuidv7(), applicationId: uuidv7() };
    await finishedApplication(api, ids, completeFields);
    const scan = join(dir, 'id.pdf');
    writeFileSync(scan, await pdfBytes(3));
    await importAttachmentFile(core, { applicationId: ids.applicationId, checklistItem: 'identity-document', fileName: 'IMG_0001.pdf', filePath: scan });
    const statement = await api.call('statements.export', { visitId: ids.visitId, purpose: 'export' });
    writeFileSync(join(dir, 'statement.pdf'), Buffer.from(statement.pdfBase64, 'base64'));
    // Each column read on its own (kk left, ru right), its lines joined: names may wrap.
    const column = (x: string) => execFileSync('pdftotext', ['-x', x, '-y', '0', '-W', '298', '-H', '842', join(dir, 'statement.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const { name } = (await api.call('attachments.list', { applicationId: ids.applicationId })).checklist[0]!;
    expect(column('0')).toContain(`1. ${name.kk} — 3 бет`);
    expect(column('298')).toContain(`1. ${name.ru} — 3 л.`);
    expect(column('0')).not.toContain('Қызмет алушының қол қойылған өтініші');
    expect(column('0')).not.toMatch(/ 2\. \p{Lu}/u);
    await core.close();
  });

  it('says plainly that printing needs the desktop app where there is no printer (the browser harness)', async () => {
    const { core, api } = openCoreClient({ dataDir: tempDir('noprinter') });
    const ids = { visitId: uuidv7(), applicationId: uuidv7() };
    await finishedApplication(api, ids, completeFields);
    await expect(api.call('statements.print', { visitId: ids.visitId, silent: false })).rejects.toMatchObject({
      code: 'statement.print_unavailable',
    });
    await core.close();
  });
});
