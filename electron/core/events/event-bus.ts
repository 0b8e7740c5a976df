import type { CoreEvent } from '../../../shared/contract/events';

export type EventListener = (event: CoreEvent) => void;
export type EventBus = { emit(event: CoreEvent): void; subscribe(listener: EventListener): () => void };

/**
 * Fans the core's events out to whoever listens: the Electron window, the harness's event
 * streams, tests. A listener that throws is dropped for that event; the others still hear it.
 */
export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(event) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch {
          // A broken listener (a closed window mid-send) must not stop the core's work.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
