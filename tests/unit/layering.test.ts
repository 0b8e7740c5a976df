import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, source: string): Promise<number> {
  const [result] = await eslint.lintText(source, { filePath: resolve(root, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').length;
}

// Each row is a file that would sit in that layer and one import it must never make.
describe('layering lint rule', () => {
  it.each([
    ['shared/domain/x.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/domain/x.ts', "import { app } from 'electron';"],
    ['shared/domain/x.ts', "import Database from 'better-sqlite3';"],
    ['shared/domain/x.ts', "import { useState } from 'react';"],
    ['shared/domain/x.ts', "import { openCore } from '../../electron/core/core';"],
    ['shared/domain/x.ts', "import { App } from '../../renderer/src/app/App';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import { readFile } from 'fs/promises';"],
    ['renderer/src/x.ts', "import { openCore } from '../../electron/core/core';"],
    ['electron/core/visits/x.ts', "import { app } from 'electron';"],
    ['electron/core/visits/x.ts', "import Database from 'better-sqlite3';"],
    ['electron/core/visits/x.ts', "import { registerIpc } from '../../main/ipc';"],
    ['electron/core/storage/x.ts', "import { app } from 'electron';"],
    ['electron/harness/x.ts', "import { app } from 'electron';"],
    ['electron/launcher/x.ts', "import electronPath from 'electron';"],
    ['electron/main/x.ts', "import Database from 'better-sqlite3';"],
    ['electron/main/x.ts', "import { App } from '../../renderer/src/app/App';"],
    // A core feature reaches another only through its index.
    ['electron/core/visits/x.ts', "import { audit } from '../audit/audit-trail';"],
    ['electron/core/storage/x.ts', "import { keyFingerprint } from '../security/store-key';"],
    ['electron/core/x.ts', "import { createVisitHandlers } from './visits/visit-handlers';"],
    // The hub: plain Node, the core only through a feature's index, the desk never importing it.
    ['electron/hub/queue/x.ts', "import { app } from 'electron';"],
    ['electron/hub/queue/x.ts', "import Database from 'better-sqlite3';"],
    ['electron/hub/queue/x.ts', "import { App } from '../../../renderer/src/app/App';"],
    ['electron/hub/storage/x.ts', "import { openDatabase } from '../../core/storage/database';"],
    ['electron/hub/x.ts', "import { issueTicket } from './queue/ticket-issue';"],
    ['electron/core/hub-link/x.ts', "import { startHub } from '../../hub/hub';"],
    ['electron/core/x.ts', "import { startHub } from '../hub';"],
  ])('%s may not: %s', async (file, source) => {
    expect(await restrictedImports(file, `${source}\nexport {};\n`)).toBeGreaterThan(0);
  });

  it.each([
    ['shared/domain/x.ts', "import { z } from 'zod';"],
    ['renderer/src/x.ts', "import { checkIin } from '../../shared/domain/iin';"],
    ['electron/core/storage/x.ts', "import Database from 'better-sqlite3';"],
    ['electron/core/visits/x.ts', "import { join } from 'node:path';"],
    ['electron/main/x.ts', "import { app } from 'electron';"],
    ['electron/core/visits/x.ts', "import { audit } from '../audit';"],
    ['electron/core/visits/x.ts', "import { moveVisit } from './move-visit';"],
    ['electron/core/x.ts', "import { createVisitHandlers } from './visits';"],
    ['electron/core/storage/x.ts', "import { migrations } from './migrations';"],
    ['electron/hub/storage/x.ts', "import { openDatabase } from '../../core/storage';"],
    ['electron/hub/storage/x.ts', "import { replaceSecretFile } from '../../core/durable-path';"],
    ['electron/hub/x.ts', "import { createCentreDay } from './queue';"],
    ['electron/core/hub-link/x.ts', "import { hubRoutes } from '../../../shared/hub';"],
  ])('%s may: %s', async (file, source) => {
    expect(await restrictedImports(file, `${source}\nexport {};\n`)).toBe(0);
  });
});
