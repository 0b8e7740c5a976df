import { join, resolve } from 'node:path';
import type { MethodName } from '../../shared/contract/api';
import type { Dispatch, Handlers } from '../../shared/contract/dispatch';
import { audit } from './audit';
import { createRestoreHandlers } from './backup';
import type { CoreOptions, SettledOptions } from './core-options';
import { openDeskData, type CoreAttachments, type CoreSync, type OuterMethod } from './desk-data';
import { auditStep, errorMapping, type FailureLog, handlerCall, outputCheck, parseCall, pipeline, logRefusal, sessionGate } from './dispatch';
import { createEventBus, type EventBus } from './events';
import { createHealthHandlers, defaultIntegrityTiming } from './health';
import { diagnosticFacts, openLiveData } from './live-data';
import { openAppLog, type AppLog, createDiagnosticsHandlers } from './logging';
import { createRecoveryKeyHandlers } from './security';
import { settingsDefaults } from '../../shared/domain/desk-settings';
import { createDeskSession, type LockCause, createSessionHandlers } from './staff';
import { settingFromDamaged, type DatabaseHealth } from './storage';

export type { CoreOptions } from './core-options';

const IDLE_CHECK_MS = 15_000;

export type Core = {
  dispatch: Dispatch;
  /** The core's events for the renderer: Electron sends them to the window, the harness streams them. */
  events: Pick<EventBus, 'subscribe'>;
  sync: CoreSync;
  attachments: CoreAttachments;
  /** Electron locks the desk's session when Windows locks the screen. */
  lockSession(cause: LockCause): void;
  /** Whether the database is damaged: found at start (never opened) or later (closed at once, written no more). */
  health(): DatabaseHealth['state'];
  log: AppLog;
  /** Resolves when the scanner folder has dealt with every file it has seen. */
  scannerIdle(): Promise<void>;
  /** Stops the scanner, sync and backups and closes the database; resolves when all have ended. */
  close(): Promise<void>;
};

/**
 * The composition root of everything that runs under plain Node: no Electron, no browser. It
 * opens the log, the live data and the session, gathers every feature's handlers, and puts the
 * dispatch pipeline in front of them: parse → session gate → audit → error mapping → output
 * check → handler.
 */
export function openCore(options: CoreOptions): Core {
  const settled: SettledOptions = {
    ...options,
    resourcesDir: options.resourcesDir ?? resolve(import.meta.dirname, '../../resources'),
    now: options.now ?? (() => new Date()),
  };
  const { dataDir, now } = settled;
  const log = openAppLog(options.logDir ?? join(dataDir, 'logs'));
  const events = createEventBus();
  // The session outlives a restore: it reads the staff of whatever data is open when asked.
  const session = createDeskSession(() => {
    const data = live.ifOpen();
    return (
      data && {
        staff: data.staff,
        deps: data.deps,
        idleMinutes: () => Number(data.deps.settings.get('security.idleLockMinutes') ?? settingsDefaults.idleLockMinutes),
      }
    );
  }, now, () => events.emit({ event: 'session.changed', payload: {} }));
  const live = openLiveData(dataDir, log, options.secretProtector, (storeKey, checkIntegrity) => openDeskData(settled, log, () => session.actor(), storeKey, events, checkIntegrity), {
    timing: { ...defaultIntegrityTiming, ...options.integrityTiming },
    now,
    // The renderer reads `health.get` again, and shows the restore page.
    healthChanged: () => events.emit({ event: 'health.changed', payload: {} }),
  });
  // The idle lock falls due with nobody calling: looking now and then lets it happen, and be told.
  const idleWatch = setInterval(() => session.view(), options.idleCheckMs ?? IDLE_CHECK_MS);
  idleWatch.unref();

  const openDeps = () => live.current().deps;
  const outer: Pick<Handlers, OuterMethod> = {
    ...createHealthHandlers({
      damaged: () => live.health() === 'damaged',
      backupFolder: () => {
        const data = live.ifOpen();
        return (data ? data.deps.settings.get('backup.folder') : settingFromDamaged(live.databaseFile, live.storeKey().key, 'backup.folder')) ?? null;
      },
    }),
    ...createRestoreHandlers({
      data: { busy: () => live.swapping() || (live.ifOpen()?.backupRunning() ?? false), swap: (work) => live.swap(work), deps: openDeps },
      session,
      dataDir,
      now,
      log,
      protector: options.secretProtector,
    }),
    ...createRecoveryKeyHandlers({ storeKey: () => live.storeKey(), deps: openDeps }),
    ...createSessionHandlers(session),
    ...createDiagnosticsHandlers({
      log,
      now,
      chooseExportFolder: options.chooseExportFolder,
      facts: () => diagnosticFacts(live),
      deps: () => live.ifOpen()?.deps ?? null,
    }),
  };
  // Every other method goes to the open data, looked up at call time: a restore swaps it.
  const handlerOf = (method: MethodName) => (Object.hasOwn(outer, method) ? outer : live.current().handlers);

  const logFailure: FailureLog = (method, detail) => {
    log.warn('method.failed', { method, detail });
    options.logFailure?.(method, detail);
  };
  const run = pipeline(
    [
      sessionGate(
        (method) => session.admit(method),
        (method, code) => {
          // A try at a supervisor's work is worth a supervisor's look; a locked screen is not.
          const data = live.ifOpen();
          if (code === 'access.supervisor_only' && data) data.deps.atomically(() => audit(data.deps, 'access.refused', { kind: 'method', id: method }));
        },
      ),
      auditStep(
        (row) => {
          const { deps } = live.current();
          // An act done under another member's consent is theirs; the row names who asked.
          const asker = deps.actor();
          const detail = row.actor && row.actor !== asker ? { ...row.detail, requestedBy: asker } : row.detail;
          deps.atomically(() => audit(deps, row.action, row.record, detail, row.actor ?? asker));
        },
        (method) => log.warn('audit.write_failed', { method }),
      ),
      errorMapping(logFailure),
      outputCheck(logFailure),
    ],
    handlerCall((method) => handlerOf(method)),
  );

  return {
    events: { subscribe: (listener) => events.subscribe(listener) },
    dispatch: async (method, input) => {
      const parsed = parseCall(method, input);
      return logRefusal(log, method, parsed.ok ? await run(parsed.call) : parsed.answer);
    },
    lockSession: (cause) => session.lock(cause),
    health: () => live.health(),
    log,
    attachments: {
      import: (input) => live.current().attachments.import(input),
      list: (applicationId) => live.current().attachments.list(applicationId),
      remove: (id) => live.current().attachments.remove(id),
      collect: () => live.current().attachments.collect(),
      blobPath: (sha256) => live.current().attachments.blobPath(sha256),
    },
    sync: {
      drain: () => live.current().sync.drain(),
      subscribe: (listener) => live.current().sync.subscribe(listener),
      wakeUp: () => live.current().sync.wakeUp(),
    },
    scannerIdle: () => live.ifOpen()?.scannerIdle() ?? Promise.resolve(),
    close: () => {
      clearInterval(idleWatch);
      return live.close();
    },
  };
}
