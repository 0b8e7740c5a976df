import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../../shared/catalogue/catalogue';
import { districtByKato, receiverById } from '../../shared/catalogue/receivers';
import { regionByKato } from '../../shared/catalogue/regions';
import { statementContent, type StatementLanguage } from '../../shared/statement/statement-content';
import { statementTemplateSchema } from '../../shared/statement/statement-template';
import { statementFontkit } from '../../electron/core/statements/statement-fonts';
import { renderStatementPdf } from '../../electron/core/statements/statement-pdf';
import { completeFields } from '../support/finished-application';

// The statement's fonts are parsed once per process and shape plain Kazakh, Russian and Latin text
// without running OpenType layout (statement-fonts.ts). What they give pdf-lib must be what plain
// fontkit gives it: the same widths and, PDF for PDF, the same bytes.
const resources = resolve(import.meta.dirname, '../../resources');
const template = statementTemplateSchema.parse(JSON.parse(readFileSync(join(resources, 'templates/statement.json'), 'utf8')));
const fonts = { regular: readFileSync(join(resources, 'fonts/NotoSans-Regular.ttf')), bold: readFileSync(join(resources, 'fonts/NotoSans-Bold.ttf')) };
type Shaping = Parameters<PDFDocument['registerFontkit']>[0];

/** Measures and draws `texts` in order with both faces, as the statement does; the widths and the PDF. */
async function drawn(shaping: Shaping, texts: string[]) {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(shaping);
  const faces = [await pdf.embedFont(fonts.regular, { subset: true, customName: 'QBLREG+NotoSans-Regular' }), await pdf.embedFont(fonts.bold, { subset: true, customName: 'QBLBLD+NotoSans-Bold' })];
  const page = pdf.addPage([595.28, 841.89]);
  const widths: number[] = [];
  texts.forEach((text, i) => {
    const font = faces[i % 2]!;
    widths.push(font.widthOfTextAtSize(text, 9.5), font.widthOfTextAtSize(text, 11));
    page.drawText(text, { x: 40, y: 800 - (i % 60) * 12, size: 9.5, font });
  });
  return { widths, pdf: Buffer.from(await pdf.save()) };
}

// Text that shaping leaves alone, and text it does not: ligatures (ff, fi, fl, ffi), the
// dotless i under a combining mark, precomposed and combining letters, a fraction, a soft hyphen,
// joiners, a variation selector, a letter the font lacks, an astral character and a lone surrogate.
const tricky = [
  'ӘҒҚҢӨҰҮҺІ әғқңөұүһі Ёё №12 «Заявление» — Өтініш',
  'office affluent fjord flat ﬁ ﬂ ﬃ',
  'i\u0307 j\u0301 і\u0308 A\u0328 Ą a\u0328 О\u031b',
  '½ 1\u20442 3/4',
  'ЖСН\u00ad881224400009 a\u200db a\u200cb\u2060c',
  '0\ufe00 0',
  ' ',
  '',
  'ℓ → ← ≤ ≥ € ₸ © ®',
  'Ελληνικά Հայերեն ქართული עברית العربية',
  '😀 \ud800 x',
  'A\u0328 then Ą, and Ą then A\u0328',
];

describe('statement fonts', () => {
  it('measure and draw tricky text exactly as plain fontkit does', async () => {
    for (const texts of [tricky, [...tricky].reverse()]) {
      const plain = await drawn(fontkit, texts);
      const shared = await drawn(statementFontkit, texts);
      expect(shared.widths).toEqual(plain.widths);
      expect(shared.pdf.equals(plain.pdf)).toBe(true);
    }
  });

  test.prop([fc.array(fc.string({ unit: fc.constantFrom(...[...tricky.join('')].filter((c) => c.length === 1), 'f', 'i', 'l', ' '), maxLength: 24 }), { minLength: 1, maxLength: 12 })], { numRuns: 25 })(
    'measure and draw any mix of those characters exactly as plain fontkit does',
    async (texts) => {
      // Plain fontkit itself fails on some marks after some letters (its GPOS anchor lookup, e.g.
      // «Ә» + U+031B), depending on what its font object met before; the shared fonts, parsed
      // once per process, may then draw it or fail too. Wherever plain fontkit draws, they match.
      const outcome = (shaping: Shaping) => drawn(shaping, texts).then((done) => ({ widths: done.widths, pdf: done.pdf.toString('base64') }), (error: Error) => ({ error: error.message }));
      const plain = await outcome(fontkit);
      const shared = await outcome(statementFontkit);
      if ('error' in plain) return;
      expect(shared).toEqual(plain);
    },
  );

  const service = seedCatalogue.services.find((s) => s.code === completeFields.serviceCode)!;
  const statement = (languages: StatementLanguage[], n: number, reprint = false, documents = 0) => {
    const updatedAt = new Date(Date.UTC(2026, 10, 25, 5, 0, n));
    const content = statementContent({
      application: {
        id: `019ab5a1-2c3d-7e4f-8a9b-${String(n).padStart(12, 'f')}`,
        visitId: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b',
        state: 'finished',
        version: 1,
        fields: { ...completeFields, house: String(n), email: 'office.fiona@mail.kz', street: 'Әуезов көшесі' },
        birthDate: '1988-12-24',
        sex: 'female',
        receiverOverridden: false,
        createdAt: updatedAt.toISOString(),
        updatedAt: updatedAt.toISOString(),
        finishedAt: updatedAt.toISOString(),
      },
      service,
      receiver: receiverById(seedCatalogue, completeFields.receiverId!)!,
      region: regionByKato(completeFields.regionKato!)!,
      district: districtByKato(seedCatalogue, completeFields.districtKato!),
      languages,
      centre: 'ХҚКО / ЦОН',
      desk: '1',
      operator: '____________________',
      documents: documents ? Array.from({ length: documents }, (_, i) => ({ name: { kk: `Құжат ${i + 1}`, ru: `Документ ${i + 1}`, en: `Document ${i + 1}` }, pages: i }))
        : service.checklist.map((item) => ({ name: item.name, pages: null })),
      reprint,
      date: updatedAt,
    });
    return { template, content, fonts, digest: 'abcdef0123456789', createdAt: updatedAt };
  };

  it('renders statements byte for byte as with plain fontkit, in any order and side by side', async () => {
    const inputs = [statement(['kk', 'ru'], 1), statement(['kk'], 2, true), statement(['ru'], 3), statement(['kk', 'ru'], 4, false, 80)];
    const expected = await Promise.all(inputs.map(async (input) => Buffer.from(await renderStatementPdf(input, fontkit))));
    const inTurn: Buffer[] = [];
    for (const input of [...inputs].reverse()) inTurn.unshift(Buffer.from(await renderStatementPdf(input)));
    const together = (await Promise.all(inputs.map((input) => renderStatementPdf(input)))).map((pdf) => Buffer.from(pdf));
    inputs.forEach((_, i) => {
      expect(inTurn[i]!.equals(expected[i]!), `statement ${i}`).toBe(true);
      expect(together[i]!.equals(expected[i]!), `statement ${i}`).toBe(true);
    });
  });
});
