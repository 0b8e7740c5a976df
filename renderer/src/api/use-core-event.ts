import { useEffect, useRef } from 'react';
import type { CoreEvent, EventName } from '../../../shared/contract/events';
import { subscribeEvents } from './events';

/** Runs `handle` on each of the core's events of these names, for as long as the component is shown. */
export function useCoreEvent<E extends EventName>(names: readonly E[], handle: (event: Extract<CoreEvent, { event: E }>) => void): void {
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  const key = names.join(',');
  useEffect(() => {
    const wanted = new Set<string>(key.split(','));
    return subscribeEvents((event) => {
      if (wanted.has(event.event)) latest.current(event as Extract<CoreEvent, { event: E }>);
    });
  }, [key]);
}
