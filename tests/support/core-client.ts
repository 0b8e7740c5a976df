import { createApiClient, type ApiClient } from '../../shared/contract/client';
import type { Core, CoreOptions } from '../../electron/core/core';
import { openTestCore } from './core-internals';

/** The account tests work as: the first supervisor of each test workstation. */
export const testSupervisor = { login: 'supervisor', name: 'Сынақ Басшы', secret: '135790' } as const;

/**
 * Signs the core's desk in as the test supervisor, creating the account on a new workstation, as
 * the first-run wizard does. A core that cannot sign anyone in (a damaged database) stays signed out.
 */
export async function signInAsSupervisor(core: Pick<Core, 'dispatch'>): Promise<void> {
  const session = await core.dispatch('session.get', {});
  if (!session.ok) return;
  const staffExists = (session.value as { staffExists: boolean }).staffExists;
  if (staffExists) await core.dispatch('session.signIn', { login: testSupervisor.login, secret: testSupervisor.secret });
  else await core.dispatch('staff.createFirstSupervisor', testSupervisor);
}

/**
 * The real core behind the typed client, as the renderer uses it, without a transport in between.
 * Calls through `api` wait for the sign-in; `signedIn: false` leaves the desk signed out.
 */
export function openCoreClient(options: CoreOptions, { signedIn = true } = {}): { core: Core; api: ApiClient; ready: Promise<void> } {
  const core = openTestCore(options);
  const ready = signedIn ? signInAsSupervisor(core) : Promise.resolve();
  return {
    core,
    ready,
    api: createApiClient(async (method, input) => {
      await ready;
      return core.dispatch(method, input);
    }),
  };
}

/** The core itself, signed in as the test supervisor: for tests that call `dispatch` directly. */
export async function openSignedInCore(options: CoreOptions): Promise<Core> {
  const core = openTestCore(options);
  await signInAsSupervisor(core);
  return core;
}

/**
 * A client for tests whose clock jumps hours or days between steps: the desk locks itself for
 * idleness each time, and the supervisor signs in again, as the operator coming back would.
 */
export function signingBackInClient(core: Pick<Core, 'dispatch'>, ready: Promise<void>): ApiClient {
  return createApiClient(async (method, input) => {
    await ready;
    const answer = await core.dispatch(method, input);
    if (answer.ok || answer.error.code !== 'session.locked') return answer;
    await signInAsSupervisor(core);
    return core.dispatch(method, input);
  });
}
