import { randomBytes } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { v7 as uuidv7 } from 'uuid';
import type { ApiClient } from '../../shared/contract/client';
import { sampleIin } from './bookings-file';
import { completeFields, finishedApplication } from './finished-application';
import { uploadAndAttach } from './upload';

/** A one-page PDF unlike any other (its label and some random filler), about `bytes` long. */
export async function uniquePdf(label: string, bytes = 2_000): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.addPage([595, 842]).drawText(label, { x: 50, y: 800 });
  await pdf.attach(randomBytes(Math.max(1, bytes - 1_000)), 'scan-data.bin', { mimeType: 'application/octet-stream' });
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

export type QueuedIds = { visitId: string; applicationId: string };

/**
 * Takes the n-th sample citizen through the desk's whole flow to the send queue: finished
 * application, statement saved, signed, identity document and signed statement attached, completed.
 */
export async function queuedApplication(api: ApiClient, n: number, documents?: { identity: Uint8Array; signed: Uint8Array }): Promise<QueuedIds> {
  const ids = { visitId: uuidv7(), applicationId: uuidv7() };
  await finishedApplication(api, ids, { ...completeFields, iin: sampleIin(n) });
  await api.call('statements.export', { visitId: ids.visitId, purpose: 'export' });
  await api.call('visits.transition', { id: ids.visitId, to: 'signed' });
  await uploadAndAttach(api, ids.applicationId, 'identity-document', 'id.pdf', documents?.identity ?? (await uniquePdf(`identity ${n}`)));
  await uploadAndAttach(api, ids.applicationId, 'signed-statement', 'signed.pdf', documents?.signed ?? (await uniquePdf(`signed ${n}`)));
  await api.call('applications.complete', { id: ids.applicationId });
  return ids;
}
