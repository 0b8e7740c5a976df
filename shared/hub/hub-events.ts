import { z } from 'zod';
import { ticketKinds, ticketNumberSchema } from './ticket';

const shortId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/);
const instant = z.iso.datetime({ offset: true });
const ticketRef = { ticketId: z.uuid(), number: ticketNumberSchema, groupId: shortId };

/**
 * What the hub tells every paired desk and display, as Server-Sent Events whose `id` is the hub's
 * event sequence. No event names a citizen: a desk that needs more reads it with its credential.
 */
export const hubEvents = {
  'ticket.issued': z.strictObject({ ...ticketRef, kind: z.enum(ticketKinds), priority: z.boolean(), slot: z.string().nullable(), at: instant }),
  /** A call at a window; `again` for "call again". The hall display shows and says each one. */
  'ticket.called': z.strictObject({ ...ticketRef, windowId: shortId, callCount: z.number().int().positive(), again: z.boolean(), at: instant }),
  /** Back in the queue: not here (below the limit), transferred (to `windowId`), or brought back. */
  'ticket.returned': z.strictObject({ ...ticketRef, reason: z.enum(['not_here', 'transferred', 'restored']), windowId: shortId.nullable(), at: instant }),
  'ticket.set_aside': z.strictObject({ ...ticketRef, windowId: shortId, at: instant }),
  'ticket.finished': z.strictObject({ ...ticketRef, windowId: shortId, at: instant }),
  /** Tickets waiting and set aside per service group, after every change of either. */
  'queue.counts': z.strictObject({
    day: z.iso.date(),
    groups: z.array(z.strictObject({ groupId: shortId, waiting: z.number().int().nonnegative(), setAside: z.number().int().nonnegative() })),
  }),
  /** The supervisor changed the centre's set-up or a window: read `GET /v1/day` again. */
  'config.changed': z.strictObject({ part: z.enum(['centre', 'window']) }),
  /** Sent on the stream only: the id a client resumed from is unknown here; read the day anew. */
  'stream.resync': z.strictObject({}),
  /** The hub's pull from the central system changed bookings: how many, never whose. */
  'bookings.changed': z.strictObject({ count: z.number().int().positive() }),
} as const;

export type HubEventName = keyof typeof hubEvents;
export type HubEventPayload<E extends HubEventName> = z.infer<(typeof hubEvents)[E]>;
export type HubEvent = { [E in HubEventName]: { id: number; event: E; payload: HubEventPayload<E> } }[HubEventName];

/** Checks an event read off the stream; a malformed or unknown one is dropped, never acted on. */
export function parseHubEvent(id: number, event: string, data: string): HubEvent | null {
  if (!Object.hasOwn(hubEvents, event)) return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = hubEvents[event as HubEventName].safeParse(value);
  return parsed.success ? ({ id, event, payload: parsed.data } as HubEvent) : null;
}
