import { createApiClient, type ApiClient } from '../../shared/contract/client';
import { openCore, type Core, type CoreOptions } from '../../electron/core/core';

/** The real core behind the typed client, as the renderer uses it, without a transport in between. */
export function openCoreClient(options: CoreOptions): { core: Core; api: ApiClient } {
  const core = openCore(options);
  return { core, api: createApiClient((method, input) => core.dispatch(method, input)) };
}
