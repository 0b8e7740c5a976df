import { describe, expect, it } from 'vitest';
import { spokenNumber } from '../../renderer/hall-display/announcer';
import { applyHubEvent } from '../../renderer/hall-display/board-state';
import type { HallBoard } from '../../shared/hub';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const board: HallBoard = {
  lastEventId: 10,
  day: '2026-11-26',
  centreName: 'ХҚКО №1',
  windows: [
    { id: 'w1', label: 'Терезе 1' },
    { id: 'w2', label: 'Терезе 2' },
  ],
  groups: [{ id: 'general', prefix: 'А', name: { kk: 'Жалпы', ru: 'Общие' }, waiting: 3 }],
  calls: [
    { ticketId: id(2), number: 'А-002', windowId: 'w2', at: '2026-11-26T10:02:00.000Z' },
    { ticketId: id(1), number: 'А-001', windowId: 'w1', at: '2026-11-26T10:01:00.000Z' },
  ],
};
const called = (n: number, windowId: string, again = false) => ({ ticketId: id(n), number: `А-00${n}`, groupId: 'general', windowId, callCount: again ? 2 : 1, again, at: '2026-11-26T10:05:00.000Z' });

describe('the hall display board, event by event', () => {
  it("puts a new call on top, in place of the window's last one, and announces it", () => {
    const change = applyHubEvent(board, 'ticket.called', called(3, 'w1'));
    expect(change.board.calls.map((call) => [call.number, call.windowId])).toEqual([
      ['А-003', 'w1'],
      ['А-002', 'w2'],
    ]);
    expect(change.announce?.number).toBe('А-003');
    expect(change.reload).toBe(false);
  });

  it('moves a ticket called again to the top and announces it again', () => {
    const change = applyHubEvent(board, 'ticket.called', called(1, 'w1', true));
    expect(change.board.calls.map((call) => call.number)).toEqual(['А-001', 'А-002']);
    expect(change.announce?.number).toBe('А-001');
  });

  it('takes a finished, set-aside or returned ticket off, and updates the waiting counts', () => {
    for (const event of ['ticket.finished', 'ticket.set_aside', 'ticket.returned']) {
      expect(applyHubEvent(board, event, { ticketId: id(1), number: 'А-001', groupId: 'general', windowId: 'w1', reason: 'not_here', at: '2026-11-26T10:05:00.000Z' }).board.calls.map((call) => call.number)).toEqual(['А-002']);
    }
    const counts = applyHubEvent(board, 'queue.counts', { day: '2026-11-26', groups: [{ groupId: 'general', waiting: 7, setAside: 1 }] });
    expect(counts.board.groups[0]!.waiting).toBe(7);
    expect(counts.announce).toBeNull();
  });

  it('reads the board anew after a change of set-up or a resync, and ignores what it cannot read', () => {
    expect(applyHubEvent(board, 'config.changed', { part: 'window' }).reload).toBe(true);
    expect(applyHubEvent(board, 'stream.resync', {}).reload).toBe(true);
    for (const [event, data] of [['ticket.called', { number: 'А-009' }], ['ticket.called', null], ['queue.counts', { groups: 'many' }], ['ticket.unknown', {}]] as const) {
      const change = applyHubEvent(board, event, data);
      expect(change.board).toEqual(board);
      expect(change.announce).toBeNull();
    }
  });

  it('says a ticket number the way a voice should', () => {
    expect(spokenNumber('А-015')).toBe('А 15');
    expect(spokenNumber('ӘБ-1200')).toBe('ӘБ 1200');
  });
});
