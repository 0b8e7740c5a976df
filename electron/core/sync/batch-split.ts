import type { OutboxItem } from '../storage';
import { SyncFailure, type Refusal } from './central-connection';
import type { ItemResult } from './sync-protocol';

/** What one push of some items met: an answer for each, or a refusal of them all together. */
export type PushAnswer = { results: ItemResult[] } | { refused: Refusal };

export type PushOutcomes = {
  /** The answers of one push, each item with its own: applied together, in one commit the disk syncs. */
  answered(answers: { item: OutboxItem; result: ItemResult }[]): void;
  /** The application the central system refuses on its own: it leaves the queue for a person. */
  refused(item: OutboxItem, refusal: Refusal): void;
};

/**
 * Pushes the items and hands on each answer. A refusal of the whole push (400, 413: nothing was
 * recorded) does not stop the queue: the items are pushed again in halves until the application
 * refused on its own is found, that one is held back, and the rest are sent. Halves that pass are
 * answered as they go, and the halves set aside go together once it is found: one bad application
 * among n costs at most log2(n) + 2 more requests (one a halving, one to try the last suspect alone,
 * one for what was set aside).
 */
export async function pushIsolating(push: (items: OutboxItem[]) => Promise<PushAnswer>, items: OutboxItem[], on: PushOutcomes): Promise<void> {
  /** Pushes a group; answers its refusal, or null when every item of it got its answer. */
  async function attempt(group: OutboxItem[]): Promise<Refusal | null> {
    const answer = await push(group);
    if ('refused' in answer) return answer.refused;
    const byKey = new Map(answer.results.map((result) => [`${result.id}/${result.version}`, result]));
    const answers = group.map((item) => {
      const result = byKey.get(`${item.applicationId}/${item.version}`);
      if (!result) throw new SyncFailure('sync.bad_answer', true);
      return { item, result };
    });
    on.answered(answers);
    return null;
  }

  /**
   * `group`, pushed whole, was refused: halves it until one application is left, keeping the half
   * that was refused, or the other one when the first passed (the refusal must lie there). Answers
   * every item it settled: those answered on the way and the one held back.
   */
  async function narrow(group: OutboxItem[], refusal: Refusal): Promise<Set<OutboxItem>> {
    const settled = new Set<OutboxItem>();
    let suspects = group;
    let seen: Refusal | null = refusal;
    while (suspects.length > 1) {
      const left = suspects.slice(0, Math.ceil(suspects.length / 2));
      const leftRefusal = await attempt(left);
      if (leftRefusal) {
        suspects = left;
        seen = leftRefusal;
      } else {
        for (const item of left) settled.add(item);
        suspects = suspects.slice(left.length);
        seen = null;
      }
    }
    const suspect = suspects[0]!;
    // Only inferred so far: the refusal may have come from the items together (their size), so
    // the last one is tried alone before it is held back.
    const alone = seen ?? (await attempt(suspects));
    if (alone) on.refused(suspect, alone);
    settled.add(suspect);
    return settled;
  }

  let unsettled = items;
  while (unsettled.length > 0) {
    const refusal = await attempt(unsettled);
    if (!refusal) return;
    // Each round settles at least one item, so the loop ends.
    const settled = await narrow(unsettled, refusal);
    unsettled = unsettled.filter((item) => !settled.has(item));
  }
}
