import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { arch, platform, release } from 'node:os';
import { basename, join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import type { AppLog } from './app-log';

/** Facts for support: versions and counts, never a record's content. */
export type DiagnosticFacts = Record<string, string | number | boolean | null>;

/**
 * Zips the app's logs with a `versions.json` of the app, runtimes, system and database facts into
 * `folder`. The logs hold no personal data by construction (see app-log), so neither does the zip.
 */
export async function collectDiagnostics(log: AppLog, folder: string, facts: DiagnosticFacts, at: Date): Promise<{ fileName: string; bytes: number }> {
  const versions = {
    collectedAt: at.toISOString(),
    node: process.versions.node,
    electron: process.versions.electron ?? null,
    chrome: process.versions.chrome ?? null,
    platform: platform(),
    release: release(),
    arch: arch(),
    ...facts,
  };
  const entries: Record<string, Uint8Array> = { 'versions.json': strToU8(JSON.stringify(versions, null, 2)) };
  for (const file of log.files()) entries[`logs/${basename(file)}`] = readFileSync(file);
  const zip = zipSync(entries, { level: 6, mtime: at });
  const fileName = `qabyldau-diagnostics-${at.toISOString().replace(/[-:.]/g, '')}.zip`;
  await writeFile(join(folder, fileName), zip);
  return { fileName, bytes: zip.length };
}
