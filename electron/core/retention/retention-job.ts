import { settingsDefaults } from '../../../shared/domain/desk-settings';
import type { BlobStore } from '../attachments';
import { audit } from '../audit';
import type { CoreDeps } from '../core-deps';
import type { RetentionRepository } from '../storage';

export type RetentionTiming = { checkEveryMs: number };
export const defaultRetentionTiming: RetentionTiming = { checkEveryMs: 6 * 60 * 60 * 1000 };

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 100;

export type RetentionJob = { run(): number; close(): void };

/**
 * Removes from this workstation the personal data and scans of applications the central system
 * accepted more than the set number of days ago (Settings, 30 by default): at start, then every
 * few hours. Each application is cleared in its own transaction with its audit row; the audit log
 * itself is never touched, and a scan another record still uses is kept.
 */
export function openRetention(
  deps: Pick<CoreDeps, 'actor' | 'atomically' | 'audit' | 'now' | 'settings'>,
  retention: RetentionRepository,
  blobs: BlobStore,
  blobInUse: (sha256: string) => boolean,
  timing: RetentionTiming,
): RetentionJob {
  const run = () => {
    const days = Number(deps.settings.get('retention.days') ?? settingsDefaults.retentionDays);
    const cutoff = new Date(deps.now().getTime() - days * DAY_MS).toISOString();
    const scans = new Set<string>();
    let removed = 0;
    for (let batch = retention.due(cutoff, BATCH); batch.length > 0; batch = retention.due(cutoff, BATCH)) {
      for (const application of batch) {
        deps.atomically(() => {
          for (const sha256 of retention.clear(application, deps.now().toISOString())) scans.add(sha256);
          audit(deps, 'retention.removed', { kind: 'application', id: application.applicationId }, { days }, 'system:retention');
        });
        removed += 1;
      }
    }
    for (const sha256 of scans) if (!blobInUse(sha256)) blobs.remove(sha256);
    return removed;
  };
  const safely = () => {
    try {
      run();
    } catch {
      // A failed pass changes nothing it did not finish; the next one tries again.
    }
  };
  const first = setTimeout(safely, 0);
  const timer = setInterval(safely, timing.checkEveryMs);
  timer.unref();
  first.unref();
  return {
    run,
    close: () => {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
