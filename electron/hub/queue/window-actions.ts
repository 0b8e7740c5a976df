import { HubError, pickNext, type DeskTicket, type HubWindow } from '../../../shared/hub';
import type { TicketChange } from '../storage';
import type { Actor, DayContext, Moment } from './day-context';

/** What a window does with a ticket, each run inside the caller's one write transaction. */

function windowOf(context: DayContext, windowId: string): HubWindow {
  const window = context.centre.window(windowId);
  if (window === null) throw new HubError('hub.window_not_found');
  return window;
}

/** The ticket this window has called, or a refusal: a window acts only on its own call. */
function calledHere(context: DayContext, windowId: string, ticketId: string): DeskTicket {
  windowOf(context, windowId);
  const ticket = context.tickets.byId(ticketId);
  if (ticket === null) throw new HubError('hub.ticket_not_found');
  if (ticket.status !== 'called' || ticket.windowId !== windowId) throw new HubError('hub.ticket_state', ticket.number);
  return ticket;
}

function change(context: DayContext, ticket: DeskTicket, next: Partial<TicketChange>): DeskTicket {
  const { status, windowId, transferWindow, callCount, calledAt, finishedAt } = { ...ticket, ...next };
  context.tickets.change(ticket.id, { status, windowId, transferWindow, callCount, calledAt, finishedAt });
  return context.tickets.byId(ticket.id)!;
}

const ref = (ticket: DeskTicket) => ({ ticketId: ticket.id, number: ticket.number, groupId: ticket.groupId });

/**
 * Takes the ticket the centre's calling rule gives this window now (shared/hub/calling-rule.ts)
 * and calls it here. The read and the write are one transaction that holds the write lock, so two
 * windows pressing at once are served one after the other and never get the same ticket.
 */
export function callNext(context: DayContext, actor: Actor, moment: Moment, windowId: string): DeskTicket | null {
  const window = windowOf(context, windowId);
  const current = context.tickets.calledAt(windowId);
  if (current !== null) throw new HubError('hub.window_busy', current.number);
  const next = pickNext(context.tickets.waiting(moment.day), window, context.config().rule, moment.hhmm);
  if (next === null) return null;
  const called = change(context, next, { status: 'called', windowId, transferWindow: null, callCount: next.callCount + 1, calledAt: moment.at });
  context.tickets.record(called.id, 'called', windowId, actor.deviceId, actor.operator, moment.at);
  context.emit('ticket.called', { ...ref(called), windowId, callCount: called.callCount, again: false, at: moment.at });
  context.emitCounts(moment.day);
  return called;
}

export function callAgain(context: DayContext, actor: Actor, moment: Moment, windowId: string, ticketId: string): DeskTicket {
  const called = calledHere(context, windowId, ticketId);
  const again = change(context, called, { callCount: called.callCount + 1 });
  context.tickets.record(again.id, 'called_again', windowId, actor.deviceId, actor.operator, moment.at);
  context.emit('ticket.called', { ...ref(again), windowId, callCount: again.callCount, again: true, at: moment.at });
  return again;
}

/**
 * The citizen did not come to the call. Once called as many times as the centre's rule says, the
 * ticket is set aside (reception can bring it back); before that it waits again in its place, and
 * the next "call next" at any window of its group calls it once more.
 */
export function notHere(context: DayContext, actor: Actor, moment: Moment, windowId: string, ticketId: string): DeskTicket {
  const ticket = calledHere(context, windowId, ticketId);
  context.tickets.record(ticket.id, 'not_here', windowId, actor.deviceId, actor.operator, moment.at);
  if (ticket.callCount >= context.config().rule.callsBeforeSetAside) {
    const aside = change(context, ticket, { status: 'set_aside' });
    context.tickets.record(aside.id, 'set_aside', windowId, actor.deviceId, actor.operator, moment.at);
    context.emit('ticket.set_aside', { ...ref(aside), windowId, at: moment.at });
  } else {
    context.emit('ticket.returned', { ...ref(ticket), reason: 'not_here', windowId: null, at: moment.at });
    change(context, ticket, { status: 'waiting', windowId: null });
  }
  context.emitCounts(moment.day);
  return context.tickets.byId(ticket.id)!;
}

/** Sends the citizen to another window: the ticket waits for that window alone, ahead of its other tickets (the rule's `transferred` class). */
export function transfer(context: DayContext, actor: Actor, moment: Moment, windowId: string, ticketId: string, toWindow: string): DeskTicket {
  const ticket = calledHere(context, windowId, ticketId);
  windowOf(context, toWindow);
  if (toWindow === windowId) throw new HubError('hub.invalid_request');
  const moved = change(context, ticket, { status: 'waiting', windowId: null, transferWindow: toWindow, callCount: 0 });
  context.tickets.record(moved.id, 'transferred', toWindow, actor.deviceId, actor.operator, moment.at);
  context.emit('ticket.returned', { ...ref(moved), reason: 'transferred', windowId: toWindow, at: moment.at });
  context.emitCounts(moment.day);
  return moved;
}

export function finish(context: DayContext, actor: Actor, moment: Moment, windowId: string, ticketId: string): DeskTicket {
  const done = change(context, calledHere(context, windowId, ticketId), { status: 'finished', finishedAt: moment.at });
  context.tickets.record(done.id, 'finished', windowId, actor.deviceId, actor.operator, moment.at);
  context.emit('ticket.finished', { ...ref(done), windowId, at: moment.at });
  return done;
}

/** Brings a set-aside ticket back (the citizen came back to reception): it waits in its old place, its calls counted afresh. */
export function restore(context: DayContext, actor: Actor, moment: Moment, ticketId: string): DeskTicket {
  const ticket = context.tickets.byId(ticketId);
  if (ticket === null) throw new HubError('hub.ticket_not_found');
  if (ticket.status !== 'set_aside') throw new HubError('hub.ticket_state', ticket.number);
  const back = change(context, ticket, { status: 'waiting', windowId: null, callCount: 0 });
  context.tickets.record(back.id, 'restored', null, actor.deviceId, actor.operator, moment.at);
  context.emit('ticket.returned', { ...ref(back), reason: 'restored', windowId: null, at: moment.at });
  context.emitCounts(moment.day);
  return back;
}
