import type { ScannerInboxRepository } from '../storage';

/**
 * The inbox as the scanner watch and handlers use it, telling `changed` after each file that
 * arrives or leaves, so the Documents panel hears of a scan without asking every few seconds.
 */
export function inboxWithEvents(inbox: ScannerInboxRepository, changed: () => void): ScannerInboxRepository {
  return {
    ...inbox,
    add: (...args) => {
      const added = inbox.add(...args);
      changed();
      return added;
    },
    settle: (...args) => {
      const settled = inbox.settle(...args);
      changed();
      return settled;
    },
  };
}
