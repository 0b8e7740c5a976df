import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { auditStep } from '../../electron/core/dispatch/audit-step';
import { errorMapping } from '../../electron/core/dispatch/error-mapping';
import { outputCheck } from '../../electron/core/dispatch/output-check';
import { parseCall } from '../../electron/core/dispatch/parse-call';
import { pipeline, type Answer, type Call, type Step } from '../../electron/core/dispatch/pipeline';
import { logRefusal } from '../../electron/core/dispatch/refusal-log';
import { sessionGate } from '../../electron/core/dispatch/session-gate';

const visitId = '019ab5a1-2c3d-7e4f-8a9b-0c1d2e3f4a5b';
const call: Call = { method: 'visits.get', input: { id: visitId } };
const answering = (answer: Answer) => vi.fn(async () => answer);
const throwing = (error: unknown) =>
  vi.fn(async (): Promise<Answer> => {
    throw error;
  });

describe('pipeline', () => {
  it('runs the steps in the order given, each around the next, and ends in the handler', async () => {
    const seen: string[] = [];
    const step =
      (name: string): Step =>
      async (c, next) => {
        seen.push(`${name} in`);
        const answer = await next(c);
        seen.push(`${name} out`);
        return answer;
      };
    const run = pipeline([step('a'), step('b')], async () => {
      seen.push('handler');
      return { ok: true, value: 1 };
    });
    expect(await run(call)).toEqual({ ok: true, value: 1 });
    expect(seen).toEqual(['a in', 'b in', 'handler', 'b out', 'a out']);
  });
});

describe('parse', () => {
  it('hands on the parsed input, so later steps never parse again', () => {
    const parsed = parseCall('visits.listForDay', { day: '2026-12-01' });
    expect(parsed).toEqual({ ok: true, call: { method: 'visits.listForDay', input: { day: '2026-12-01' } } });
  });
  it('answers an unknown method and a refused input itself', () => {
    expect(parseCall('constructor', {})).toEqual({ ok: false, answer: { ok: false, error: { code: 'contract.unknown_method' } } });
    const refused = parseCall('visits.get', { id: 'x' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.answer).toMatchObject({ ok: false, error: { code: 'contract.invalid_input' } });
  });
});

describe('session gate', () => {
  it('lets an admitted call through and answers a refused one without the handler', async () => {
    const handler = answering({ ok: true, value: 'done' });
    const refused = vi.fn();
    const open = sessionGate(() => null, refused);
    expect(await open(call, handler)).toEqual({ ok: true, value: 'done' });
    const closed = sessionGate(() => 'session.locked', refused);
    expect(await closed(call, handler)).toEqual({ ok: false, error: { code: 'session.locked' } });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(refused).toHaveBeenCalledWith('visits.get', 'session.locked');
  });
});

describe('audit step', () => {
  it('writes the row of a successful audited call, and none for a failure or an unaudited call', async () => {
    const write = vi.fn();
    const step = auditStep(write, vi.fn());
    await step(call, answering({ ok: false, error: { code: 'visit.not_found' } }));
    expect(write).not.toHaveBeenCalled();
    await step({ method: 'visits.listForDay', input: { day: '2026-12-01' } }, answering({ ok: true, value: { visits: [] } }));
    expect(write).not.toHaveBeenCalled();
    await step(call, answering({ ok: true, value: {} }));
    expect(write).toHaveBeenCalledWith({ action: 'visit.viewed', record: { kind: 'visit', id: visitId }, detail: null, actor: undefined, reading: true });
  });
  it('keeps the answer of a change that was made when its row cannot be written, and says so', async () => {
    const failed = vi.fn();
    const step = auditStep(() => {
      throw Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' });
    }, failed);
    expect(await step(call, answering({ ok: true, value: 'made' }))).toEqual({ ok: true, value: 'made' });
    expect(failed).toHaveBeenCalledWith('visits.get');
  });
});

describe('error mapping', () => {
  it('keeps a domain error’s code, says storage is unavailable for SQLite’s failures, and hides the rest', async () => {
    const log = vi.fn();
    const step = errorMapping(log);
    expect(await step(call, throwing(new ApiError('visit.not_found')))).toEqual({ ok: false, error: { code: 'visit.not_found' } });
    expect(await step(call, throwing(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })))).toEqual({ ok: false, error: { code: 'storage.unavailable' } });
    expect(log).not.toHaveBeenCalled();
    expect(await step(call, throwing(new RangeError('Әлия 900101300017')))).toEqual({ ok: false, error: { code: 'internal.unexpected' } });
    expect(log).toHaveBeenCalledWith('visits.get', 'RangeError');
  });
});

describe('output check', () => {
  it('passes the parsed value of a good answer and refuses one that breaks the contract', async () => {
    const log = vi.fn();
    const step = outputCheck(log);
    const listing: Call = { method: 'visits.listForDay', input: { day: '2026-12-01' } };
    expect(await step(listing, answering({ ok: true, value: { visits: [] } }))).toEqual({ ok: true, value: { visits: [] } });
    expect(await step(listing, answering({ ok: true, value: { visits: 'many' } }))).toEqual({ ok: false, error: { code: 'contract.invalid_output' } });
    expect(log).toHaveBeenCalledWith('visits.listForDay', 'contract.invalid_output');
  });
});

describe('refusal log', () => {
  it('logs a refusal by method and code only, and cuts a stranger’s method name short', () => {
    const info = vi.fn();
    logRefusal({ info }, 'x'.repeat(500), { ok: false, error: { code: 'contract.unknown_method' } });
    expect(info).toHaveBeenCalledWith('method.refused', { method: 'x'.repeat(60), code: 'contract.unknown_method' });
    logRefusal({ info }, 'visits.get', { ok: true, value: null });
    expect(info).toHaveBeenCalledTimes(1);
  });
});
