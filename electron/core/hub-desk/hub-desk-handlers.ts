import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract/api';
import type { Handlers } from '../../../shared/contract/dispatch';
import { ApiError } from '../../../shared/contract/errors';
import type { HubStatus } from '../../../shared/contract/methods/hub-methods';
import { bookingRowSchema } from '../../../shared/domain/booking';
import { localDayOf } from '../../../shared/domain/day';
import { localPrefixOf, type DaySnapshot, type DeskTicket } from '../../../shared/hub';
import { HubFailure } from '../hub-link';
import type { CoreDeps } from '../core-deps';
import type { HubLocalRepository } from '../storage';
import { qrRuns, type StatementResources } from '../statements';
import type { TicketPrinter } from '../tickets';
import type { CentreCopy } from './centre-copy';
import type { HandoverRunner } from './handover-runner';
import type { HallScreen } from './hall-screen';
import type { HubDeskLink } from './hub-desk-link';
import { keepHubBooking } from './hub-booking';
import { centralShown } from './hub-central';
import { worksAlone, type LocalDesk } from './local-tickets';
import { printTicketSlip } from './ticket-slip-print';

type HubMethod =
  | 'hub.status'
  | 'hub.pair'
  | 'hub.setWindow'
  | 'hub.checkIn'
  | 'hub.printTicket'
  | 'hub.callNext'
  | 'hub.callAgain'
  | 'hub.notHere'
  | 'hub.transfer'
  | 'hub.finish'
  | 'hub.pullCentral'
  | 'hub.displayLink'
  | 'hub.showDisplay';

const WINDOW_SETTING = 'hub.windowId';
/** A walk-in is queued by a service; a group that lists none is the fallback, which takes any unlisted code. */
const UNLISTED_SERVICE = 'walk-in';

/**
 * A ticket the hub has called at this window that the desk holds no answer for (the desk restarted,
 * or the answer was lost): the window can still act on it; "call again" brings whom it is for.
 */
function calledHere(day: DaySnapshot | null, windowId: string | null): DeskTicket | null {
  const ticket = windowId === null ? undefined : day?.tickets.find((candidate) => candidate.status === 'called' && candidate.windowId === windowId);
  return ticket ? { ...ticket, citizenName: null, iin: null, bookingCode: null } : null;
}

export function createHubDeskHandlers(
  deps: CoreDeps,
  link: HubDeskLink,
  resources: () => Promise<StatementResources>,
  printer: TicketPrinter | undefined,
  alone: { desk: LocalDesk; tickets: HubLocalRepository; handover: HandoverRunner; centre: CentreCopy; prefixSource: () => string },
  hallScreen?: HallScreen,
): Pick<Handlers, HubMethod> {
  const windowId = () => deps.settings.get(WINDOW_SETTING) ?? null;
  const setWindow = (window: string | null) => (window === null ? deps.settings.clear(WINDOW_SETTING) : deps.settings.set(WINDOW_SETTING, window));
  const operator = () => deps.actor().slice(0, 64);
  const centreCopy = alone.centre;

  function status(): HubStatus {
    const pairing = link.pairing();
    const day = link.snapshot();
    // Without the hub (even after a restart) the page still shows the centre's groups as last told.
    const centre = day?.centre ?? (pairing === null ? null : centreCopy());
    const mine = windowId();
    const count = (groupId: string, status: string) => day?.tickets.filter((ticket) => ticket.groupId === groupId && ticket.status === status).length ?? 0;
    return {
      paired: pairing !== null,
      hubId: pairing?.hubId ?? null,
      url: pairing?.url ?? null,
      role: pairing?.role ?? null,
      windowId: mine,
      reachable: pairing !== null && link.reachable(),
      failure: pairing === null ? null : link.failure(),
      centreName: centre?.centreName ?? null,
      groups: (centre?.groups ?? []).map((group) => ({ id: group.id, prefix: group.prefix, name: group.name, waiting: count(group.id, 'waiting'), setAside: count(group.id, 'set_aside') })),
      windows: (day?.windows ?? []).map((window) => ({ id: window.id, label: window.label, groups: [...window.groups] })),
      current: link.current() ?? calledHere(day, mine),
      central: pairing === null ? null : centralShown(link.central()),
      localTickets: alone.tickets.ofDay(localDayOf(deps.now())).map((ticket) => ({
        id: ticket.id, number: ticket.number, kind: ticket.kind, status: ticket.status, checkedInAt: ticket.checkedInAt,
        handedOver: ticket.outcome !== null, supersededBy: ticket.outcome === 'superseded' ? ticket.keptNumber : null,
      })),
      pendingHandover: alone.tickets.pendingCount(),
      conflicts: [...alone.handover.conflicts()],
      localPrefix: localPrefixOf(alone.prefixSource()),
    };
  }

  /**
   * The hub's answer, or the desk's own when the hub is out of reach (known so, or found so now):
   * the request either reached no hub or the hub stored nothing, so working alone gives nothing twice.
   */
  async function orAlone<T>(online: () => Promise<T>, offline: () => T): Promise<T> {
    await link.started;
    if (!link.reachable() && link.failure() !== null && worksAlone(new HubFailure(link.failure()!))) {
      const done = offline();
      link.changed();
      return done;
    }
    try {
      return await online();
    } catch (error) {
      if (!worksAlone(error)) throw error;
      const done = offline();
      link.changed();
      return done;
    }
  }

  const myWindow = () => {
    const id = windowId();
    if (id === null) throw new ApiError('hub.no_window');
    return id;
  };

  /** A window action on the ticket called here; what the hub answers becomes the window's ticket, or none once it left. */
  const act = async (run: () => Promise<DeskTicket>) => {
    const ticket = await run();
    link.setCurrent(ticket.status === 'called' && ticket.windowId === windowId() ? ticket : null);
    // The status that follows must not show the ticket as the day read before this change had it.
    await link.refresh();
    return ticket;
  };

  /** A new read-only key for one hall screen, and the page's address with it. */
  const displayToken = async () => {
    const pairing = link.pairing();
    if (pairing === null) throw new ApiError('hub.not_paired');
    const made = await link.call('displayToken', { name: `hall screen, by ${operator()}`.slice(0, 64) });
    return { made, url: new URL(made.path, pairing.url).href, fingerprint: pairing.fingerprint };
  };

  return {
    'hub.status': () => status(),
    'hub.pair': async ({ url, code, windowId: window }) => {
      await link.pair(url, code, `desk ${deps.settings.get('workstation.desk') ?? ''}`.trim());
      setWindow(window);
      return status();
    },
    'hub.setWindow': ({ windowId: window }) => {
      setWindow(window);
      link.setCurrent(null);
      return status();
    },
    'hub.checkIn': async (input: ParsedInput<'hub.checkIn'>) => {
      if (link.pairing() === null) throw new ApiError('hub.not_paired');
      const requestId = randomUUID();
      let ticket: DeskTicket;
      if (input.kind === 'booked') {
        const visit = deps.visits.findById(input.visitId);
        if (!visit || visit.kind !== 'booked' || visit.bookingCode === null) throw new ApiError('visit.not_found');
        // A hub that has not had this booking from any feed yet takes it from the desk's copy.
        const booking = bookingRowSchema.safeParse({ date: visit.day, time: visit.slot, iin: visit.iin, name: visit.citizenName, service: visit.serviceCode, code: visit.bookingCode });
        // Checked in here alone earlier today: the hub will have it from the handover.
        const alreadyHere = alone.tickets.forBooking(visit.day, visit.bookingCode);
        if (alreadyHere) throw new HubFailure('hub.already_checked_in', alreadyHere.number);
        ticket = await orAlone(
          () => link.call('issueTicket', { requestId, kind: 'booked', bookingCode: visit.bookingCode!, booking: booking.success ? booking.data : null, priority: input.priority, operator: operator() }),
          () => alone.desk.checkInBooked(visit, input.priority, operator(), windowId()),
        );
      } else if (input.kind === 'booking_code') {
        ticket = await link.call('issueTicket', { requestId, kind: 'booked', bookingCode: input.bookingCode, booking: null, priority: input.priority, operator: operator() });
        keepHubBooking(deps, ticket);
      } else {
        const group = centreCopy().groups.find((candidate) => candidate.id === input.groupId);
        if (!group) throw new ApiError('hub.group_not_found');
        const service = group.services[0] ?? UNLISTED_SERVICE;
        ticket = await orAlone(
          () => link.call('issueTicket', { requestId, kind: 'walk_in', service, citizenName: null, iin: null, priority: input.priority, operator: operator() }),
          () => alone.desk.walkIn(service, input.priority, operator(), windowId()),
        );
      }
      void link.refresh();
      return ticket;
    },
    'hub.printTicket': async ({ ticketId }) => printTicketSlip(link, ticketId, deps, resources, printer, (id) => alone.desk.slipOf(id)),
    'hub.callNext': async () => {
      const window = myWindow();
      const { ticket } = await orAlone(
        () => link.call('callNext', { requestId: randomUUID(), windowId: window, operator: operator() }),
        () => ({ ticket: alone.desk.callNext(window) }),
      );
      // The window opens the citizen's visit; a booking only the hub had becomes one here first.
      if (ticket) keepHubBooking(deps, ticket);
      link.setCurrent(ticket);
      await link.refresh();
      return { ticket };
    },
    'hub.callAgain': ({ ticketId }) =>
      act(async () => {
        const ticket = await link.call('callAgain', { requestId: randomUUID(), windowId: myWindow(), ticketId, operator: operator() });
        keepHubBooking(deps, ticket);
        return ticket;
      }),
    'hub.notHere': ({ ticketId }) => act(() => link.call('notHere', { requestId: randomUUID(), windowId: myWindow(), ticketId, operator: operator() })),
    'hub.transfer': ({ ticketId, toWindow }) => act(() => link.call('transfer', { requestId: randomUUID(), windowId: myWindow(), ticketId, toWindow, operator: operator() })),
    // A local ticket the hub has not taken yet is finished here; the handover tells the hub.
    'hub.finish': ({ ticketId }) =>
      act(async () => (alone.desk.mine(ticketId) ? alone.desk.finish(ticketId, myWindow()) : link.call('finish', { requestId: randomUUID(), windowId: myWindow(), ticketId, operator: operator() }))),
    'hub.pullCentral': async () => {
      link.setCentral(await link.call('centralPull'));
      return status();
    },
    'hub.displayLink': async () => {
      const { url, made } = await displayToken();
      return { url, deviceId: made.deviceId, spkiSha256: made.spkiSha256, qr: qrRuns(url) };
    },
    'hub.showDisplay': async () => {
      if (hallScreen === undefined) throw new ApiError('hub.no_second_screen');
      const { url, fingerprint } = await displayToken();
      if (!(await hallScreen.show(url, fingerprint))) throw new ApiError('hub.no_second_screen');
      return { shown: true };
    },
  };
}
