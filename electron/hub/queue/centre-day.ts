import { HubError, type CentreConfig, type DaySnapshot, type DeskTicket, type HubParsedInput, type HubRouteName, type HubWindow } from '../../../shared/hub';
import { createCentreStore, createEventStore, createRequestStore, createSettingsStore, createTicketStore, type HubDatabase } from '../storage';
import { dayContext, momentOf, writeOnce, type Actor } from './day-context';
import { dayFiguresCounter } from './day-figures';
import { issueTicket } from './ticket-issue';
import { callAgain, callNext, finish, notHere, restore, transfer } from './window-actions';

export type CentreDayOptions = { database: HubDatabase; hubId: string; now: () => Date; onWrite: () => void };
type In<N extends HubRouteName> = HubParsedInput<N>;

/**
 * The centre's day on the hub: every change is one write transaction that also appends the events
 * telling of it, and `onWrite` wakes the event stream once it is committed.
 */
export function createCentreDay({ database, hubId, now, onWrite }: CentreDayOptions) {
  const { db } = database;
  const stores = { centre: createCentreStore(db), tickets: createTicketStore(db), events: createEventStore(db), requests: createRequestStore(db), settings: createSettingsStore(db) };
  let moment = momentOf(now());
  const context = dayContext(stores, () => moment.at);
  const countFigures = dayFiguresCounter(database, context);

  function write<T>(actor: Actor, route: string, requestId: string | null, work: () => T): T {
    moment = momentOf(now());
    const answer = writeOnce(database, context, actor, route, requestId, moment.at, work);
    onWrite();
    return answer;
  }

  const groupsKnown = (config: CentreConfig, groups: readonly string[]) => groups.every((id) => config.groups.some((group) => group.id === id));

  return {
    stores,
    config: () => context.config(),
    issueTicket: (actor: Actor, input: In<'issueTicket'>): DeskTicket => write(actor, 'issueTicket', input.requestId, () => issueTicket(context, actor, moment, input)),
    callNext: (actor: Actor, input: In<'callNext'>) => write(actor, 'callNext', input.requestId, () => ({ ticket: callNext(context, actor, moment, input.windowId) })),
    callAgain: (actor: Actor, input: In<'callAgain'>) => write(actor, 'callAgain', input.requestId, () => callAgain(context, actor, moment, input.windowId, input.ticketId)),
    notHere: (actor: Actor, input: In<'notHere'>) => write(actor, 'notHere', input.requestId, () => notHere(context, actor, moment, input.windowId, input.ticketId)),
    transfer: (actor: Actor, input: In<'transfer'>) => write(actor, 'transfer', input.requestId, () => transfer(context, actor, moment, input.windowId, input.ticketId, input.toWindow)),
    finish: (actor: Actor, input: In<'finish'>) => write(actor, 'finish', input.requestId, () => finish(context, actor, moment, input.windowId, input.ticketId)),
    restore: (actor: Actor, input: In<'restore'>) => write(actor, 'restore', input.requestId, () => restore(context, actor, moment, input.ticketId)),
    /** Bookings from an import or a desk's feed: a booking already held is replaced by the newer copy. */
    putBookings: (actor: Actor, input: In<'putBookings'>) =>
      write(actor, 'putBookings', input.requestId, () => {
        for (const booking of input.bookings) stores.centre.putBooking(booking, moment.at);
        return { stored: input.bookings.length };
      }),
    /** The supervisor's set-up; refused when a window would serve a group it removes. */
    setCentre: (actor: Actor, config: CentreConfig): CentreConfig =>
      write(actor, 'setCentre', null, () => {
        if (!stores.centre.windows().every((window) => groupsKnown(config, window.groups))) throw new HubError('hub.invalid_request');
        stores.settings.write('centre', config);
        context.emit('config.changed', { part: 'centre' });
        return config;
      }),
    setWindow: (actor: Actor, window: HubWindow): HubWindow =>
      write(actor, 'setWindow', null, () => {
        if (!groupsKnown(context.config(), window.groups)) throw new HubError('hub.invalid_request');
        stores.centre.putWindow(window, moment.at);
        context.emit('config.changed', { part: 'window' });
        return window;
      }),
    /** Today as one consistent read, with the event id it is as of; no citizen's name or IIN in it. */
    snapshot: (): DaySnapshot =>
      db.transaction(() => {
        const today = momentOf(now()).day;
        const tickets = stores.tickets.ofDay(today).map(({ citizenName: _name, iin: _iin, bookingCode: _code, ...rest }) => rest);
        return { hubId, day: today, lastEventId: stores.events.lastSeq(), centre: context.config(), windows: stores.centre.windows(), tickets };
      })(),
    /** The day's waiting and service times, queues and set-aside tickets, counted now (docs/hub-protocol.md, "Figures"). */
    figures: () => countFigures(momentOf(now())),
  };
}
export type CentreDay = ReturnType<typeof createCentreDay>;
