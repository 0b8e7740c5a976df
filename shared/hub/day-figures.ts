import { z } from 'zod';

/**
 * The centre's day in figures, as the hub counts it from its own tickets (docs/hub-protocol.md,
 * "Figures"). Waiting is from check-in to the ticket's first call; service is from the call the
 * ticket was finished after to its finish. Times are whole seconds.
 */

const shortId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/);
const count = z.number().int().nonnegative();
const seconds = count.nullable();

export const durationFiguresSchema = z.strictObject({ count, medianSeconds: seconds, p90Seconds: seconds });
export type DurationFigures = z.infer<typeof durationFiguresSchema>;

const measured = { waiting: durationFiguresSchema, service: durationFiguresSchema };

export const dayFiguresSchema = z.strictObject({
  day: z.iso.date(),
  /** The hub's clock when it counted. */
  at: z.iso.datetime({ offset: true }),
  centre: z.strictObject({
    issued: count,
    waitingNow: count,
    calledNow: count,
    finished: count,
    /** Tickets set aside at least once today (each counted once, however often it came back). */
    setAside: count,
    setAsideNow: count,
    /** Today's bookings whose slot has passed and that nobody checked in, anywhere in the centre. */
    noShows: count,
    ...measured,
  }),
  groups: z.array(z.strictObject({ groupId: shortId, name: z.strictObject({ kk: z.string(), ru: z.string() }), issued: count, waitingNow: count, setAside: count, setAsideNow: count, ...measured })),
  /** By the window that first called a ticket (waiting) and the one that finished it (service). */
  windows: z.array(z.strictObject({ windowId: shortId, label: z.string(), called: count, finished: count, setAside: count, ...measured })),
});
export type DayFigures = z.infer<typeof dayFiguresSchema>;

/**
 * Count, median and 90th percentile of some durations. The median of an even count is the mean of
 * the two middle values; the 90th percentile is the nearest rank (the wait nine in ten citizens
 * did not exceed), so both are durations somebody had or lie between two that somebody had.
 */
export function summarize(values: readonly number[]): DurationFigures {
  const sorted = values.filter((value) => Number.isFinite(value)).map((value) => Math.max(0, value)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { count: 0, medianSeconds: null, p90Seconds: null };
  const median = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const p90 = sorted[Math.ceil(0.9 * n) - 1]!;
  return { count: n, medianSeconds: Math.round(median), p90Seconds: Math.round(p90) };
}

/** One ticket of the day as the figures read it; times in seconds, null where it has not happened. */
export type TicketTiming = {
  groupId: string;
  status: 'waiting' | 'called' | 'set_aside' | 'finished';
  /** The window of the ticket's first call, and the seconds from check-in to it. */
  firstWindowId: string | null;
  waitSeconds: number | null;
  /** The window that finished it, and the seconds from the call it was finished after. */
  finishWindowId: string | null;
  serviceSeconds: number | null;
};

export type FiguresInput = {
  day: string;
  at: string;
  groups: readonly { id: string; name: { kk: string; ru: string } }[];
  windows: readonly { id: string; label: string }[];
  tickets: readonly TicketTiming[];
  /** Each (ticket, window) where a ticket was set aside; a ticket set aside twice at one window is one pair. */
  setAside: readonly { ticketId: string; groupId: string; windowId: string | null }[];
  noShows: number;
};

const numbers = (values: readonly (number | null)[]) => values.filter((value): value is number => value !== null);

/** The day's figures for the centre, each service group and each window. */
export function dayFigures(input: FiguresInput): DayFigures {
  const { tickets } = input;
  const measure = (subset: readonly TicketTiming[]) => ({ waiting: summarize(numbers(subset.map((t) => t.waitSeconds))), service: summarize(numbers(subset.map((t) => t.serviceSeconds))) });
  const withStatus = (subset: readonly TicketTiming[], status: TicketTiming['status']) => subset.filter((ticket) => ticket.status === status).length;
  const asideTickets = (pairs: FiguresInput['setAside']) => new Set(pairs.map((pair) => pair.ticketId)).size;
  return {
    day: input.day,
    at: input.at,
    centre: {
      issued: tickets.length,
      waitingNow: withStatus(tickets, 'waiting'),
      calledNow: withStatus(tickets, 'called'),
      finished: withStatus(tickets, 'finished'),
      setAside: asideTickets(input.setAside),
      setAsideNow: withStatus(tickets, 'set_aside'),
      noShows: input.noShows,
      ...measure(tickets),
    },
    groups: input.groups.map((group) => {
      const own = tickets.filter((ticket) => ticket.groupId === group.id);
      return {
        groupId: group.id,
        name: group.name,
        issued: own.length,
        waitingNow: withStatus(own, 'waiting'),
        setAside: asideTickets(input.setAside.filter((pair) => pair.groupId === group.id)),
        setAsideNow: withStatus(own, 'set_aside'),
        ...measure(own),
      };
    }),
    windows: input.windows.map((window) => {
      const called = tickets.filter((ticket) => ticket.firstWindowId === window.id);
      const finished = tickets.filter((ticket) => ticket.finishWindowId === window.id);
      return {
        windowId: window.id,
        label: window.label,
        called: called.length,
        finished: finished.length,
        setAside: asideTickets(input.setAside.filter((pair) => pair.windowId === window.id)),
        waiting: summarize(numbers(called.map((ticket) => ticket.waitSeconds))),
        service: summarize(numbers(finished.map((ticket) => ticket.serviceSeconds))),
      };
    }),
  };
}
