import { describe, expect, it, vi } from 'vitest';
import { eventNames, parseEvent } from '../../shared/contract/events';
import { createEventBus } from '../../electron/core/events';

describe('contract events', () => {
  it('are the five the renderer listens for', () => {
    expect(eventNames).toEqual(['sync.changed', 'feed.applied', 'scanner.changed', 'session.changed', 'health.changed', 'hub.changed']);
  });
  it('pass their schema, or are dropped', () => {
    expect(parseEvent({ event: 'session.changed', payload: {} })).toEqual({ event: 'session.changed', payload: {} });
    expect(parseEvent({ event: 'feed.applied', payload: { bookings: 2, decisions: 0, catalogues: 1, staff: 0 } })).not.toBeNull();
    for (const bad of [null, 'session.changed', { event: 'toString', payload: {} }, { event: 'session.changed', payload: { name: 'Әлия' } }, { event: 'feed.applied', payload: { bookings: -1, decisions: 0, catalogues: 0, staff: 0 } }]) {
      expect(parseEvent(bad)).toBeNull();
    }
  });
  it('reach every listener even when one of them throws, and stop at unsubscribe', () => {
    const bus = createEventBus();
    const broken = vi.fn(() => {
      throw new Error('window gone');
    });
    const heard = vi.fn();
    bus.subscribe(broken);
    const stop = bus.subscribe(heard);
    bus.emit({ event: 'sync.changed', payload: {} });
    stop();
    bus.emit({ event: 'sync.changed', payload: {} });
    expect(broken).toHaveBeenCalledTimes(2);
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
