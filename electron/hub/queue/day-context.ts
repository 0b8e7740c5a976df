import { localDayOf } from '../../../shared/domain/day';
import { centreConfigSchema, defaultCentreConfig, HubError, type CentreConfig, type HubEventName, type HubEventPayload } from '../../../shared/hub';
import type { CentreStore, EventStore, HubDatabase, RequestStore, SettingsStore, TicketStore } from '../storage';

/** Who asked: the paired device and the member of staff at it (by login, never a citizen). */
export type Actor = { deviceId: string; operator: string };

/** One write's moment, as the hub's clock reads it once for the whole transaction. */
export type Moment = { at: string; day: string; hhmm: string };

export type DayStores = { centre: CentreStore; tickets: TicketStore; events: EventStore; requests: RequestStore; settings: SettingsStore };

export type DayContext = DayStores & {
  config(): CentreConfig;
  emit<E extends HubEventName>(event: E, payload: HubEventPayload<E>): void;
  /** Tells everyone the waiting and set-aside counts of every group, after a change of either. */
  emitCounts(day: string): void;
};

export function momentOf(date: Date): Moment {
  const hhmm = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return { at: date.toISOString(), day: localDayOf(date), hhmm };
}

export function dayContext(stores: DayStores, at: () => string): DayContext {
  const context: DayContext = {
    ...stores,
    config: () => {
      const stored = stores.settings.read('centre');
      return stored === undefined ? defaultCentreConfig : centreConfigSchema.parse(stored);
    },
    emit: (event, payload) => void stores.events.append(event, payload, at()),
    emitCounts: (day) => {
      const counted = new Map(stores.tickets.counts(day).map((row) => [row.groupId, row]));
      const groups = context.config().groups.map((group) => ({ groupId: group.id, waiting: counted.get(group.id)?.waiting ?? 0, setAside: counted.get(group.id)?.setAside ?? 0 }));
      context.emit('queue.counts', { day, groups });
    },
  };
  return context;
}

/**
 * Runs one write in one BEGIN IMMEDIATE transaction. A request id the device used before answers
 * what it answered then, without doing anything again; used for another route, it is refused.
 */
export function writeOnce<T>(database: HubDatabase, context: DayContext, actor: Actor, route: string, requestId: string | null, at: string, work: () => T): T {
  return database.atomically(() => {
    if (requestId !== null) {
      const seen = context.requests.answered(actor.deviceId, requestId);
      if (seen !== null) {
        if (seen.route !== route) throw new HubError('hub.request_reused');
        return seen.answer as T;
      }
    }
    const answer = work();
    if (requestId !== null) context.requests.record(actor.deviceId, requestId, route, answer, at);
    return answer;
  });
}
