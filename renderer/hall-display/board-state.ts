import type { HallBoard } from '../../shared/hub/hall-board';
import { HALL_BOARD_CALLS } from '../../shared/hub/hall-display';

export type HallCall = HallBoard['calls'][number];

/** What one event does to the board: the board after it, a call to announce, or "read the board anew". */
export type BoardChange = { board: HallBoard; announce: HallCall | null; reload: boolean };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const text = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 64;

/**
 * Applies one event of the hub's stream to the board. The hub checks every event against its
 * schema before it logs it; the page still reads only the fields it uses and ignores the rest, so a
 * newer hub's events cannot break an older screen.
 */
export function applyHubEvent(board: HallBoard, event: string, data: unknown): BoardChange {
  const same = { board, announce: null, reload: false };
  if (event === 'config.changed' || event === 'stream.resync') return { ...same, reload: true };
  if (!isRecord(data)) return same;
  if (event === 'ticket.called') {
    const { ticketId, number, windowId, at } = data;
    if (!text(ticketId) || !text(number) || !text(windowId) || !text(at)) return same;
    const call: HallCall = { ticketId, number, windowId, at };
    // One ticket a window: a window's new call replaces its last one; "call again" moves it to the top.
    const others = board.calls.filter((each) => each.ticketId !== ticketId && each.windowId !== windowId);
    return { board: { ...board, calls: [call, ...others].slice(0, HALL_BOARD_CALLS) }, announce: call, reload: false };
  }
  if (event === 'ticket.finished' || event === 'ticket.set_aside' || event === 'ticket.returned') {
    const { ticketId } = data;
    if (!text(ticketId)) return same;
    return { ...same, board: { ...board, calls: board.calls.filter((each) => each.ticketId !== ticketId) } };
  }
  if (event === 'queue.counts' && Array.isArray(data.groups)) {
    const waiting = new Map<string, number>();
    for (const group of data.groups) if (isRecord(group) && text(group.groupId) && Number.isInteger(group.waiting)) waiting.set(group.groupId, group.waiting as number);
    return { ...same, board: { ...board, groups: board.groups.map((group) => ({ ...group, waiting: waiting.get(group.id) ?? group.waiting })) } };
  }
  return same;
}
