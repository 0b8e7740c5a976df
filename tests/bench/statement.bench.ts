/**
 * Statements per second and bytes per statement, beside a minimal pdf-lib document with the
 * same font (one line of Kazakh text) made in the same run: the ratio is what the template,
 * layout, QR code and second font cost.
 *   npm run bench:statement        (BENCH_STATEMENTS=200 by default)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { seedCatalogue } from '../../shared/catalogue/catalogue';
import { districtByKato, receiverById } from '../../shared/catalogue/receivers';
import { regionByKato } from '../../shared/catalogue/regions';
import { statementContent } from '../../shared/statement/statement-content';
import { statementTemplateSchema } from '../../shared/statement/statement-template';
import { statementDigest } from '../../electron/core/statements/statement-handlers';
import { renderStatementPdf } from '../../electron/core/statements/statement-pdf';
import { completeFields } from '../support/finished-application';

const count = Number(process.env.BENCH_STATEMENTS ?? 200);
const resources = resolve(import.meta.dirname, '../../resources');
const template = statementTemplateSchema.parse(JSON.parse(readFileSync(join(resources, 'templates/statement.json'), 'utf8')));
const fonts = { regular: readFileSync(join(resources, 'fonts/NotoSans-Regular.ttf')), bold: readFileSync(join(resources, 'fonts/NotoSans-Bold.ttf')) };
const service = seedCatalogue.services.find((s) => s.code === completeFields.serviceCode)!;

async function minimal(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(fonts.regular, { subset: true });
  pdf.addPage([595.28, 841.89]).drawText('Өтініш — Заявление: Әбілқайырова Ғалия, ЖСН 881224400009', { x: 42, y: 780, size: 10, font });
  return pdf.save();
}

async function statement(n: number): Promise<Uint8Array> {
  const updatedAt = new Date(Date.UTC(2026, 10, 25, 5, 0, n)).toISOString();
  const application = {
    id: `019ab5a1-2c3d-7e4f-8a9b-${String(n).padStart(12, '0')}`,
    visitId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b',
    state: 'finished' as const,
    version: 1,
    fields: { ...completeFields, house: String(n) },
    birthDate: '1988-12-24',
    sex: 'female' as const,
    receiverOverridden: false,
    createdAt: updatedAt,
    updatedAt,
    finishedAt: updatedAt,
  };
  const content = statementContent({
    application,
    service,
    receiver: receiverById(seedCatalogue, completeFields.receiverId!)!,
    region: regionByKato(completeFields.regionKato!)!,
    district: districtByKato(seedCatalogue, completeFields.districtKato!),
    languages: ['kk', 'ru'],
    centre: 'ХҚКО / ЦОН',
    desk: '1',
    operator: '____________________',
    documents: service.checklist.map((item) => ({ name: item.name, pages: null })),
    reprint: false,
    date: new Date(updatedAt),
  });
  return renderStatementPdf({ template, content, fonts, digest: statementDigest(content), createdAt: new Date(updatedAt) });
}

async function measure(label: string, make: (n: number) => Promise<Uint8Array>) {
  await make(0); // warm-up: font parsing caches, JIT
  let bytes = 0;
  const start = process.hrtime.bigint();
  for (let n = 1; n <= count; n++) bytes += (await make(n)).length;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const result = { perSecond: count / seconds, bytes: bytes / count };
  console.log(`${label.padEnd(28)} ${result.perSecond.toFixed(1).padStart(7)} per second, ${Math.round(result.bytes).toLocaleString('en').padStart(7)} bytes each`);
  return result;
}

const baseline = await measure('minimal pdf-lib, same font', () => minimal());
const statements = await measure('statement (kk + ru, QR)', statement);
console.log(`ratio: ${(baseline.perSecond / statements.perSecond).toFixed(2)}× the time, ${(statements.bytes / baseline.bytes).toFixed(2)}× the bytes of the minimal document`);
