import { HALL_BOARD_CALLS, type DaySnapshot, type HallBoard } from '../../../shared/hub';

/**
 * The hall display's board from the day: the tickets called now (the latest call first, so the
 * screen's top line is the one just said), the windows' labels and the people waiting per group.
 * Built from the public snapshot, which holds no citizen's data, and narrowed further still.
 */
export function hallBoardOf(day: DaySnapshot): HallBoard {
  const waiting = (groupId: string) => day.tickets.filter((ticket) => ticket.groupId === groupId && ticket.status === 'waiting').length;
  const calls = day.tickets
    .filter((ticket) => ticket.status === 'called' && ticket.windowId !== null && ticket.calledAt !== null)
    .sort((a, b) => b.calledAt!.localeCompare(a.calledAt!) || b.order - a.order)
    .slice(0, HALL_BOARD_CALLS)
    .map((ticket) => ({ ticketId: ticket.id, number: ticket.number, windowId: ticket.windowId!, at: ticket.calledAt! }));
  return {
    lastEventId: day.lastEventId,
    day: day.day,
    centreName: day.centre.centreName,
    windows: day.windows.map((window) => ({ id: window.id, label: window.label })),
    groups: day.centre.groups.map((group) => ({ id: group.id, prefix: group.prefix, name: group.name, waiting: waiting(group.id) })),
    calls,
  };
}
