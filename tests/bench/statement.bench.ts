/**
 * Statements per second, milliseconds and bytes per statement, beside a minimal pdf-lib document
 * with the same font (one line of Kazakh text, the font embedded as pdf-lib does it: parsed for the
 * document, subset) made in the same run; the two are measured in alternating rounds so that a busy
 * machine slows both alike. The ratio is what the template, layout, QR code and second font cost.
 * Goal (issue 18): at least 20 statements per second and at most 1.5× the minimal document's time.
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

const goal = { perSecond: 20, ratio: 1.5 };
const rounds = 5;

// The first statement of a process also parses both fonts and reads which characters need no shaping.
const coldStart = process.hrtime.bigint();
await statement(0);
const coldMs = Number(process.hrtime.bigint() - coldStart) / 1e6;
await minimal(); // warm-up of the baseline: JIT

type Tally = { seconds: number; bytes: number; made: number };
const tally = (): Tally => ({ seconds: 0, bytes: 0, made: 0 });
async function run(into: Tally, make: (n: number) => Promise<Uint8Array>, from: number, to: number) {
  const start = process.hrtime.bigint();
  for (let n = from; n < to; n++) into.bytes += (await make(n)).length;
  into.seconds += Number(process.hrtime.bigint() - start) / 1e9;
  into.made += to - from;
}

const baseline = tally();
const statements = tally();
for (let round = 0; round < rounds; round++) {
  const from = 1 + Math.floor((round * count) / rounds);
  const to = 1 + Math.floor(((round + 1) * count) / rounds);
  await run(baseline, () => minimal(), from, to);
  await run(statements, statement, from, to);
}

const line = (label: string, t: Tally) => {
  const perSecond = t.made / t.seconds;
  console.log(`${label.padEnd(30)} ${perSecond.toFixed(1).padStart(6)} per second, ${((1000 * t.seconds) / t.made).toFixed(1).padStart(6)} ms each, ${Math.round(t.bytes / t.made).toLocaleString('en').padStart(7)} bytes each`);
  return perSecond;
};
const baselinePerSecond = line('minimal pdf-lib, same font', baseline);
const perSecond = line('statement (kk + ru, QR)', statements);
const ratio = baselinePerSecond / perSecond;
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
console.log(`first statement of the process (fonts parsed): ${coldMs.toFixed(0)} ms`);
console.log(`ratio: ${ratio.toFixed(2)}× the time of the minimal document (goal ≤ ${goal.ratio}×: ${verdict(ratio <= goal.ratio)}), ${(statements.bytes / statements.made / (baseline.bytes / baseline.made)).toFixed(2)}× the bytes`);
console.log(`statements per second: ${perSecond.toFixed(1)} (goal ≥ ${goal.perSecond}: ${verdict(perSecond >= goal.perSecond)})`);
