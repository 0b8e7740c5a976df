import { randomUUID } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { ApiError } from '../../../shared/contract/errors';
import { attachmentLimits, checkAttachmentName, refuse } from './attachment-checks';

/**
 * A file the renderer sends in pieces (drag and drop, file picker), so a 25 MB scan never sits
 * whole in a message or in memory. Pieces are appended to a private file in the store's temporary
 * folder; an offset on every piece makes a retried piece harmless.
 */
export type UploadSessions = {
  begin(fileName: string, size: number): { uploadId: string };
  append(uploadId: string, offset: number, bytes: Uint8Array): Promise<{ received: number }>;
  /**
   * The complete file for an import; the session ends either way when `work` returns. The file's
   * document id was minted when its upload began: files dropped together keep the order they were
   * dropped in, whichever is stored first.
   */
  consume<T>(uploadId: string, work: (file: { path: string; fileName: string; documentId: string }) => Promise<T>): Promise<T>;
};

type Session = { path: string; fileName: string; documentId: string; size: number; received: number; touched: number; writing: Promise<unknown> };

// A desk uploads two files at a time; a handful more covers a retry after a dropped connection.
const MAX_SESSIONS = 8;
const IDLE_MS = 15 * 60 * 1000;

export function createUploadSessions(temporaryFolder: string, now: () => number = Date.now): UploadSessions {
  const sessions = new Map<string, Session>();

  const forget = (id: string) => {
    const session = sessions.get(id);
    sessions.delete(id);
    if (session) void rm(session.path, { force: true });
  };
  const expire = () => {
    for (const [id, session] of sessions) if (now() - session.touched > IDLE_MS) forget(id);
  };
  const find = (id: string) => {
    const session = sessions.get(id);
    if (!session) throw new ApiError('upload.not_found');
    session.touched = now();
    return session;
  };

  return {
    begin(fileName, size) {
      checkAttachmentName(fileName);
      if (size === 0) refuse('empty');
      if (size > attachmentLimits.fileBytes) refuse('too_large');
      expire();
      if (sessions.size >= MAX_SESSIONS) forget(sessions.keys().next().value!);
      const uploadId = randomUUID();
      sessions.set(uploadId, { path: join(temporaryFolder, `upload-${uploadId}`), fileName, documentId: uuidv7(), size, received: 0, touched: now(), writing: Promise.resolve() });
      return { uploadId };
    },

    async append(uploadId, offset, bytes) {
      const session = find(uploadId);
      // Pieces of one upload are written one after another, whatever order the calls arrive in.
      const write = session.writing.then(async () => {
        if (offset + bytes.length <= session.received) return; // a piece sent again after a lost answer
        if (offset !== session.received) throw new ApiError('upload.out_of_order');
        if (offset + bytes.length > session.size) refuse('too_large');
        const handle = await open(session.path, offset === 0 ? 'w' : 'a', 0o600);
        try {
          await handle.write(bytes);
        } finally {
          await handle.close();
        }
        session.received += bytes.length;
      });
      session.writing = write.catch(() => {});
      await write;
      return { received: session.received };
    },

    async consume(uploadId, work) {
      const session = find(uploadId);
      await session.writing;
      if (session.received !== session.size) throw new ApiError('upload.incomplete');
      sessions.delete(uploadId);
      try {
        return await work({ path: session.path, fileName: session.fileName, documentId: session.documentId });
      } finally {
        await rm(session.path, { force: true });
      }
    },
  };
}
