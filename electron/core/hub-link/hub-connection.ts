import type { Agent } from 'node:https';
import { hubRoutes, type HubInput, type HubOutput, type HubRouteName } from '../../../shared/hub';
import { HubFailure } from './hub-failure';
import { pinnedAgent, pinnedTls, requestJson } from './hub-https';
import { followHubEvents, type FollowOptions } from './hub-events-follower';
import { pinOf, type HubPairing } from './hub-pairing';

export type HubConnection = ReturnType<typeof connectToHub>;

/**
 * A paired desk's line to its hub: every route of shared/hub/hub-routes.ts, by name, over HTTPS to
 * the pinned certificate with this desk's credential, each answer checked against the route's
 * schema. Writes carry a request id the caller makes (a UUID), so a retry after a lost answer
 * gets the first answer and changes nothing twice.
 */
export function connectToHub(pairing: HubPairing, { timeoutMs = 10_000 }: { timeoutMs?: number } = {}) {
  const agent: Agent = pinnedAgent(pinOf(pairing));
  const tls = pinnedTls(pinOf(pairing));

  async function call<N extends HubRouteName>(name: N, ...[input]: HubInput<N> extends undefined ? [] : [HubInput<N>]): Promise<HubOutput<N>> {
    const route = hubRoutes[name];
    const { body } = await requestJson(
      new URL(route.path, pairing.url),
      { method: route.method, agent, ...tls, headers: { authorization: `Bearer ${pairing.credential}`, accept: 'application/json' } },
      route.input === null ? null : JSON.stringify(input),
      timeoutMs,
    );
    const parsed = route.output.safeParse(body);
    if (!parsed.success) throw new HubFailure('hub.bad_answer');
    return parsed.data as HubOutput<N>;
  }

  return {
    pairing,
    call,
    follow: (options: FollowOptions) => followHubEvents(pairing, options),
    close: () => agent.destroy(),
  };
}
