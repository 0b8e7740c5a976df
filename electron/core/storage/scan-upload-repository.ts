import type { Db } from './database';

export type ScanUpload = { sha256: string; url: string; offset: number; updated: string };

/**
 * The resumable upload of each scan under way (migration 015): its address on the central system
 * and the offset last acknowledged. Each write is a statement of its own, committed at once, so a
 * desk killed mid-upload finds the address again at its next start.
 */
export type ScanUploadRepository = {
  find(sha256: string): ScanUpload | undefined;
  /** Keeps the address of a new upload, or the offset the server acknowledged at it. */
  save(upload: ScanUpload): void;
  /** Forgets the upload: the server holds the scan, or no longer knows the address. */
  forget(sha256: string): void;
};

export function createScanUploadRepository(db: Db): ScanUploadRepository {
  const find = db.prepare<[string], ScanUpload>('SELECT sha256, url, offset, updated FROM scan_uploads WHERE sha256 = ?');
  const save = db.prepare(
    `INSERT INTO scan_uploads (sha256, url, offset, updated) VALUES (@sha256, @url, @offset, @updated)
     ON CONFLICT (sha256) DO UPDATE SET url = excluded.url, offset = excluded.offset, updated = excluded.updated`,
  );
  const forget = db.prepare('DELETE FROM scan_uploads WHERE sha256 = ?');
  return {
    find: (sha256) => find.get(sha256),
    save: (upload) => void save.run(upload),
    forget: (sha256) => void forget.run(sha256),
  };
}
