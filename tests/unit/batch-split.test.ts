import { describe, expect, it } from 'vitest';
import type { Refusal } from '../../electron/core/sync/central-connection';
import { pushIsolating, type PushAnswer } from '../../electron/core/sync/batch-split';
import type { OutboxItem } from '../../electron/core/storage';

const itemsOf = (count: number): OutboxItem[] =>
  Array.from({ length: count }, (_, n) => ({
    seq: n + 1,
    applicationId: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    visitId: `00000000-0000-7000-9000-${String(n).padStart(12, '0')}`,
    version: 1,
    payload: '{}',
    bytes: 0,
    batchId: null,
  }));

/**
 * A central system that refuses a whole push when `refuses` says so of its items, and otherwise
 * accepts each item; it counts the pushes and what each item was told.
 */
async function run(items: OutboxItem[], refuses: (group: OutboxItem[]) => Refusal | null) {
  let pushes = 0;
  const answered = new Map<number, number>();
  const refused = new Map<number, Refusal>();
  const push = async (group: OutboxItem[]): Promise<PushAnswer> => {
    pushes++;
    const refusal = refuses(group);
    return refusal ? { refused: refusal } : { results: group.map((item) => ({ id: item.applicationId, version: item.version, outcome: 'accepted' as const })) };
  };
  await pushIsolating(push, items, {
    answered: (answers) => answers.forEach(({ item }) => answered.set(item.seq, (answered.get(item.seq) ?? 0) + 1)),
    refused: (item, refusal) => {
      expect(refused.has(item.seq)).toBe(false);
      refused.set(item.seq, refusal);
    },
  });
  return { pushes, answered, refused };
}

const holding = (bad: Set<number>, status = 400) => (group: OutboxItem[]) => (group.some((item) => bad.has(item.seq)) ? { status, code: 'request.invalid' } : null);

describe('narrowing a refused batch down to the application refused alone', () => {
  it('finds one bad application among n at any place in at most log2(n) + 2 more pushes, and answers every other item once', async () => {
    for (let count = 1; count <= 40; count++) {
      for (let place = 1; place <= count; place++) {
        const { pushes, answered, refused } = await run(itemsOf(count), holding(new Set([place])));
        expect([...refused.keys()]).toEqual([place]);
        expect(answered.size).toBe(count - 1);
        expect([...answered.values()].every((times) => times === 1)).toBe(true);
        expect(pushes - 1, `${place} of ${count}`).toBeLessThanOrEqual(Math.ceil(Math.log2(count)) + 2);
      }
    }
  });

  it('finds every bad application when there are several, and sends all the others', async () => {
    const bad = new Set([2, 3, 17, 30]);
    const { answered, refused } = await run(itemsOf(30), holding(bad, 413));
    expect([...refused.keys()].sort((a, b) => a - b)).toEqual([...bad]);
    expect([...refused.values()].every((refusal) => refusal.status === 413)).toBe(true);
    expect(answered.size).toBe(26);
  });

  it('holds nothing back when only the items together are refused (their size), and sends them all in smaller pushes', async () => {
    const { answered, refused } = await run(itemsOf(20), (group) => (group.length > 6 ? { status: 413, code: null } : null));
    expect(refused.size).toBe(0);
    expect(answered.size).toBe(20);
    expect([...answered.values()].every((times) => times === 1)).toBe(true);
  });

  it('holds back the only application of a push refused whole without another request', async () => {
    const { pushes, refused } = await run(itemsOf(1), holding(new Set([1])));
    expect(pushes).toBe(1);
    expect(refused.get(1)).toEqual({ status: 400, code: 'request.invalid' });
  });
});
