import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { DATABASE_FILE } from '../../electron/core/storage';
import { methodNames, type MethodName } from '../../shared/contract/api';
import { createApiClient } from '../../shared/contract/client';
import { envelopeSchema } from '../../shared/contract/envelope';
import { errorCodes } from '../../shared/contract/errors';
import { validInput } from '../support/contract-samples';
import { openSignedInCore, signInAsSupervisor } from '../support/core-client';
import { completeFields, finishedApplication } from '../support/finished-application';
import { edgeNumber, hostileKey, hostileString, hostileValue, withOwn } from '../support/hostile-values';
import { tempDir } from '../support/temp-dir';
import { openWorkstationDb } from '../support/workstation-files';

/**
 * Every method of the contract, called on the real core with random and hostile inputs: the answer
 * is always a typed envelope with a known error code, nothing throws, and a refused call leaves
 * the database as it was. A fixed seed and a bounded number of runs keep it repeatable and quick.
 */
const SEED = 18;
const RUNS = 50;

/**
 * Refusals that write by design, left out of the comparison: a failed sign-in is audited and
 * counted against the account (that is how an account locks after repeated guesses), a try at a
 * supervisor's method is audited for a supervisor to see, and a failed backup is audited and its
 * code kept for the Settings page to show. The audit chain's head, kept in the settings, moves
 * with them. Every other row must be as it was.
 */
const auditedRefusals = ['signin.failed', 'signin.refused_locked', 'signin.locked_out', 'access.refused', 'backup.failed'];
const recordedRefusals = ['audit.head', 'backup.lastError'];

function digestOf(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    const where =
      table === 'audit_log' ? `WHERE action NOT IN (${auditedRefusals.map((action) => `'${action}'`).join(', ')})` : table === 'settings' ? `WHERE key NOT IN (${recordedRefusals.map((key) => `'${key}'`).join(', ')})` : '';
    hash.update(`\u0000${table}\u0000`);
    for (const row of db.prepare(`SELECT * FROM "${table}" ${where}`).raw().iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

/** A hostile value of the same type as `value`; inside an object (an application's fields), one of its fields. */
function sameType(value: unknown): fc.Arbitrary<unknown> {
  if (typeof value === 'string') return hostileString;
  if (typeof value === 'number') return edgeNumber;
  if (typeof value === 'boolean') return fc.boolean();
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
    const object = value as Record<string, unknown>;
    return fc.tuple(fc.constantFrom(...Object.keys(object)), hostileString).map(([key, text]) => withOwn(object, key, text));
  }
  return hostileValue;
}

type Seeded = { visitId: string; applicationId: string };

/**
 * A method's sample as the contract has it (its ids name nothing), and the same sample naming the
 * visit and the application each workstation starts with, so hostile fields reach the handlers'
 * own checks instead of stopping at "not found".
 */
function samplesFor(method: MethodName, seeded: Seeded): Record<string, unknown>[] {
  const sample = validInput(method) as Record<string, unknown>;
  const id = method.startsWith('visits.') || method.startsWith('statements.') ? seeded.visitId : seeded.applicationId;
  const named = Object.fromEntries(
    Object.entries(sample).map(([field, value]) => [field, field === 'id' ? id : field === 'visitId' ? seeded.visitId : field === 'applicationId' ? seeded.applicationId : value]),
  );
  return [sample, named];
}

/** The contract's samples with one field hostile, a key added, the shape wrong, or whole. */
function inputsFor(method: MethodName, seeded: Seeded): fc.Arbitrary<unknown> {
  const samples = samplesFor(method, seeded);
  const fields = Object.keys(samples[0]!);
  const sample = fc.constantFrom(...samples);
  const replaced = fields.length > 0 ? fc.tuple(sample, fc.constantFrom(...fields), hostileValue).map(([valid, field, value]) => withOwn(valid, field, value)) : hostileValue;
  // Of the field's own type (a string for a string…), so that many pass the schema and reach the handler.
  const retyped = fields.length > 0 ? fc.tuple(sample, fc.constantFrom(...fields)).chain(([valid, field]) => sameType(valid[field]).map((value) => withOwn(valid, field, value))) : hostileValue;
  return fc
    .oneof(
      { weight: 4, arbitrary: retyped },
      { weight: 3, arbitrary: replaced },
      { weight: 2, arbitrary: hostileValue },
      { weight: 1, arbitrary: fc.tuple(sample, hostileKey, hostileValue).map(([valid, key, value]) => withOwn(valid, key, value)) },
      { weight: 1, arbitrary: fc.tuple(sample, hostileValue).map(([valid, value]) => [valid, value]) },
      { weight: 1, arbitrary: sample },
    )
    .filter((input) => {
      // A folder that exists would be watched or read for real ('.' is this repository): not a hostile input's business.
      const folder = (input as { folder?: unknown } | null)?.folder;
      return !(typeof folder === 'string' && existsSync(folder.trim()));
    });
}

const known = new Set<string>(errorCodes);
// What the calls were answered with, by method: the report shows how many passed the contract's
// parse and reached a handler (its own answer, or a refusal past the schema).
const answered = new Map<string, Map<string, number>>();
afterAll(() => {
  const lines = [...answered].map(([method, codes]) => `  ${method.padEnd(28)} ${[...codes].map(([code, n]) => `${code} ${n}`).join(', ')}`);
  if (lines.length > 0) console.info(`contract property runs, answers by method:\n${lines.join('\n')}`);
});
// One core per group of methods (visits, attachments, session…): a new workstation costs a second.
const groups = new Map<string, MethodName[]>();
for (const method of methodNames) groups.set(method.split('.')[0]!, [...(groups.get(method.split('.')[0]!) ?? []), method]);

describe.each([...groups])('the %s methods, given hostile input', (group, methods) => {
  const dataDir = join(tempDir(`property-${group}`), 'data');
  const seeded: Seeded = { visitId: uuidv7(), applicationId: uuidv7() };
  let core: Core;
  let db: Database.Database;
  beforeAll(async () => {
    core = await openSignedInCore({ dataDir });
    await finishedApplication(
      createApiClient((method, input) => core.dispatch(method, input)),
      seeded,
      completeFields,
    );
    db = openWorkstationDb(join(dataDir, DATABASE_FILE), dataDir, { readonly: true });
  });
  afterAll(async () => {
    db?.close();
    await core?.close();
  });

  it.each(methods)('%s answers a typed envelope and changes nothing when it refuses', async (method) => {
    await fc.assert(
      fc.asyncProperty(inputsFor(method, seeded), async (input) => {
        const before = digestOf(db);
        const answer = await core.dispatch(method, input);
        expect(envelopeSchema.safeParse(answer).success).toBe(true);
        const codes = answered.get(method) ?? new Map<string, number>();
        const code = answer.ok ? 'ok' : answer.error.code;
        answered.set(method, codes.set(code, (codes.get(code) ?? 0) + 1));
        if (!answer.ok) {
          expect(known.has(answer.error.code)).toBe(true);
          expect(answer.error.code).not.toBe('internal.unexpected');
          expect(digestOf(db)).toBe(before);
        }
        // A sign-out or a lock that was accepted is an answer like any other; the next run starts signed in.
        const session = await core.dispatch('session.get', {});
        if (session.ok && (session.value as { state: string }).state !== 'active') await signInAsSupervisor(core);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('a call to a method the contract does not have', () => {
  const dataDir = join(tempDir('property-unknown'), 'data');
  let core: Core;
  beforeAll(async () => {
    core = await openSignedInCore({ dataDir });
  });
  afterAll(async () => {
    await core?.close();
  });

  it('answers contract.unknown_method, whatever the name and the input', async () => {
    const names = fc.oneof(hostileValue, hostileKey.map((key) => `visits.${key}`)).filter((name) => !methodNames.includes(name as MethodName));
    await fc.assert(
      fc.asyncProperty(names, hostileValue, async (name, input) => {
        const answer = await core.dispatch(name as MethodName, input);
        expect(answer).toEqual({ ok: false, error: { code: 'contract.unknown_method' } });
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
