import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBounded } from '../support/bounded-run';
import { hostileFiles } from '../support/hostile-files';
import type { HostileImport } from '../support/hostile-import';
import { tempDir } from '../support/temp-dir';

/**
 * Every file of the hostile corpus goes through the real attachment import, the signed-scan
 * reader and the scanner folder, in a child process whose memory and time are bounded: it must be refused with its rule,
 * quickly, and leave no attachment row and no stored file. A check that regresses and starts
 * decoding a bomb is killed by the watchdog and fails here, with the memory it reached.
 */
const dir = tempDir('hostile-files');
// Time for the child's start (tsx, a new workstation, a finished application) and the check itself.
const CHILD_MS = 20_000;
// What the check itself may take, once the workstation is up: "quickly".
const CHECK_MS = 3_000;

const measured: string[] = [];
afterAll(() => {
  // What each refusal cost, for the report of a slow or heavy check: time of the import and peak memory.
  if (measured.length > 0) console.info(`hostile files (import ms, signed-scan ms, scanner folder ms, child's peak RSS MB):\n${measured.join('\n')}`);
});

describe('the hostile file corpus, each file in a bounded child', () => {
  it.each(hostileFiles.map((file) => [file.name, file] as const))('refuses %s with its rule and keeps nothing of it', async (name, hostile) => {
    const path = join(dir, `in-${name}`);
    writeFileSync(path, await hostile.make());
    const { value, peakRssMb } = await runBounded<HostileImport>('tests/support/hostile-import.ts', 'importHostileFile', [path, name, join(dir, `data-${name}`), hostile.scan === 'too_big_for_a_call' ? 'application/pdf' : (hostile.scanMediaType ?? null)], { timeMs: CHILD_MS });

    measured.push(`  ${name.padEnd(18)} ${value.importMs.toFixed(0).padStart(6)} ${value.scanMs.toFixed(0).padStart(6)} ${value.scannerMs.toFixed(0).padStart(6)} ${peakRssMb.toFixed(0).padStart(6)}`);
    expect(value.refusal).toEqual({ code: 'attachment.refused', rule: `validation.attachment_${hostile.rule}` });
    expect(value.attachmentRows).toBe(0);
    expect(value.blobFiles).toBe(0);
    expect(value.importMs).toBeLessThan(CHECK_MS);
    if (hostile.scan === 'refused') expect(value.scan).toEqual({ ok: false, code: 'attachment.refused', rule: `validation.attachment_${hostile.rule}` });
    if (hostile.scan === 'no_code') expect(value.scan).toEqual({ ok: true, outcome: 'no_code' });
    if (hostile.scan === 'too_big_for_a_call') expect(value.scan).toMatchObject({ ok: false, code: 'contract.invalid_input' });
    expect(value.scanMs).toBeLessThan(CHECK_MS);
    // The scanner folder shows the file refused with its rule (a row by design: the operator sees
    // why), leaves it where the scanner put it, and stores nothing.
    expect(value.scanner).toEqual({ refusedRule: hostile.rule, leftInFolder: true });
    // The watchdog kills a child past 512 MB; a check that stays this far below it decoded nothing.
    expect(peakRssMb).toBeLessThan(400);
  }, 40_000);
});
