import type { ApiClient } from '../../../shared/contract/client';
import type { HubStatus } from '../../../shared/contract/methods/hub-methods';
import { useCoreReading } from '../api/use-core-reading';

const hubEvents = ['hub.changed'] as const;
const readHubStatus = (api: ApiClient) => api.call('hub.status', {});

/** The hub as the desk knows it, read again whenever the core says the hub told of a change. */
export function useHubStatus() {
  const { value: status, failure, refresh, setValue: setStatus } = useCoreReading<HubStatus>(readHubStatus, hubEvents);
  return { status, failure, refresh, setStatus };
}
