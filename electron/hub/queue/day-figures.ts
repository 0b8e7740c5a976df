import { dayFigures, type DayFigures } from '../../../shared/hub';
import { createFiguresStore, type HubDatabase } from '../storage';
import type { DayContext, Moment } from './day-context';

/**
 * Counts the centre's day in figures as of a moment, from one consistent read of the hub's tables
 * (a window's write between two of its queries cannot make the counts disagree).
 */
export function dayFiguresCounter(database: HubDatabase, context: DayContext) {
  const figures = createFiguresStore(database.db);
  return (moment: Moment): DayFigures =>
    database.db.transaction(() =>
      dayFigures({
        day: moment.day,
        at: moment.at,
        groups: context.config().groups,
        windows: context.centre.windows(),
        tickets: figures.timings(moment.day),
        setAside: figures.setAside(moment.day),
        noShows: figures.noShows(moment.day, moment.hhmm),
      }),
    )();
}
