import { useCallback, useEffect, useState } from 'react';
import type { HubStatus } from '../../../shared/contract/methods/hub-methods';
import { useApi } from '../api/api-context';
import { useCoreEvent } from '../api/use-core-event';

/** The hub as the desk knows it, read again whenever the core says the hub told of a change. */
export function useHubStatus() {
  const api = useApi();
  const [status, setStatus] = useState<HubStatus | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const refresh = useCallback(() => {
    api.call('hub.status', {}).then(
      (next) => {
        setStatus(next);
        setFailure(null);
      },
      (error: unknown) => setFailure(error),
    );
  }, [api]);
  useEffect(refresh, [refresh]);
  useCoreEvent(['hub.changed'], refresh);
  return { status, failure, refresh, setStatus };
}
