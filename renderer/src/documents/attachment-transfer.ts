import type { ApiClient } from '../../../shared/contract/client';
import { READ_CHUNK_BYTES, UPLOAD_CHUNK_BYTES } from '../../../shared/contract/methods/attachment-methods';
import { fileAsBase64 } from '../common/file-as-base64';

/**
 * Sends a file to the core in pieces, so a large scan never sits whole in one message; reports
 * the share sent after each piece. The upload begins once `turn` has settled: the core names the
 * document as its upload begins, so files begun in turn are listed in that order. Returns the
 * upload to attach.
 */
export function uploadFile(api: ApiClient, file: File, onProgress: (fraction: number) => void, turn: Promise<unknown> = Promise.resolve()): { begun: Promise<unknown>; sent: Promise<string> } {
  const begun = turn.then(() => api.call('uploads.begin', { fileName: file.name, size: file.size }));
  const sent = begun.then(async ({ uploadId }) => {
    for (let offset = 0; offset < file.size; offset += UPLOAD_CHUNK_BYTES) {
      const contentBase64 = await fileAsBase64(file.slice(offset, offset + UPLOAD_CHUNK_BYTES));
      await api.call('uploads.chunk', { uploadId, offset, contentBase64 });
      onProgress(Math.min(1, (offset + UPLOAD_CHUNK_BYTES) / file.size));
    }
    return uploadId;
  });
  return { begun, sent };
}

const base64Bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

// A stored version never changes, so its bytes are kept for the thumbnails and viewer on screen;
// only the few most recent, since a day of scans would otherwise pile up in the page's memory.
const fetched = new Map<string, Promise<Uint8Array>>();
const KEPT = 12;

/** A stored attachment's bytes, read a piece at a time. */
export function attachmentBytes(api: ApiClient, id: string): Promise<Uint8Array> {
  let bytes = fetched.get(id);
  if (bytes) {
    fetched.delete(id);
    fetched.set(id, bytes);
  } else {
    bytes = (async () => {
      const pieces: Uint8Array[] = [];
      let offset = 0;
      let size = Infinity;
      while (offset < size) {
        const piece = await api.call('attachments.read', { id, offset, length: READ_CHUNK_BYTES });
        size = piece.size;
        const decoded = base64Bytes(piece.contentBase64);
        if (decoded.length === 0) break;
        pieces.push(decoded);
        offset += decoded.length;
      }
      const whole = new Uint8Array(offset);
      let at = 0;
      for (const piece of pieces) {
        whole.set(piece, at);
        at += piece.length;
      }
      return whole;
    })();
    bytes.catch(() => fetched.delete(id));
    fetched.set(id, bytes);
    if (fetched.size > KEPT) fetched.delete(fetched.keys().next().value!);
  }
  return bytes;
}
