import { join, resolve } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { ticketSlipSchema, type TicketSlip } from '../../shared/domain/ticket-slip';
import { statementResources } from '../../electron/core/statements';
import { createSettingRepository } from '../../electron/core/storage';
import { renderTicketSlipPdf, ticketPrintOptions } from '../../electron/core/tickets';
import { withCore } from '../support/core-fixture';
import { joinedText, pdfText, type PdfPageText } from '../support/pdf-text';
import { openWorkstationDb } from '../support/workstation-files';

const fonts = async () => (await statementResources(resolve(import.meta.dirname, '../../resources'))()).fonts;

const MM = 72 / 25.4;
const slip: TicketSlip = {
  number: 'А-015',
  serviceGroup: { kk: 'Жеке құжаттар', ru: 'Документы, удостоверяющие личность' },
  centreName: 'Астана қ. Есіл ауданының ХҚКО',
  issuedAt: '2026-03-02T09:15:42+05:00',
  bookedSlot: '10:30',
  expectedWaitMinutes: 25,
  peopleAhead: 3,
};
const longName = {
  kk: 'Мемлекеттік әлеуметтік жәрдемақыларды, арнаулы мемлекеттік жәрдемақыларды және жерлеуге арналған біржолғы төлемді тағайындау',
  ru: 'Назначение государственных социальных пособий, специальных государственных пособий и единовременной выплаты на погребение',
};

async function rendered(input: TicketSlip) {
  const { pdf, paper } = await renderTicketSlipPdf(ticketSlipSchema.parse(input), await fonts());
  const pages = await pdfText(pdf);
  return { pdf, paper, pages, page: pages[0]! };
}

/** Every run of text lies inside the printable 72 mm (a hair for rounding). */
function withinPrintable(page: PdfPageText) {
  for (const item of page.items) {
    expect(item.x, item.text).toBeGreaterThanOrEqual(4 * MM - 0.01);
    expect(item.x + item.width, item.text).toBeLessThanOrEqual(page.width - 4 * MM + 0.01);
  }
}

describe('ticket slip', () => {
  it('is one page of 80 mm paper, no taller than its text, with the paper size in microns for the printer', async () => {
    const { pages, page, paper } = await rendered(slip);
    expect(pages).toHaveLength(1);
    expect(page.width).toBeCloseTo(226.77, 2);
    expect(paper).toEqual({ width: 80_000, height: Math.round((page.height * 25_400) / 72) });
    // The last line's baseline sits within the bottom margin and one descent, the first line under the top margin.
    const lowest = Math.min(...page.items.map((item) => item.y));
    expect(lowest).toBeGreaterThan(4 * MM);
    expect(lowest).toBeLessThan(4 * MM + 0.3 * 9 + 1);
    const highest = Math.max(...page.items.map((item) => item.y + item.size));
    expect(highest).toBeLessThanOrEqual(page.height - 4 * MM + 0.01);
    expect(highest).toBeGreaterThan(page.height - 4 * MM - 2);
    // A walk-in's slip has neither the booked time nor its line of advice: it is shorter.
    const walkIn = await rendered({ ...slip, bookedSlot: null });
    expect(walkIn.page.height).toBeLessThan(page.height);
  });

  it('prints the number large, the service in both languages, the centre, the times and what to do', async () => {
    const { page } = await rendered(slip);
    const text = joinedText(page);
    const number = page.items.find((item) => item.text === 'А-015');
    expect(number?.size).toBeGreaterThanOrEqual(48);
    expect(Math.max(...page.items.filter((item) => item !== number).map((item) => item.size))).toBeLessThan(number!.size / 4);
    for (const expected of [
      'Астана қ. Есіл ауданының ХҚКО',
      'Кезек талоны / Талон очереди',
      'Жеке құжаттар',
      'Документы, удостоверяющие личность',
      'Берілді / Выдан 02.03.2026 09:15',
      'Жазылған уақыт / Время записи 10:30',
      'Шамамен күту / Ожидание около 25 мин',
      'Алдыңызда / Перед вами 3',
      'Сізді жазылған уақытыңызда шақырады. Нөміріңіз залдағы экранда шыққанша күтіңіз.',
      'Вас пригласят ко времени записи. Ожидайте, пока ваш номер появится на экране в зале.',
    ]) {
      expect(text).toContain(expected);
    }
    // Without an estimate or a count, those lines are left out rather than printed empty.
    const bare = joinedText((await rendered({ ...slip, expectedWaitMinutes: null, peopleAhead: null })).page);
    expect(bare).not.toContain('Ожидание около');
    expect(bare).not.toContain('Перед вами');
    // People ahead but no estimate (nobody of the group served yet today): the slip says so in both languages.
    const unknown = joinedText((await rendered({ ...slip, expectedWaitMinutes: null, peopleAhead: 2 })).page);
    expect(unknown).not.toContain('Ожидание около');
    expect(unknown).toContain('Күту уақыты әзірге белгісіз');
    expect(unknown).toContain('Время ожидания пока неизвестно');
    expect(bare).not.toContain('неизвестно');
  });

  it('gives the same bytes for the same slip, and the shared fonts give what plain fontkit gives', async () => {
    const first = await renderTicketSlipPdf(slip, await fonts());
    const second = await renderTicketSlipPdf(structuredClone(slip), await fonts());
    expect(Buffer.from(second.pdf).equals(Buffer.from(first.pdf))).toBe(true);
    const plain = await renderTicketSlipPdf(slip, await fonts(), fontkit);
    expect(Buffer.from(plain.pdf).equals(Buffer.from(first.pdf))).toBe(true);
    const other = await renderTicketSlipPdf({ ...slip, number: 'А-016' }, await fonts());
    expect(Buffer.from(other.pdf).equals(Buffer.from(first.pdf))).toBe(false);
  });

  it('wraps a long service group or centre name within the printable width and grows the paper for it', async () => {
    const short = await rendered(slip);
    const long = await rendered({ ...slip, serviceGroup: longName, centreName: `${'Ұзын'.repeat(30)} ХҚКО` });
    withinPrintable(short.page);
    withinPrintable(long.page);
    const text = joinedText(long.page);
    expect(text).toContain(longName.kk);
    expect(text).toContain(longName.ru);
    // Each name over several lines, and the paper longer by at least those lines.
    expect(long.page.items.filter((item) => longName.kk.includes(item.text)).length).toBeGreaterThanOrEqual(3);
    expect(long.page.items.filter((item) => longName.ru.includes(item.text)).length).toBeGreaterThanOrEqual(3);
    expect(long.page.height).toBeGreaterThan(short.page.height + 4 * 11 * 1.25);
  });

  it('fits the widest number the hub issues within the printable width, still the largest text', async () => {
    const { page } = await rendered({ ...slip, number: 'ҚР-99999' });
    withinPrintable(page);
    const number = page.items.find((item) => item.text === 'ҚР-99999');
    expect(number?.size).toBe(Math.max(...page.items.map((item) => item.size)));
  });

  it('prints every Kazakh letter with a real glyph of the fonts', async () => {
    const kazakh = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі';
    const { page } = await rendered({ ...slip, number: 'Ә-007', serviceGroup: { kk: `Қызметтер ${kazakh}`, ru: 'Услуги' } });
    const text = joinedText(page);
    expect(text).toContain('Ә-007');
    expect(text).toContain(`Қызметтер ${kazakh}`);
    const { regular, bold } = await fonts();
    for (const face of [fontkit.create(regular), fontkit.create(bold)]) {
      for (const char of new Set(text.replace(/\s/g, ''))) expect(face.glyphForCodePoint(char.codePointAt(0)!).id, char).toBeGreaterThan(0);
    }
  });

  it('takes only well-formed slips: a number as the hub issues it (one or two capitals, three to five digits), the centre’s own clock', () => {
    for (const number of ['А-015', 'A-015', 'Ә-001', 'Ү-999', 'І-100', 'АБ-015', 'Ё-1000', 'ҚР-99999']) expect(ticketSlipSchema.safeParse({ ...slip, number }).success, number).toBe(true);
    for (const number of ['А-15', 'АБВ-015', 'а-015', 'А015', 'А-100000', ' А-015', 'А-０１５']) {
      expect(ticketSlipSchema.safeParse({ ...slip, number }).error?.issues[0]?.message, number).toBe('validation.ticket_number');
    }
    expect(ticketSlipSchema.safeParse({ ...slip, issuedAt: '2026-03-02T04:15:42Z' }).success).toBe(false);
    expect(ticketSlipSchema.safeParse({ ...slip, issuedAt: '2026-03-02 09:15' }).success).toBe(false);
    expect(ticketSlipSchema.safeParse({ ...slip, bookedSlot: '9:30' }).success).toBe(false);
    expect(ticketSlipSchema.safeParse({ ...slip, expectedWaitMinutes: -1 }).success).toBe(false);
    expect(ticketSlipSchema.safeParse({ ...slip, serviceGroup: { kk: 'Бір\nекі', ru: 'Один' } }).success).toBe(false);
  });

  it('goes to the ticket printer chosen in Settings, apart from the statement printer', async () => {
    const { api, dataDir, core } = withCore('ticket-printer');
    await api.call('settings.update', { printerName: 'HP LaserJet', ticketPrinterName: 'XPrinter XP-80C' });
    expect((await api.call('settings.get', {})).settings).toMatchObject({ printerName: 'HP LaserJet', ticketPrinterName: 'XPrinter XP-80C' });
    await core.close();
    const db = openWorkstationDb(join(dataDir, 'qabyldau.sqlite'), dataDir);
    try {
      expect(ticketPrintOptions(createSettingRepository(db))).toEqual({ printerName: 'XPrinter XP-80C' });
    } finally {
      db.close();
    }
  });
});
