import { createHash, type Hash } from 'node:crypto';

/** A running SHA-256 of an upload's bytes from 0 to `bytes`. */
type Running = { hash: Hash; bytes: number };
/** What one request hashes: its body, continued from the upload's running hash at `start`. */
export type RequestHash = { running: Running | null; start: number };

/** Uploads whose running hash is kept between requests; beyond it the oldest are read again at their end. */
const KEPT_UPLOADS = 256;

/**
 * SHA-256 of uploads as their bytes arrive, so a finished upload is checked without reading its
 * file again. A request continues the running hash only when it starts where that hash ends and
 * tus took all it carried; anything else (a gap, a rejected PATCH, a restart of the server) drops
 * it, and the upload is hashed from its file at its end, as before.
 */
export function uploadHashes() {
  const kept = new Map<string, Running>();

  return {
    /** The hash a request's body feeds: from 0 for a creation, else continued where the upload's hash stands. */
    begin(uploadId: string | null, start: number): RequestHash {
      const held = uploadId ? kept.get(uploadId) : undefined;
      if (start === 0) return { running: { hash: createHash('sha256'), bytes: 0 }, start };
      if (held && held.bytes === start) return { running: { hash: held.hash.copy(), bytes: start }, start };
      return { running: null, start };
    },
    update(request: RequestHash, chunk: Buffer) {
      if (!request.running) return;
      request.running.hash.update(chunk);
      request.running.bytes += chunk.length;
    },
    /** The digest of a finished upload's whole file, when this request's hash covers it all. */
    digest(request: RequestHash | undefined, size: number): string | null {
      if (!request?.running || request.running.bytes !== size) return null;
      return request.running.hash.copy().digest('hex');
    },
    /** After tus answered: keeps the hash for the next request when the store's offset is where it ends. */
    settle(uploadId: string | null, request: RequestHash, offset: number | null, finished: boolean) {
      if (!uploadId) return;
      kept.delete(uploadId);
      if (finished || !request.running || offset !== request.running.bytes) return;
      kept.set(uploadId, request.running);
      if (kept.size > KEPT_UPLOADS) kept.delete(kept.keys().next().value!);
    },
  };
}
