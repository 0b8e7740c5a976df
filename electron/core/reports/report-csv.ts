import Papa from 'papaparse';
import type { RegisterRow, ReportSummary } from '../../../shared/domain/report';
import { clock, type ReportLabels } from './report-labels';

/**
 * Excel on Windows reads a CSV as the system's ANSI code page unless it starts with a UTF-8 byte
 * order mark, which turns Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і) into garbage. The separator
 * is a semicolon because that is Excel's list separator under Kazakh and Russian regional
 * settings. Every value is quoted, and values that would start a formula are defused.
 */
const BOM = '\uFEFF';

function toCsv(header: string[], rows: (string | number)[][]): string {
  return BOM + Papa.unparse({ fields: header, data: rows }, { delimiter: ';', quotes: true, newline: '\r\n', escapeFormulae: true });
}

export function registerCsv(rows: readonly RegisterRow[], labels: ReportLabels): string {
  const c = labels.texts.columns;
  const none = labels.texts.none;
  return toCsv(
    [c.date, c.time, c.kind, c.citizen, c.bookingCode, c.serviceCode, c.service, c.status, c.arrived, c.served, c.wait, c.operator],
    rows.map((row) => [
      row.day,
      row.time,
      labels.kind(row),
      row.citizenName,
      row.bookingCode ?? '',
      row.serviceCode ?? '',
      labels.service(row.serviceCode),
      labels.status(row),
      clock(row.arrivedAt, none),
      clock(row.servedAt, none),
      row.waitMinutes ?? '',
      row.operator ?? '',
    ]),
  );
}

export function summaryCsv(summary: ReportSummary, labels: ReportLabels): string {
  const { texts } = labels;
  const c = texts.columns;
  const f = texts.figures;
  const rows: (string | number)[][] = [
    [f.visits, summary.visits],
    [f.noShows, summary.noShows],
    [f.waitMedian, summary.waiting.medianMinutes ?? ''],
    [f.waitP90, summary.waiting.p90Minutes ?? ''],
    [],
    [texts.byService, c.count],
    ...summary.byService.map((entry) => [labels.service(entry.serviceCode), entry.count]),
    [],
    [texts.byStatus, c.count],
    ...summary.byStatus.map((entry) => [labels.status(entry), entry.count]),
    [],
    [c.date, c.count, c.noShows],
    ...summary.perDay.map((day) => [day.day, day.visits, day.noShows]),
  ];
  return toCsv([texts.summary, labels.fill(texts.pdfRange, { from: summary.from, to: summary.to })], rows);
}
