import type { Handlers } from '../../../shared/contract/dispatch';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/api';
import type { CoreDeps } from '../core-deps';
import type { StatementPrintRepository } from '../storage';
import { moveVisit } from '../visits';
import { decodeScan, findStatementCode, type StatementCode } from './scan-image';
import { scanPdfImages } from './scan-pdf';

type Result = MethodOutput<'statements.matchSignedScan'>;

export type SignedScan = { bytes: Uint8Array; mediaType: 'image/png' | 'image/jpeg' | 'image/tiff' | 'application/pdf' };

/**
 * Matches a scanned, signed statement to its application by the QR code it carries. Only the
 * statement of the application's current version, with a digest this workstation printed, is
 * accepted; any other is reported, never silently taken for the current one.
 */
export function createSignedScanHandlers(
  deps: Pick<CoreDeps, 'actor' | 'applications' | 'atomically' | 'events' | 'now' | 'visits'>,
  prints: StatementPrintRepository,
  attachScan: (applicationId: string, scan: SignedScan) => Promise<unknown>,
): Pick<Handlers, 'statements.matchSignedScan'> {
  const { applications, visits, atomically } = deps;
  return {
    'statements.matchSignedScan': async ({ mediaType, contentBase64 }: ParsedInput<'statements.matchSignedScan'>): Promise<Result> => {
      const none = { visitId: null, applicationId: null, version: null };
      const bytes = Buffer.from(contentBase64, 'base64');
      const images = mediaType === 'application/pdf' ? await scanPdfImages(bytes) : [await decodeScan(bytes, mediaType)];
      const code = images.reduce<StatementCode | null>((found, image) => found ?? (image ? findStatementCode(image) : null), null);
      if (!code) return { outcome: 'no_code', ...none };
      const application = applications.findById(code.applicationId);
      if (!application) return { outcome: 'unknown_application', ...none, applicationId: code.applicationId, version: code.version };
      const found = { visitId: application.visitId, applicationId: application.id, version: code.version };
      if (code.version !== application.version) return { outcome: 'outdated', ...found };
      if (!prints.digestsFor(application.id, application.version).includes(code.digest)) return { outcome: 'unknown_digest', ...found };
      // The scan is kept with the application first: "signed" is only said once the paper is safe.
      await attachScan(application.id, { bytes, mediaType });
      atomically(() => {
        const visit = visits.findById(application.visitId);
        if (visit?.status === 'statement_printed') moveVisit(deps, visit, 'signed', { cause: 'signed_scan' });
      });
      return { outcome: 'matched', ...found };
    },
  };
}
