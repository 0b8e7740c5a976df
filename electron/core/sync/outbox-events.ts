import type { OutboxRepository } from '../storage';

/**
 * The outbox, telling `changed` when an application joins the queue: the Sync page's count of
 * what waits follows finished work at once, while the loop sends on its own schedule.
 */
export function outboxWithEvents(outbox: OutboxRepository, changed: () => void): OutboxRepository {
  return {
    ...outbox,
    enqueue: (item) => {
      const version = outbox.enqueue(item);
      changed();
      return version;
    },
  };
}
