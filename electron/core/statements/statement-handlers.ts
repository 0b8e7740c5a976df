import type { Handlers } from '../../../shared/contract/dispatch';
import { createHash } from 'node:crypto';
import { serviceByCode, type Service } from '../../../shared/catalogue/catalogue';
import { SIGNED_STATEMENT } from '../../../shared/catalogue/documents';
import { documentName } from '../attachments';
import { districtByKato, receiverById } from '../../../shared/catalogue/receivers';
import { regionByKato } from '../../../shared/catalogue/regions';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/api';
import { ApiError } from '../../../shared/contract/errors';
import type { VisitStatus } from '../../../shared/domain/visit-workflow';
import type { PaperSize } from '../../../shared/domain/desk-settings';
import { readSettings, deskIdOf } from '../settings';
import { languagesOf, statementContent, type StatementContent, type StatementDocument, type StatementLayoutChoice } from '../../../shared/statement/statement-content';
import { currentCatalogue } from '../catalogue';
import type { CoreDeps } from '../core-deps';
import type { Attachment, StatementPrintRepository } from '../storage';
import { moveVisit, requireVisit } from '../visits';
import { renderStatementPdf } from './statement-pdf';
import type { StatementResources } from './statement-resources';

// Printing is possible while the citizen is at the desk; a reprint also after signing.
const printable: readonly VisitStatus[] = ['in_service', 'statement_printed', 'signed'];

/** A short, stable digest of exactly what the statement prints, in the languages it prints. */
export function statementDigest(content: StatementContent): string {
  return createHash('sha256').update(JSON.stringify([content.languages, content.values, content.documents, content.conditions])).digest('hex').slice(0, 16);
}

/**
 * The documents the statement lists, by their checklist names with page counts; "other" by the
 * name the operator gave it. The signed statement is the statement itself and is never listed.
 * While nothing is attached yet, the documents the citizen is asked for, so they see what to bring.
 */
function statementDocuments(attached: readonly Attachment[], service: Service): StatementDocument[] {
  const documents = attached.filter((attachment) => attachment.checklistItem !== SIGNED_STATEMENT);
  if (documents.length === 0) {
    return service.checklist.filter((item) => item.requirement === 'required' && item.provision !== 'from-state-systems').map((item) => ({ name: item.name, pages: null }));
  }
  return documents.map((attachment) => ({ name: documentName(attachment, service), pages: attachment.pageCount }));
}

/** Prints a PDF on this workstation; only the Electron app has one. */
export type StatementPrinter = {
  print(pdf: Uint8Array, options: PrintOptions): Promise<'printed' | 'cancelled'>;
  /** The printers the system offers, for the Settings page. */
  list?(): Promise<string[]>;
};
/** The printer and paper chosen in Settings; none chosen means the system's default printer. */
export type PrintOptions = { silent: boolean; printerName?: string | null; paperSize?: PaperSize };

export function printOptions(settings: CoreDeps['settings'], silent: boolean): PrintOptions {
  const { printerName, paperSize } = readSettings(settings);
  return { silent, printerName, paperSize };
}

export function createStatementHandlers(
  deps: Pick<CoreDeps, 'actor' | 'applications' | 'atomically' | 'catalogues' | 'events' | 'now' | 'settings' | 'staff' | 'visits'>,
  prints: StatementPrintRepository,
  resources: () => Promise<StatementResources>,
  printer: StatementPrinter | undefined,
  attachedTo: (applicationId: string) => Attachment[],
): Pick<Handlers, 'statements.export' | 'statements.print'> {
  const { applications, catalogues, settings, atomically, now, actor } = deps;

  /** Renders the statement of the visit's finished application, as it stands now. */
  const prepare = async (visitId: string, layout: StatementLayoutChoice) => {
    const visit = requireVisit(deps, visitId);
    const application = applications.findByVisit(visitId);
    if (application?.state !== 'finished') throw new ApiError('application.not_finished');
    if (!printable.includes(visit.status)) throw new ApiError('visit.transition_refused');
    const fields = application.fields;
    const catalogue = currentCatalogue(catalogues);
    const service = serviceByCode(catalogue, fields.serviceCode ?? '');
    const receiver = receiverById(catalogue, fields.receiverId ?? '');
    const region = regionByKato(fields.regionKato ?? '');
    // Finishing checked all three; a catalogue update since then could have withdrawn one.
    if (!service || !receiver || !region) throw new ApiError('application.not_finished');
    const reprint = prints.countFor(application.id) > 0;
    const createdAt = new Date(application.updatedAt);
    const content = statementContent({
      application,
      service,
      receiver,
      region,
      district: districtByKato(catalogue, fields.districtKato ?? ''),
      centre: settings.get('workstation.centreName') ?? settings.get('workstation.centre') ?? 'ХҚКО / ЦОН',
      desk: deskIdOf(settings),
      operator: deps.staff.byLogin(actor())?.name ?? actor(),
      documents: statementDocuments(attachedTo(application.id), service),
      languages: languagesOf(layout),
      reprint,
      date: createdAt,
    });
    const digest = statementDigest(content);
    const { template, fonts } = await resources();
    const pdf = await renderStatementPdf({ template, content, fonts, digest, createdAt });
    return { visit, application, digest, reprint, pdf };
  };

  /** Every print and export is recorded; the first moves the visit to "statement printed". */
  const record = (prepared: Awaited<ReturnType<typeof prepare>>, purpose: 'print' | 'export') =>
    atomically(() => {
      const { visit, application, digest, reprint } = prepared;
      const at = now().toISOString();
      prints.add({ visitId: visit.id, applicationId: application.id, version: application.version, digest, purpose, reprint, at, actor: actor() });
      const current = deps.visits.findById(visit.id);
      if (current?.status === 'in_service') moveVisit(deps, current, 'statement_printed', { cause: purpose });
    });

  return {
    'statements.export': async ({ visitId, purpose, layout }: ParsedInput<'statements.export'>): Promise<MethodOutput<'statements.export'>> => {
      const prepared = await prepare(visitId, layout);
      record(prepared, purpose);
      return {
        fileName: `statement-${prepared.application.id}-v${prepared.application.version}.pdf`,
        pdfBase64: Buffer.from(prepared.pdf).toString('base64'),
        version: prepared.application.version,
        digest: prepared.digest,
        reprint: prepared.reprint,
      };
    },

    'statements.print': async ({ visitId, silent, layout }: ParsedInput<'statements.print'>): Promise<MethodOutput<'statements.print'>> => {
      if (!printer) throw new ApiError('statement.print_unavailable');
      const prepared = await prepare(visitId, layout);
      // A print the operator cancelled in the dialog is not a print: nothing is recorded.
      if ((await printer.print(prepared.pdf, printOptions(settings, silent))) === 'cancelled') return { printed: false, reprint: prepared.reprint };
      record(prepared, 'print');
      return { printed: true, reprint: prepared.reprint };
    },
  };
}
