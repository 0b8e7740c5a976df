import { v7 as uuidv7 } from 'uuid';
import { sampleBookings, toCsv } from './bookings-file';
import { withCore } from './core-fixture';

export const reportDay = '2026-11-25';
export const reportBookings = sampleBookings(reportDay, 6);
// A name an operator may type that breaks naive CSV (quote, separator) and one Excel would run as a formula.
export const trickyName = 'Әлия "Ақ"; Сәрсенбайқызы';
export const formulaName = '=Ғалымжан+1';

/**
 * A workstation with a day of known answers, on 25 November 2026, and one walk-in the day before.
 * Waits (arrival → service): 7, 10, 1, 40 for four bookings and 4 for a walk-in: sorted 1, 4, 7,
 * 10, 40, so the median is 7 and the 90th percentile (nearest rank) 40. Two bookings never come
 * (no-shows at closing), one walk-in leaves before service. Must be called inside a test.
 */
export async function deskWithReportDay() {
  let clock = new Date(2026, 10, 24, 8, 0);
  const at = (day: number, hour: number, minute: number) => {
    clock = new Date(2026, 10, day, hour, minute);
  };
  // The clock jumps hours between steps: the desk locks itself, and the supervisor signs back in.
  const desk = withCore('reports', { now: () => clock, signingBack: true });
  const { api } = desk;
  const visitIdOf = async (code: string) => (await api.call('visits.findForCheckIn', { day: reportDay, query: code })).visits[0]!.id;

  await api.call('settings.finishSetup', { language: 'kk', centreId: 'AST-07', centreName: 'Шаңырақ ауданы ХҚКО', deskId: '1' });
  // The longest idle time the settings allow: fewer of the day's gaps lock the desk, and each
  // sign-in back costs a password hash.
  await api.call('settings.update', { idleLockMinutes: 240 });
  at(24, 11, 0);
  await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: 'Кешегі Келуші' });
  at(25, 8, 0);
  await api.call('bookings.import', { format: 'csv', content: toCsv(reportBookings) });
  const plan: [number, [number, number], [number, number]][] = [
    [0, [8, 55], [9, 2]],
    [1, [9, 5], [9, 15]],
    [2, [9, 20], [9, 21]],
    [3, [9, 30], [10, 10]],
  ];
  for (const [index, arrived, served] of plan) {
    const id = await visitIdOf(reportBookings[index]!.code);
    at(25, ...arrived);
    await api.call('visits.checkIn', { id });
    at(25, ...served);
    await api.call('visits.transition', { id, to: 'in_service' });
  }
  at(25, 10, 0);
  const walkIn = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: trickyName });
  at(25, 10, 4);
  await api.call('visits.transition', { id: walkIn.id, to: 'in_service' });
  at(25, 10, 30);
  const leaver = await api.call('visits.logWalkIn', { id: uuidv7(), citizenName: formulaName });
  at(25, 10, 35);
  await api.call('visits.transition', { id: leaver.id, to: 'cancelled', reason: 'кетіп қалды' });
  at(25, 19, 0);
  await api.call('visits.closeDay', { day: reportDay });
  return desk;
}
