import { z } from 'zod';

const count = z.number().int().nonnegative();

/**
 * What the core tells the renderer without being asked, typed like the methods. An event is a
 * nudge that carries no citizen's data: the renderer answers it by calling the method that reads
 * what changed, so every read still passes the session gate.
 */
export const contractEvents = {
  /** The sync loop moved: a step, a pass, a failure, a wait. Read `sync.status`. */
  'sync.changed': z.strictObject({}),
  /** The central system's feed was applied: bookings, decisions, catalogues, staff accounts. */
  'feed.applied': z.strictObject({ bookings: count, decisions: count, catalogues: count, staff: count }),
  /** A file arrived in the scanner folder or left the inbox. Read `scanner.inbox`. */
  'scanner.changed': z.strictObject({}),
  /** Someone signed in or out, or the desk locked (idle, Windows, the operator). Read `session.get`. */
  'session.changed': z.strictObject({}),
  /** The background integrity check found the database damaged. Read `health.get`. */
  'health.changed': z.strictObject({}),
  /** The centre's hub told of a change (a ticket issued or called, the queue, its set-up), or the desk lost or found it. Read `hub.status`. */
  'hub.changed': z.strictObject({}),
} as const;

export type EventName = keyof typeof contractEvents;
export type EventPayload<E extends EventName> = z.infer<(typeof contractEvents)[E]>;
export type CoreEvent = { [E in EventName]: { event: E; payload: EventPayload<E> } }[EventName];

export const eventNames = Object.keys(contractEvents) as EventName[];

/** The one channel events travel on, over IPC and as the harness's Server-Sent Events. */
export const EVENT_CHANNEL = 'qabyldau:event';

/** Checks an event that crossed a transport: a malformed one is dropped, never acted on. */
export function parseEvent(value: unknown): CoreEvent | null {
  if (typeof value !== 'object' || value === null) return null;
  const { event, payload } = value as { event?: unknown; payload?: unknown };
  if (typeof event !== 'string' || !Object.hasOwn(contractEvents, event)) return null;
  const parsed = contractEvents[event as EventName].safeParse(payload);
  return parsed.success ? ({ event, payload: parsed.data } as CoreEvent) : null;
}
