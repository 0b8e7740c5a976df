import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventName } from '../../../shared/contract/events';
import type { ApiClient } from '../../../shared/contract/client';
import { useApi } from './api-context';
import { useCoreEvent } from './use-core-event';

/**
 * A state the core keeps (the sync loop's, the hub's), read when the page opens and again whenever
 * the core says it moved: no polling. `setValue` takes an answer a call already brought.
 */
export function useCoreReading<T>(read: (api: ApiClient) => Promise<T>, events: readonly EventName[]) {
  const api = useApi();
  const latestRead = useRef(read);
  useEffect(() => {
    latestRead.current = read;
  });
  const [value, setValue] = useState<T | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const refresh = useCallback(() => {
    latestRead.current(api).then(
      (next) => {
        setValue(next);
        setFailure(null);
      },
      (error: unknown) => setFailure(error),
    );
  }, [api]);
  useEffect(refresh, [refresh]);
  useCoreEvent(events, refresh);
  return { value, failure, refresh, setValue };
}
