import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { syncPath } from '../durable-path';
import { join } from 'node:path';
import type { Localized } from '../../../shared/catalogue/localized';
import type { Attachment } from '../storage';

export type ExportManifest = {
  application: string;
  exportedAt: string;
  files: {
    file: string;
    /** The document as the statement lists it (checklist name, or the operator's name for "other"). */
    document: { kk: string; ru: string };
    originalName: string;
    checklistItem: string;
    mediaType: string;
    size: number;
    sha256: string;
  }[];
};

/** A name safe on Windows and Linux alike, keeping the letters the operator reads (Kazakh too). */
function safeFileName(name: string): string {
  const cleaned = name.replace(/[<>:"/\\|?*\p{Cc}]/gu, '_').replace(/[. ]+$/, '');
  return cleaned === '' ? 'file' : cleaned.slice(0, 120);
}

/**
 * Copies an application's documents into a new folder under `parent`, with `manifest.json` and a
 * `SHA256SUMS` that `sha256sum -c` checks. The folder is filled under a temporary name and renamed
 * when whole, so a folder with the final name is always a complete hand-over.
 */
export async function exportDocuments(
  parent: string,
  applicationId: string,
  attachments: Attachment[],
  blobContent: (sha256: string) => Promise<Buffer>,
  nameOf: (attachment: Attachment) => Localized,
  now: Date,
): Promise<{ folder: string; manifest: ExportManifest }> {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const name = `qabyldau-${applicationId.slice(0, 8)}-${stamp}`;
  const folder = join(parent, name);
  // Each export fills its own temporary folder, so two at the same instant never share one.
  const partial = join(parent, `.${name}.${randomUUID()}.partial`);
  await mkdir(partial, { recursive: true });
  const manifest: ExportManifest = { application: applicationId, exportedAt: now.toISOString(), files: [] };
  for (const [index, attachment] of attachments.entries()) {
    const file = `${String(index + 1).padStart(2, '0')}-${safeFileName(attachment.checklistItem)}-${safeFileName(attachment.originalName)}`;
    await writeFile(join(partial, file), await blobContent(attachment.sha256), { mode: 0o600 });
    await syncPath(join(partial, file));
    const { originalName, checklistItem, mediaType, size, sha256 } = attachment;
    const { kk, ru } = nameOf(attachment);
    manifest.files.push({ file, document: { kk, ru }, originalName, checklistItem, mediaType, size, sha256 });
  }
  await writeFile(join(partial, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n', { flush: true });
  await writeFile(join(partial, 'SHA256SUMS'), manifest.files.map((f) => `${f.sha256}  ${f.file}\n`).join(''), { flush: true });
  await syncPath(partial);
  const placed = await placeUnderFreeName(partial, folder).catch(async (error: unknown) => {
    await rm(partial, { recursive: true, force: true });
    throw error;
  });
  await syncPath(parent);
  return { folder: placed, manifest };
}

/**
 * Renames the finished folder to `wanted`, or `wanted-2`, `-3`… when an export of the same second
 * holds the name: a double click or a second purpose gets its own complete folder, never a failure.
 * The rename itself decides, so two exports racing for one name cannot both take it.
 */
async function placeUnderFreeName(partial: string, wanted: string): Promise<string> {
  for (let attempt = 1; attempt <= 1000; attempt += 1) {
    const candidate = attempt === 1 ? wanted : `${wanted}-${attempt}`;
    if (await exists(candidate)) continue;
    try {
      await rename(partial, candidate);
      return candidate;
    } catch (error) {
      // Another export took the name between the look and the rename (POSIX: ENOTEMPTY, Windows: EPERM/EEXIST).
      if (!(await exists(candidate))) throw error;
    }
  }
  throw new Error('no free export folder name');
}

const exists = (path: string) => stat(path).then(() => true, () => false);
