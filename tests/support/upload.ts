import { UPLOAD_CHUNK_BYTES } from '../../shared/contract/methods/attachment-methods';
import type { ApiClient } from '../../shared/contract/client';
import type { AttachmentRecord } from '../../shared/domain/attachment';

/** The name tests give a document of kind "other" where the name itself is not what they check. */
export const OTHER_LABEL = 'Тұрғылықты жерінен анықтама';

/** Sends a file the way the renderer does: begin, pieces in order, then attach the upload. */
export async function uploadAndAttach(
  api: ApiClient,
  applicationId: string,
  checklistItem: string,
  fileName: string,
  bytes: Uint8Array,
  label: string | undefined = checklistItem === 'other' ? OTHER_LABEL : undefined,
): Promise<AttachmentRecord> {
  const { uploadId } = await api.call('uploads.begin', { fileName, size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += UPLOAD_CHUNK_BYTES) {
    const piece = Buffer.from(bytes.subarray(offset, offset + UPLOAD_CHUNK_BYTES));
    await api.call('uploads.chunk', { uploadId, offset, contentBase64: piece.toString('base64') });
  }
  return api.call('attachments.add', { applicationId, checklistItem, uploadId, ...(label === undefined ? {} : { label }) });
}
