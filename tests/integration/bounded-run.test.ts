import { describe, expect, it } from 'vitest';
import { runBounded } from '../support/bounded-run';

// The harness the hostile-file tests rely on must itself stop what it promises to stop.
const probes = 'tests/support/bounded-probes.ts';

describe('the memory- and time-bounded harness', () => {
  it('answers what the check returned, with the peak memory it measured', async () => {
    const run = await runBounded<{ doubled: number }>(probes, 'answer', [21]);
    expect(run.value).toEqual({ doubled: 42 });
    expect(run.peakRssMb).toBeGreaterThan(10);
  });

  it('kills a check whose resident memory passes the limit, and says how far it got', async () => {
    await expect(runBounded(probes, 'holdMemory', [2048], { rssMb: 300 })).rejects.toThrow(/resident memory \d+ MB passed the 300 MB limit/);
  });

  it('kills a check that runs past its time', async () => {
    await expect(runBounded(probes, 'spin', [], { timeMs: 3000 })).rejects.toThrow(/still running after 3000 ms/);
  });

  it('reports a check that throws', async () => {
    await expect(runBounded(probes, 'fail', [])).rejects.toThrow(/threw: Error: the check failed/);
  });
});
