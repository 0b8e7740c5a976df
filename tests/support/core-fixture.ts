import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import type { Core, CoreOptions } from '../../electron/core/core';
import type { ApiClient } from '../../shared/contract/client';
import { openCoreClient, signingBackInClient } from './core-client';
import { tempDir } from './temp-dir';

export type DeskOptions = Omit<CoreOptions, 'dataDir'> & {
  /** The data folder; `<dir>/data` unless told (a test restoring onto a folder it made itself). */
  dataDir?: string;
  /** Leave the desk signed out, as a workstation before its first-run wizard is. */
  signedIn?: boolean;
  /** For a clock that jumps hours: sign the supervisor back in whenever the desk locked itself. */
  signingBack?: boolean;
};

export type Desk = {
  core: Core;
  /** The typed contract client, as the renderer has it; its calls wait for the sign-in. */
  api: ApiClient;
  ready: Promise<void>;
  /** The test's own folder: the data folder is inside it, and so may be anything else it writes. */
  dir: string;
  dataDir: string;
};

/**
 * A new workstation for the calling test alone: a fresh folder, a core on it signed in as the
 * test supervisor, both gone when the test ends (the core closed first, whatever the test did).
 * Must be called inside a test; anything a test expects to find there, it puts there itself.
 */
export function withCore(label: string, options: DeskOptions = {}): Desk {
  const { dataDir: givenDataDir, signedIn = true, signingBack = false, ...coreOptions } = options;
  const dir = tempDir(label);
  const dataDir = givenDataDir ?? join(dir, 'data');
  const opened = openCoreClient({ ...coreOptions, dataDir }, { signedIn });
  // Registered after the folder's removal, so it runs before it: test hooks run last in, first out.
  onTestFinished(async () => {
    await opened.ready.catch(() => undefined);
    await opened.core.close();
  });
  const api = signingBack ? signingBackInClient(opened.core, opened.ready) : opened.api;
  return { core: opened.core, api, ready: opened.ready, dir, dataDir };
}

/** A clock for `now` that moves on by `stepMs` each time it is read, so every record has its own time. */
export function steppingClock(start: Date, stepMs = 1000): () => Date {
  let time = start.getTime();
  return () => new Date((time += stepMs));
}
