import { randomBytes } from 'node:crypto';
import { PDFDocument, PDFName } from 'pdf-lib';
import { v7 as uuidv7 } from 'uuid';
import type { ApiClient } from '../../shared/contract/client';
import { sampleIin } from './bookings-file';
import { completeFields, finishedApplication } from './finished-application';
import { uploadAndAttach } from './upload';

/**
 * A one-page PDF unlike any other (its label, and a row of random grey pixels as its scan), about
 * `bytes` long. The filler is an image as a scanner's is: an attached file would be refused.
 */
export async function uniquePdf(label: string, bytes = 2_000): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const page = pdf.addPage([595, 842]);
  page.drawText(label, { x: 50, y: 800 });
  const width = Math.max(1, bytes - 1_000);
  const scan = pdf.context.stream(randomBytes(width), { Type: 'XObject', Subtype: 'Image', Width: width, Height: 1, ColorSpace: 'DeviceGray', BitsPerComponent: 8 });
  page.node.setXObject(PDFName.of('Scan'), pdf.context.register(scan));
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
