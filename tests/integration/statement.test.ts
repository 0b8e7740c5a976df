import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/contract/client';
import { seedCatalogue } from '../../shared/catalogue/catalogue';
import { districtByKato, receiverById } from '../../shared/catalogue/receivers';
import { regionByKato } from '../../shared/catalogue/regions';
import { statementContent, type StatementContent } from '../../shared/statement/statement-content';
import { statementTemplateSchema } from '../../shared/statement/statement-template';
import { layoutStatement } from '../../electron/core/statements/statement-layout';
import { renderStatementPdf } from '../../electron/core/statements/statement-pdf';
import { withCore } from '../support/core-fixture';
import { completeFields, finishedApplication } from '../support/finished-application';
import { expectGoldenPages, rasterise } from '../support/golden-pages';

const resources = resolve(import.meta.dirname, '../../resources');
const template = statementTemplateSchema.parse(JSON.parse(readFileSync(join(resources, 'templates/statement.json'), 'utf8')));
const fonts = { regular: readFileSync(join(resources, 'fonts/NotoSans-Regular.ttf')), bold: readFileSync(join(resources, 'fonts/NotoSans-Bold.ttf')) };
const kazakhLetters = [...'ӘҒҚҢӨҰҮҺІәғқңөұүһі'];

// The longest service name of the catalogue and an address over 300 characters, with every
// Kazakh letter in it, so wrapping, shrinking and text extraction are all put to the test.
const longest = seedCatalogue.services.filter((s) => s.active).reduce((a, b) => (b.name.kk.length > a.name.kk.length ? b : a));
const fields = {
  ...completeFields,
  surname: 'Әбілқайырова',
  givenName: 'Ғалия',
  patronymic: 'Нұрланқызы',
  settlement: 'Ұлан ауылдық округі, Һарун ауылы, шаһар маңындағы ҢҚ ӘҒ ӨҰ ҮҺ І учаскесі, бұрынғы Қызыл Ту ұжымшары',
  street: 'Шоқан Уәлиханов атындағы көшенің жалғасы болып табылатын Мұхтар Әуезов даңғылы мен Дінмұхамед Қонаев көшесінің қиылысындағы шағын аудан, ғимарат',
  house: '125А',
  flat: '307',
  serviceCode: longest.code,
  receiverId: longest.receiverType === 'gfc' ? 'gfc-710000000' : `esp-${completeFields.districtKato}`,
};
const ids = { visitId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b', applicationId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a60' };

const desk = () => withCore('statement', { now: () => new Date(2026, 10, 25, 10, 30) });

/** The long application finished on a new workstation; its statement not yet printed. */
async function finishedLongApplication() {
  const opened = desk();
  await finishedApplication(opened.api, ids, fields);
  return opened;
}

/** The long application's statement, exported as the desk's "Save PDF" does, and written to a file. */
async function exportedStatement() {
  const opened = await finishedLongApplication();
  const exported = await opened.api.call('statements.export', { visitId: ids.visitId, purpose: 'export' });
  const pdfFile = join(opened.dir, exported.fileName);
  writeFileSync(pdfFile, Buffer.from(exported.pdfBase64, 'base64'));
  return { ...opened, exported, pdfFile };
}

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

describe('statement PDF', () => {
  it('moves the visit to "statement printed", records the export, and marks a second one as a reprint', async () => {
    const { api, dir, exported } = await exportedStatement();
    expect(exported.reprint).toBe(false);
    const { visit, events } = await api.call('visits.get', { id: ids.visitId });
    expect(visit.status).toBe('statement_printed');
    expect(events.at(-1)).toMatchObject({ from: 'in_service', to: 'statement_printed', cause: 'export', reason: null });
    const again = await api.call('statements.export', { visitId: ids.visitId, purpose: 'print' });
    expect(again.reprint).toBe(true);
    expect(again.digest).toBe(exported.digest);
    writeFileSync(join(dir, 'reprint.pdf'), Buffer.from(again.pdfBase64, 'base64'));
    expect(run('pdftotext', join(dir, 'reprint.pdf'), '-')).toContain('ҚАЙТА БАСЫЛҒАН ДАНА');
  });

  it('embeds both fonts as subsets, far smaller than the TTFs', async () => {
    const { pdfFile, exported } = await exportedStatement();
    const listing = run('pdffonts', pdfFile);
    expect(listing).toMatch(/QBLREG\+NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(listing).toMatch(/QBLBLD\+NotoSans-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    const pdfSize = Buffer.from(exported.pdfBase64, 'base64').length;
    expect(pdfSize).toBeLessThan((fonts.regular.length + fonts.bold.length) / 8);
  });

  it('gives back every Kazakh letter, the names and both languages as text', async () => {
    const { pdfFile } = await exportedStatement();
    const text = run('pdftotext', pdfFile, '-');
    for (const letter of kazakhLetters) expect(text, letter).toContain(letter);
    for (const expected of ['Әбілқайырова', 'Ғалия', '881224400009', '+7 701 234 56 78', 'ӨТІНІШ', 'ЗАЯВЛЕНИЕ', ids.applicationId, 'KZ86 125K ZT50 0410 0100']) {
      expect(text).toContain(expected);
    }
  });

  it('passes qpdf --check', async () => {
    const { pdfFile } = await exportedStatement();
    expect(run('qpdf', '--check', pdfFile)).toContain('No syntax or stream encoding errors found');
  });

  it('is byte-identical for the same application and template', async () => {
    const { api, exported } = await exportedStatement();
    const content = JSON.parse(JSON.stringify(await contentOf(api))) as StatementContent;
    const input = { template, content, fonts, digest: exported.digest, createdAt: new Date(2026, 10, 25, 10, 30) };
    const first = await renderStatementPdf(input);
    const second = await renderStatementPdf(input);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('carries a QR code with the application id, version and digest, readable at 200 dpi', async () => {
    const { pdfFile, exported, dir } = await exportedStatement();
    const [page] = rasterise(pdfFile, 200, join(dir, 'qr'));
    const code = jsQR(new Uint8ClampedArray(page!.data), page!.width, page!.height);
    expect(code?.data).toBe(`QBL1;${ids.applicationId};1;${exported.digest}`);
  });

  it('matches the golden image of every page', async () => {
    const { pdfFile, dir } = await exportedStatement();
    expectGoldenPages(pdfFile, 'statement', dir);
  });
});

// The statement content the core printed, rebuilt through the same pure builder.
async function contentOf(api: ApiClient): Promise<StatementContent> {
  const { application } = await api.call('visits.get', { id: ids.visitId });
  return statementContent({
    application: application!,
    service: longest,
    receiver: receiverById(seedCatalogue, fields.receiverId)!,
    region: regionByKato(fields.regionKato!)!,
    district: districtByKato(seedCatalogue, fields.districtKato!),
    languages: ['kk', 'ru'],
    centre: 'ХҚКО / ЦОН',
    desk: '1',
    operator: '____________________',
    documents: [],
    reprint: false,
    date: new Date(application!.updatedAt),
  });
}

describe('statement layout', () => {
  const measureWith = async () => {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    const regular = await pdf.embedFont(fonts.regular, { subset: true });
    const bold = await pdf.embedFont(fonts.bold, { subset: true });
    return (text: string, size: number, isBold: boolean) => (isBold ? bold : regular).widthOfTextAtSize(text, size);
  };

  it('keeps the longest service name and a 300-character address inside their columns, never below the floor size', async () => {
    const content = await contentOf((await finishedLongApplication()).api);
    expect(content.values.kk.address!.length).toBeGreaterThanOrEqual(300);
    const measure = await measureWith();
    const layout = layoutStatement(template, content, measure);
    const floor = Math.min(...Object.values(template.styles).map((s) => s.floor));
    for (const line of layout.lines) {
      expect(line.width, line.text).toBeLessThanOrEqual(line.maxWidth + 0.01);
      expect(line.x).toBeGreaterThanOrEqual(template.page.margin - 0.01);
      expect(line.x + line.width).toBeLessThanOrEqual(template.page.width - template.page.margin + 0.01);
      expect(line.y).toBeGreaterThanOrEqual(template.page.margin);
      expect(line.size).toBeGreaterThanOrEqual(floor);
    }
    // Nothing of the address is lost in wrapping: its words come back in order.
    const printed = layout.lines.map((line) => line.text).join(' ');
    expect(printed.replace(/\s+/g, ' ')).toContain(longest.name.kk.split(' ').slice(0, 4).join(' '));
    for (const word of content.values.kk.address!.split(' ')) expect(printed).toContain(word);
  });

  it('breaks onto new pages when the document list is long, every line inside the margins', async () => {
    const content = await contentOf((await finishedLongApplication()).api);
    const many = { ...content, documents: { kk: Array.from({ length: 80 }, (_, i) => `Құжат ${i + 1}`), ru: Array.from({ length: 80 }, (_, i) => `Документ ${i + 1}`) } };
    const layout = layoutStatement(template, many, await measureWith());
    expect(layout.pageCount).toBeGreaterThan(1);
    for (const line of layout.lines) expect(line.y).toBeGreaterThanOrEqual(template.page.margin);
    expect(layout.lines.filter((line) => line.text === '80. Документ 80')).toHaveLength(1);
  });
});
