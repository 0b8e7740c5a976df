import type { Handlers } from '../../../shared/contract/dispatch';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/api';
import { ApiError } from '../../../shared/contract/errors';
import { localDayOf } from '../../../shared/domain/day';
import type { DayRange } from '../../../shared/domain/report';
import type { Language } from '../../../shared/i18n/languages';
import { audit } from '../audit';
import { currentCatalogue } from '../catalogue';
import type { CoreDeps } from '../core-deps';
import { printOptions, type StatementPrinter, type StatementResources } from '../statements';
import type { ReportRepository } from '../storage';
import { deskIdOf } from '../settings';
import { registerCsv, summaryCsv } from './report-csv';
import { registerRow, summarise } from './report-figures';
import { reportLabels } from './report-labels';
import { renderRegisterPdf } from './report-pdf';

/** The screen shows this many register lines; files carry every visit of the range. */
const SCREEN_ROWS = 2_000;
const FILE_ROWS = 200_000;

export function createReportHandlers(
  deps: Pick<CoreDeps, 'actor' | 'atomically' | 'audit' | 'catalogues' | 'now' | 'settings'>,
  reports: ReportRepository,
  resources: () => Promise<StatementResources>,
  printer: StatementPrinter | undefined,
): Pick<Handlers, 'reports.file' | 'reports.print' | 'reports.register' | 'reports.summary'> {
  const rowsOf = (range: DayRange, limit: number) => reports.timelines(range.from, range.to, limit).map(registerRow);
  const rangeName = ({ from, to }: DayRange) => (from === to ? from : `${from}_${to}`);

  const registerPdf = async (range: DayRange, language: Language) => {
    const rows = rowsOf(range, FILE_ROWS);
    const { fonts } = await resources();
    const at = deps.now();
    return renderRegisterPdf({
      rows,
      summary: summarise(range, rows),
      labels: reportLabels(language, currentCatalogue(deps.catalogues)),
      fonts,
      centre: deps.settings.get('workstation.centreName') ?? deps.settings.get('workstation.centre') ?? '',
      desk: deskIdOf(deps.settings),
      madeAt: `${localDayOf(at)} ${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`,
      language,
    });
  };

  const record = (action: 'report.exported' | 'report.printed', range: DayRange, file: string) =>
    deps.atomically(() => audit(deps, action, { kind: 'report', id: rangeName(range) }, { file }));

  return {
    'reports.register': (range: ParsedInput<'reports.register'>): MethodOutput<'reports.register'> => {
      const rows = rowsOf(range, SCREEN_ROWS + 1);
      return { rows: rows.slice(0, SCREEN_ROWS), truncated: rows.length > SCREEN_ROWS };
    },
    'reports.summary': (range: ParsedInput<'reports.summary'>) => summarise(range, rowsOf(range, FILE_ROWS)),
    'reports.file': async ({ range, file, language }: ParsedInput<'reports.file'>): Promise<MethodOutput<'reports.file'>> => {
      const labels = reportLabels(language, currentCatalogue(deps.catalogues));
      const base = `${file.startsWith('summary') ? 'summary' : 'register'}-${rangeName(range)}`;
      let result: MethodOutput<'reports.file'>;
      if (file === 'register.pdf') {
        result = { fileName: `${base}.pdf`, mediaType: 'application/pdf', contentBase64: Buffer.from(await registerPdf(range, language)).toString('base64') };
      } else {
        const rows = rowsOf(range, FILE_ROWS);
        const csv = file === 'register.csv' ? registerCsv(rows, labels) : summaryCsv(summarise(range, rows), labels);
        result = { fileName: `${base}.csv`, mediaType: 'text/csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64') };
      }
      // The register names citizens: who took it out of the app, and when, is on record.
      record('report.exported', range, file);
      return result;
    },
    'reports.print': async ({ range, language, silent }: ParsedInput<'reports.print'>): Promise<MethodOutput<'reports.print'>> => {
      if (!printer) throw new ApiError('statement.print_unavailable');
      const outcome = await printer.print(await registerPdf(range, language), printOptions(deps.settings, silent));
      if (outcome === 'printed') record('report.printed', range, 'register.pdf');
      return { printed: outcome === 'printed' };
    },
  };
}
