import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../../shared/catalogue/catalogue';
import { kk } from '../../shared/i18n/kk';
import { median, percentile } from '../../electron/core/reports/report-figures';
import { withCore } from '../support/core-fixture';
import { deskWithReportDay, formulaName, reportBookings as bookings, reportDay as day, trickyName } from '../support/report-day';

const services = seedCatalogue.services.filter((service) => service.active);
const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

describe('reports', () => {
  it('counts the seeded day: visits, no-shows, statuses, services, waits', async () => {
    const { api } = await deskWithReportDay();
    const summary = await api.call('reports.summary', { from: day, to: day });
    expect(summary.visits).toBe(8);
    expect(summary.noShows).toBe(2);
    expect(summary.byStatus).toEqual([
      { status: 'in_service', count: 5 },
      { status: 'cancelled', count: 1 },
      { status: 'no_show', count: 2 },
    ]);
    expect(summary.waiting).toEqual({ measured: 5, medianMinutes: 7, p90Minutes: 40 });
    expect(summary.byService.find((entry) => entry.serviceCode === null)).toEqual({ serviceCode: null, count: 2 });
    for (const booking of bookings) expect(summary.byService).toContainEqual({ serviceCode: booking.service, count: 1 });
    expect(summary.perDay).toEqual([{ day, visits: 8, noShows: 2 }]);
  });

  it('spreads a range over its days, empty days included', async () => {
    const { api } = await deskWithReportDay();
    const summary = await api.call('reports.summary', { from: '2026-11-23', to: day });
    expect(summary.perDay).toEqual([
      { day: '2026-11-23', visits: 0, noShows: 0 },
      { day: '2026-11-24', visits: 1, noShows: 0 },
      { day, visits: 8, noShows: 2 },
    ]);
    expect(summary.visits).toBe(9);
  });

  it('lists the register in time order with times, wait and operator', async () => {
    const { api } = await deskWithReportDay();
    const { rows, truncated } = await api.call('reports.register', { from: day, to: day });
    expect(truncated).toBe(false);
    expect(rows.map((row) => row.time)).toEqual(['09:00', '09:10', '09:20', '09:30', '09:40', '09:50', '10:00', '10:30']);
    expect(rows.map((row) => row.waitMinutes)).toEqual([7, 10, 1, 40, null, null, 4, null]);
    expect(rows[0]).toMatchObject({ kind: 'booked', citizenName: bookings[0]!.name, bookingCode: bookings[0]!.code, serviceCode: bookings[0]!.service, status: 'in_service', operator: 'supervisor' });
    expect(rows[4]!.status).toBe('no_show');
    expect(rows[6]).toMatchObject({ kind: 'walk-in', citizenName: trickyName, serviceCode: null });
  });

  it('refuses a range that ends before it starts or spans more than a year, with a translated reason', async () => {
    const { api } = withCore('reports');
    for (const range of [{ from: day, to: '2026-11-24' }, { from: '2025-01-01', to: day }]) {
      const failure = await api.call('reports.summary', range).catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: 'contract.invalid_input', issues: [{ path: ['to'], message: 'validation.report_range' }] });
    }
  });

  it('writes the register CSV for Excel: BOM, semicolons, every value quoted, Kazakh letters intact, formulas defused', async () => {
    const { api } = await deskWithReportDay();
    const file = await api.call('reports.file', { range: { from: day, to: day }, file: 'register.csv', language: 'kk' });
    expect(file).toMatchObject({ fileName: `register-${day}.csv`, mediaType: 'text/csv' });
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('"Күні";"Уақыты";"Түрі";"Азамат";"Жазылу коды";"Қызмет коды";"Қызмет";"Күйі";"Келді";"Қызмет басталды";"Күту, мин";"Оператор"');
    expect(lines).toContain(
      `"${day}";"10:00";"Жазылусыз";"Әлия ""Ақ""; Сәрсенбайқызы";"";"";"Қызмет таңдалмаған";"Қызмет көрсетілуде";"10:00";"10:04";"4";"supervisor"`,
    );
    const parsed = Papa.parse<string[]>(text, { delimiter: ';' }).data;
    expect(parsed).toHaveLength(9);
    expect(parsed[1]![3]).toBe(bookings[0]!.name);
    expect(parsed[1]![6]).toBe(services.find((service) => service.code === bookings[0]!.service)!.name.kk);
    expect(parsed.find((row) => row[3]?.includes('Ғалымжан'))![3]).toBe(`'${formulaName}`);
  });

  it('writes the figures CSV in Russian', async () => {
    const { api } = await deskWithReportDay();
    const file = await api.call('reports.file', { range: { from: day, to: day }, file: 'summary.csv', language: 'ru' });
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF"Показатели";')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';' }).data;
    expect(rows).toContainEqual(['Медиана ожидания', '7']);
    expect(rows).toContainEqual(['Ожидание 9 из 10 граждан', '40']);
    expect(rows).toContainEqual(['Неявки', '2']);
  });

  it('prints the register PDF with embedded Noto Sans and text that pdftotext gives back, Kazakh letters included', async () => {
    const { api, dir } = await deskWithReportDay();
    const file = await api.call('reports.file', { range: { from: day, to: day }, file: 'register.pdf', language: 'kk' });
    const pdfFile = join(dir, file.fileName);
    writeFileSync(pdfFile, Buffer.from(file.contentBase64, 'base64'));
    expect(run('pdffonts', pdfFile)).toMatch(/NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(run('qpdf', '--check', pdfFile)).toContain('No syntax or stream encoding errors found');
    const text = run('pdftotext', '-layout', pdfFile, '-');
    for (const expected of ['Күндік қабылдау журналы', 'Әлия "Ақ"; Сәрсенбайқызы', bookings[0]!.name, 'Келмеді', 'Күтудің медианасы: 7 мин', '1 беттің 1-беті', 'Шаңырақ ауданы ХҚКО, 1-терезе']) {
      expect(text).toContain(expected);
    }
    for (const letter of [...'ӘҒҚӨҰәғқңөұүі']) expect(text, letter).toContain(letter);
    // Nothing is cut: no cell ends in an ellipsis, every line stays on the page, the counts by
    // status are there, and each service's full Kazakh name comes back whole once wrapping is undone.
    expect(text).not.toContain('…');
    expect(text).toContain(kk.reportUi.byStatus);
    const flat = run('pdftotext', pdfFile, '-').replace(/\s+/g, ' ');
    for (const code of new Set(bookings.map((booking) => booking.service))) {
      const name = seedCatalogue.services.find((service) => service.code === code)!.name.kk;
      expect(flat, code).toContain(`${name} — `);
    }
    const boxes = run('pdftotext', '-bbox', pdfFile, '-');
    for (const match of boxes.matchAll(/xMax="([\d.]+)"/g)) expect(Number(match[1])).toBeLessThanOrEqual(842 - 36 + 1);
  });

  it('records every report file taken out of the app in the audit log, by range, without names', async () => {
    const { api } = await deskWithReportDay();
    for (const [file, language] of [['register.csv', 'kk'], ['register.pdf', 'ru'], ['summary.csv', 'kk']] as const) {
      await api.call('reports.file', { range: { from: day, to: day }, file, language });
    }
    // Looking at the figures on screen takes nothing out of the app.
    await api.call('reports.summary', { from: day, to: day });
    const { entries } = await api.call('audit.list', { limit: 20 });
    const exported = entries.filter((entry) => entry.action === 'report.exported');
    expect(exported.map((entry) => entry.detail?.file).sort()).toEqual(['register.csv', 'register.pdf', 'summary.csv']);
    expect(exported.every((entry) => entry.recordId === day)).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('Сәрсенбайқызы');
  });

  it('print needs the desktop app’s printer', async () => {
    const { api } = withCore('reports');
    await expect(api.call('reports.print', { range: { from: day, to: day }, language: 'kk', silent: true })).rejects.toMatchObject({ code: 'statement.print_unavailable' });
  });
});

describe('report figures', () => {
  it('median of odd and even counts, nearest-rank percentile, nothing for no data', () => {
    expect(median([1, 4, 7])).toBe(4);
    expect(median([1, 4, 7, 10])).toBe(5.5);
    expect(percentile([1, 4, 7, 10, 40], 90)).toBe(40);
    expect(percentile(Array.from({ length: 20 }, (_, i) => i + 1), 90)).toBe(18);
    expect(median([])).toBeNull();
    expect(percentile([], 90)).toBeNull();
  });
});
