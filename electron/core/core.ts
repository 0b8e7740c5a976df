import { join, resolve } from 'node:path';
import type { MethodName } from '../../shared/contract/api';
import type { Dispatch, Handlers } from '../../shared/contract/dispatch';
import { audit } from './audit';
import { createRestoreHandlers } from './backup';
import type { CoreOptions, SettledOptions } from './core-options';
import { openDeskData, type OuterMethod } from './desk-data';
import { auditStep, errorMapping, type FailureLog, handlerCall, outputCheck, parseCall, pipeline, logRefusal, sessionGate } from './dispatch';
import { createEventBus, type EventBus } from './events';
import { createHealthHandlers, defaultIntegrityTiming } from './health';
import { diagnosticFacts, openLiveData, type LiveData } from './live-data';
import { openAppLog, type AppLog, createDiagnosticsHandlers } from './logging';
import { createRecoveryKeyHandlers } from './security';
import { settingsDefaults } from '../../shared/domain/desk-settings';
import { createDeskSession, type LockCause, createSessionHandlers } from './staff';
import { settingFromDamaged, unsyncedAtomicallyOn } from './storage';

export type { CoreOptions } from './core-options';

const IDLE_CHECK_MS = 15_000;

/** What a host (the Electron app, the browser harness) uses of the core: nothing more. */
export type Core = {
  dispatch: Dispatch;
  /** The core's events for the renderer: Electron sends them to the window, the harness streams them. */
  events: Pick<EventBus, 'subscribe'>;
  /** Electron locks the desk's session when Windows locks the screen. */
  lockSession(cause: LockCause): void;
  log: AppLog;
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
  return openCoreWithData(options).core;
}

/**
 * The core and the live data it serves, for a composition that reads the data past the contract:
 * benchmarks and tests import files from paths and drive the sync loop to known points with it.
 */
export function openCoreWithData(options: CoreOptions): { core: Core; data: LiveData } {
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
          const { deps, db } = live.current();
          // An act done under another member's consent is theirs; the row names who asked.
          const asker = deps.actor();
          const detail = row.actor && row.actor !== asker ? { ...row.detail, requestedBy: asker } : row.detail;
          // A view's or a search's row does not wait for the disk: it reaches it with the next change.
          const atomically = row.reading ? unsyncedAtomicallyOn(db) : deps.atomically;
          atomically(() => audit(deps, row.action, row.record, detail, row.actor ?? asker));
        },
        (method) => log.warn('audit.write_failed', { method }),
      ),
      errorMapping(logFailure),
      outputCheck(logFailure),
    ],
    handlerCall((method) => handlerOf(method)),
  );

  const core: Core = {
    events: { subscribe: (listener) => events.subscribe(listener) },
    dispatch: async (method, input) => {
      const parsed = parseCall(method, input);
      return logRefusal(log, method, parsed.ok ? await run(parsed.call) : parsed.answer);
    },
    lockSession: (cause) => session.lock(cause),
    log,
    close: () => {
      clearInterval(idleWatch);
      return live.close();
    },
  };
  return { core, data: live };
}
