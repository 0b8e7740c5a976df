import { join, resolve } from 'node:path';
import { contract, isMethodName, methodNames, type MethodName } from '../../shared/contract/api';
import { createDispatcher, type Dispatch, type FailureLog, type Handlers } from '../../shared/contract/dispatch';
import { ApiError } from '../../shared/contract/errors';
import type { ExportFolderChooser } from './attachments/attachment-handlers';
import type { AttachmentImport } from './attachments/attachment-import';
import { audit } from './audit/audit-trail';
import { auditedMethods, auditRowFor } from './audit/audited-methods';
import { restoreSnapshot } from './backup/backup-restore';
import type { BackupTiming } from './backup/backup-service';
import type { RetentionTiming } from './retention/retention-job';
import { listSnapshots } from './backup/backup-snapshot';
import { collectDiagnostics } from './logging/diagnostics';
import { openAppLog, type AppLog } from './logging/app-log';
import type { ScannerTiming } from './scanner/scanner-inbox';
import type { StatementPrinter } from './statements/statement-handlers';
import type { Attachment } from './storage/attachment-repository';
import { settingsDefaults } from '../../shared/domain/workstation-settings';
import { DATABASE_FILE, schemaVersion } from './storage/database';
import { databaseHealth, settingFromDamaged, type DatabaseHealth } from './storage/database-copy';
import { asStorageFailure } from './storage/storage-failure';
import type { SecretProtector } from './sync/device-credential';
import type { SyncLoop, SyncTiming } from './sync/sync-loop';
import { keyFromRecoveryText, loadStoreKey, recoveryKeyText } from './security/store-key';
import { createDeskSession, type LockCause } from './staff/desk-session';
import { openWorkstation, type OuterMethod, type Workstation } from './workstation-core';

export const APP_VERSION = '0.1.0';

export type CoreOptions = {
  /** The app's data folder: Electron passes `app.getPath('userData')`, the harness its --data. */
  dataDir: string;
  /** Fonts and templates; Electron passes the packaged app's copy. Defaults to the source tree's. */
  resourcesDir?: string;
  /** The workstation's printer; only the Electron app has one. */
  printer?: StatementPrinter;
  /** Where exported documents go: the app's folder dialog, the harness's export folder. */
  chooseExportFolder?: ExportFolderChooser;
  /** How long the scanner folder waits for a file to be whole; tests shorten it. */
  scannerTiming?: ScannerTiming;
  /** Seals the sync credential: Electron's safeStorage in the app; absent, a 0600 file. */
  secretProtector?: SecretProtector;
  /** Sync pacing; tests shorten the waits. */
  syncTiming?: Partial<SyncTiming>;
  /** How often the backup schedule looks whether a backup is due; tests shorten it. */
  backupTiming?: Partial<BackupTiming>;
  /** How often the retention job looks for applications due for removal; tests shorten it. */
  retentionTiming?: Partial<RetentionTiming>;
  /** Where the rotating log goes; `<data>/logs` unless told. */
  logDir?: string;
  now?: () => Date;
  logFailure?: FailureLog;
};

/** Attachments come from file paths (dialog, scanner folder): the main process calls these directly. */
export type CoreAttachments = {
  import(input: AttachmentImport): Promise<Attachment>;
  list(applicationId: string): Attachment[];
  remove(id: string): boolean;
  /** Removes blobs no attachment uses; returns how many. */
  collect(): number;
  blobPath(sha256: string): string;
};

export type CoreSync = Pick<SyncLoop, 'drain' | 'subscribe' | 'wakeUp'>;

export type Core = {
  dispatch: Dispatch;
  sync: CoreSync;
  attachments: CoreAttachments;
  /** Electron locks the desk's session when Windows locks the screen. */
  lockSession(cause: LockCause): void;
  /** What the integrity check at start found; a damaged database is neither opened nor written. */
  health(): DatabaseHealth['state'];
  log: AppLog;
  /** Resolves when the scanner folder has dealt with every file it has seen. */
  scannerIdle(): Promise<void>;
  /** Stops the scanner, sync and backups and closes the database; resolves when all have ended. */
  close(): Promise<void>;
};

function withStorageFailures(handlers: Handlers): Handlers {
  const wrapped: Record<string, (input: never) => unknown> = {};
  for (const [method, handler] of Object.entries(handlers) as [string, (input: never) => unknown][]) {
    wrapped[method] = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        throw asStorageFailure(error);
      }
    };
  }
  return wrapped as Handlers;
}

/**
 * The composition root of everything that runs under plain Node: no Electron, no browser.
 * It checks the database before opening it: a damaged one is left untouched and only the methods
 * a supervisor needs to restore a backup are served, until a restore swaps the data in place.
 */
export function openCore(options: CoreOptions): Core {
  const settled = {
    ...options,
    resourcesDir: options.resourcesDir ?? resolve(import.meta.dirname, '../../resources'),
    now: options.now ?? (() => new Date()),
  };
  const { dataDir, now } = settled;
  const log = openAppLog(options.logDir ?? join(dataDir, 'logs'));
  const databaseFile = join(dataDir, DATABASE_FILE);
  let storeKey = loadStoreKey(dataDir, options.secretProtector);
  let health: DatabaseHealth = { state: 'ok' };
  let live: Workstation | null = null;
  let restoring = false;
  const session = createDeskSession(
    () =>
      live && {
        staff: live.staff,
        deps: live.deps,
        idleMinutes: () => Number(live?.deps.settings.get('security.idleLockMinutes') ?? settingsDefaults.idleLockMinutes),
      },
    now,
  );

  const start = () => {
    const found = databaseHealth(databaseFile, storeKey.key);
    // A missing database is a new workstation's: it is created as it opens.
    health = found.state === 'missing' ? { state: 'ok' } : found;
    if (health.state === 'damaged') {
      // SQLite's complaint names pages and indexes only; it helps support and holds no citizen data.
      log.error('database.damaged', { detail: health.detail });
      return;
    }
    live = openWorkstation(settled, log, () => session.actor(), storeKey);
    log.info('core.started', { version: APP_VERSION, schema: schemaVersion(live.db), node: process.versions.node });
  };
  start();

  const workstation = (): Workstation => {
    if (live) return live;
    throw new ApiError(restoring ? 'storage.unavailable' : 'storage.damaged');
  };

  const outer: Pick<Handlers, OuterMethod> = {
    'health.get': () => ({
      database: health.state === 'damaged' ? 'damaged' : 'ok',
      backupFolder: live ? (live.deps.settings.get('backup.folder') ?? null) : (settingFromDamaged(databaseFile, storeKey.key, 'backup.folder') ?? null),
      appVersion: APP_VERSION,
    }),
    'backups.list': ({ folder }) => ({ snapshots: listSnapshots(folder) }),
    'backups.restore': async ({ folder, snapshotId, recoveryKey }) => {
      const recovered = recoveryKey === undefined ? null : keyFromRecoveryText(recoveryKey);
      if (recoveryKey !== undefined && !recovered) throw new ApiError('backup.recovery_key_wrong');
      if (restoring || live?.backupRunning()) throw new ApiError('backup.running');
      const restoredBy = session.actor() ?? 'desk';
      restoring = true;
      try {
        if (live) await live.close();
        live = null;
        storeKey = await restoreSnapshot(folder, snapshotId, dataDir, now(), { current: storeKey, recoveryKey: recovered, protector: options.secretProtector });
        log.info('backup.restored');
        // The restored data has its own staff accounts: whoever restored signs in to them.
        session.signOut();
      } finally {
        // Whatever happened, open what is now in place: the restored data, or the data as it was.
        start();
        restoring = false;
      }
      const restored = workstation();
      restored.deps.atomically(() => audit(restored.deps, 'backup.restored', { kind: 'backup', id: snapshotId }, undefined, restoredBy));
      return { restored: snapshotId };
    },
    'security.recoveryKey': () => {
      const open = workstation();
      open.deps.atomically(() => audit(open.deps, 'recovery_key.viewed', { kind: 'store_key', id: storeKey.fingerprint }));
      return { recoveryKey: recoveryKeyText(storeKey.key), fingerprint: storeKey.fingerprint };
    },
    'session.get': () => session.view(),
    'session.signIn': ({ login, secret }) => session.signIn(login, secret),
    'session.signOut': () => session.signOut(),
    'session.lock': () => session.lock('operator'),
    'session.touch': () => session.touch(),
    'staff.createFirstSupervisor': (member) => session.createFirstSupervisor(member),
    'diagnostics.collect': async () => {
      if (!options.chooseExportFolder) throw new ApiError('export.unavailable');
      const folder = await options.chooseExportFolder();
      if (!folder) throw new ApiError('export.unavailable');
      const facts = {
        appVersion: APP_VERSION,
        database: health.state,
        schemaVersion: live ? schemaVersion(live.db) : null,
        sqlite: live ? String(live.db.prepare('SELECT sqlite_version()').pluck().get()) : null,
        centreId: live?.deps.settings.get('workstation.centre') ?? null,
        deskId: live?.deps.settings.get('workstation.desk') ?? null,
      };
      const zip = await collectDiagnostics(log, folder, facts, now()).catch(() => {
        throw new ApiError('export.failed');
      });
      if (live) live.deps.atomically(() => audit(live!.deps, 'diagnostics.collected', { kind: 'diagnostics', id: zip.fileName }));
      return { ...zip, folder };
    },
  };
  // Every other method goes to the open workstation, looked up at call time: a restore swaps it.
  const inner = Object.fromEntries(
    methodNames
      .filter((method) => !Object.hasOwn(outer, method))
      .map((method) => [method, (input: never) => (workstation().handlers as Record<string, (input: never) => unknown>)[method]!(input)]),
  );
  const failureLog: FailureLog = (method, detail) => {
    log.warn('method.failed', { method, detail });
    options.logFailure?.(method, detail);
  };

  /**
   * The audit row of a call, written once the call has answered. It is its own transaction: a
   * crash in between loses the row, never the change, and the chain stays whole either way.
   */
  const recordCall = (workstation: Workstation, method: MethodName, input: unknown, output: unknown) => {
    const row = auditRowFor(method, contract[method].input.parse(input), output);
    if (!row) return;
    // An act done under another member's consent is theirs; the row names who asked.
    const asker = workstation.deps.actor();
    const detail = row.actor && row.actor !== asker ? { ...row.detail, requestedBy: asker } : row.detail;
    workstation.deps.atomically(() => audit(workstation.deps, row.action, row.record, detail, row.actor ?? asker));
  };
  const dispatch = createDispatcher(withStorageFailures({ ...inner, ...outer } as Handlers), failureLog);

  return {
    // Refusals are logged by method and code only: support sees what failed, never what was typed.
    dispatch: async (method, input) => {
      const refusal = isMethodName(method) ? session.admit(method) : null;
      if (refusal && isMethodName(method)) {
        log.info('method.refused', { method, code: refusal });
        // A try at a supervisor's work is worth a supervisor's look; a locked screen is not.
        if (refusal === 'access.supervisor_only' && live) {
          const open = live;
          open.deps.atomically(() => audit(open.deps, 'access.refused', { kind: 'method', id: method }));
        }
        return { ok: false, error: { code: refusal } };
      }
      const answer = await dispatch(method, input);
      if (!answer.ok) log.info('method.refused', { method: typeof method === 'string' ? method.slice(0, 60) : typeof method, code: answer.error.code });
      else if (isMethodName(method) && auditedMethods[method] && live) recordCall(live, method, input, answer.value);
      return answer;
    },
    lockSession: (cause) => {
      session.lock(cause);
    },
    health: () => health.state,
    log,
    attachments: {
      import: (input) => workstation().attachments.import(input),
      list: (applicationId) => workstation().attachments.list(applicationId),
      remove: (id) => workstation().attachments.remove(id),
      collect: () => workstation().attachments.collect(),
      blobPath: (sha256) => workstation().attachments.blobPath(sha256),
    },
    sync: {
      drain: () => workstation().sync.drain(),
      subscribe: (listener) => workstation().sync.subscribe(listener),
      wakeUp: () => workstation().sync.wakeUp(),
    },
    scannerIdle: () => live?.scannerIdle() ?? Promise.resolve(),
    close: async () => {
      await live?.close();
      live = null;
    },
  };
}
