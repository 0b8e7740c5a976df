import { describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../shared/contract/api';
import { createApiClient } from '../../shared/contract/client';
import type { Dispatch, Handlers } from '../../shared/contract/dispatch';
import { ApiError } from '../../shared/contract/errors';
import { errorMapping, type FailureLog } from '../../electron/core/dispatch/error-mapping';
import { handlerCall } from '../../electron/core/dispatch/handler-call';
import { outputCheck } from '../../electron/core/dispatch/output-check';
import { parseCall } from '../../electron/core/dispatch/parse-call';
import { pipeline } from '../../electron/core/dispatch/pipeline';

const visit = {
  id: '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b',
  createdAt: '2026-11-25T04:00:00.000Z',
  updatedAt: '2026-11-25T04:00:00.000Z',
  day: '2026-11-25',
  desk: '1',
  kind: 'walk-in' as const,
  citizenName: 'Ерлан',
  iin: null,
  status: 'arrived' as const,
  bookingCode: null,
  slot: null,
  serviceCode: null,
};

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const notCalled = () => {
    throw new Error('not called in these tests');
  };
  return {
    ...(Object.fromEntries(methodNames.map((method) => [method, notCalled])) as unknown as Handlers),
    'visits.listForDay': () => ({ visits: [visit] }),
    'visits.logWalkIn': () => visit,
    'preferences.get': () => ({ language: null }),
    'preferences.setLanguage': ({ language }) => ({ language }),
    ...overrides,
  };
}

/** The core's pipeline without the session and audit steps, which need a desk's data. */
function createDispatcher(table: Handlers, logFailure: FailureLog = () => {}): Dispatch {
  const run = pipeline([errorMapping(logFailure), outputCheck(logFailure)], handlerCall(() => table));
  return async (method, input) => {
    const parsed = parseCall(method, input);
    return parsed.ok ? run(parsed.call) : parsed.answer;
  };
}

describe('dispatch pipeline', () => {
  it('answers a valid call with the handler’s value', async () => {
    const dispatch = createDispatcher(handlers());
    expect(await dispatch('preferences.setLanguage', { language: 'kk' })).toEqual({ ok: true, value: { language: 'kk' } });
  });

  it('refuses unknown and inherited method names', async () => {
    const dispatch = createDispatcher(handlers());
    for (const method of ['visits.drop', 'toString', '__proto__', 42, null]) {
      expect(await dispatch(method, {})).toEqual({ ok: false, error: { code: 'contract.unknown_method' } });
    }
  });

  it('reports field issues as catalogue keys, never as raw text', async () => {
    const dispatch = createDispatcher(handlers());
    const result = await dispatch('visits.logWalkIn', { id: 'nope', citizenName: '', iin: '900101300018', extra: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('contract.invalid_input');
    const messages = Object.fromEntries((result.error.issues ?? []).map((issue) => [issue.path.join('.') || '(root)', issue.message]));
    expect(messages).toEqual({
      id: 'validation.visit_id',
      citizenName: 'validation.required',
      iin: 'validation.iin_checksum',
      '(root)': 'validation.unknown_field',
    });
  });

  it('turns a crashing handler into internal.unexpected and logs no input', async () => {
    const log = vi.fn();
    const dispatch = createDispatcher(
      handlers({
        'visits.logWalkIn': () => {
          throw new TypeError('boom with Әлия');
        },
      }),
      log,
    );
    const input = { id: visit.id, citizenName: 'Әлия', iin: '900101300017' };
    expect(await dispatch('visits.logWalkIn', input)).toEqual({ ok: false, error: { code: 'internal.unexpected' } });
    expect(log).toHaveBeenCalledWith('visits.logWalkIn', 'TypeError');
    expect(JSON.stringify(log.mock.calls)).not.toMatch(/Әлия|900101300017/);
  });

  it('passes typed domain errors through and refuses output that breaks the contract', async () => {
    const dispatch = createDispatcher(
      handlers({
        'visits.logWalkIn': () => {
          throw new ApiError('visit.duplicate_id');
        },
        'visits.listForDay': () => ({ visits: [{ ...visit, status: 'teleported' }] }) as never,
      }),
    );
    expect(await dispatch('visits.logWalkIn', { id: visit.id, citizenName: 'A' })).toEqual({
      ok: false,
      error: { code: 'visit.duplicate_id' },
    });
    expect(await dispatch('visits.listForDay', { day: '2026-11-25' })).toEqual({
      ok: false,
      error: { code: 'contract.invalid_output' },
    });
  });
});

describe('client', () => {
  it('returns parsed values and throws ApiError with the code and issues', async () => {
    const dispatch = createDispatcher(handlers());
    const api = createApiClient((method, input) => dispatch(method, input));
    expect(await api.call('visits.listForDay', { day: '2026-11-25' })).toEqual({ visits: [visit] });
    await expect(api.call('visits.logWalkIn', { id: 'x', citizenName: 'A' })).rejects.toMatchObject({
      code: 'contract.invalid_input',
      issues: [{ path: ['id'], message: 'validation.visit_id' }],
    });
  });

  it('maps a failed transport and a garbled answer to typed errors', async () => {
    const down = createApiClient(() => Promise.reject(new Error('ECONNREFUSED')));
    await expect(down.call('preferences.get', {})).rejects.toMatchObject({ code: 'transport.unreachable' });
    const garbled = createApiClient(() => Promise.resolve({ ok: true, value: { language: 'fr' } }));
    await expect(garbled.call('preferences.get', {})).rejects.toMatchObject({ code: 'contract.invalid_output' });
    const nonsense = createApiClient(() => Promise.resolve('<html>'));
    await expect(nonsense.call('preferences.get', {})).rejects.toMatchObject({ code: 'contract.invalid_output' });
  });
});
