import { seedCatalogue } from '../../shared/catalogue/catalogue';
import type { ApiClient } from '../../shared/contract/client';
import { iinCheckDigit } from '../../shared/domain/iin';

export type SampleBooking = { date: string; time: string; iin: string; name: string; service: string; code: string };

const surnames = ['Сәрсенбаев', 'Әбілқайыров', 'Нұрғалиев', 'Құдайбергенов', 'Өтепов', 'Ұлықбеков', 'Иванов', 'Жұмабаев', 'Һарунов', 'Ғабитов'];
const givenNames = ['Әлия', 'Ғалымжан', 'Қайрат', 'Нұрлан', 'Өмірзақ', 'Ұлан', 'Үміт', 'Ірина', 'Бауыржан', 'Дана'];

/** A valid IIN for the n-th sample citizen, born in the 1980s; the check digit from the official rule. */
export function sampleIin(n: number): string {
  for (let serial = n * 7; ; serial++) {
    const first11 = `8${n % 10}0${(n % 9) + 1}1${n % 10}3${String(serial % 10000).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

/** `count` bookings for a day, one every 10 minutes from 09:00, over the active services. */
export function sampleBookings(day: string, count: number): SampleBooking[] {
  const services = seedCatalogue.services.filter((service) => service.active);
  return Array.from({ length: count }, (_, n) => {
    const minutes = 9 * 60 + n * 10;
    return {
      date: day,
      time: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
      iin: sampleIin(n),
      name: `${surnames[n % surnames.length]} ${givenNames[Math.floor(n / surnames.length) % givenNames.length]}`,
      service: services[n % services.length]!.code,
      code: `QB-${String(100000 + n)}`,
    };
  });
}

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function toCsv(rows: SampleBooking[]): string {
  const columns = ['date', 'time', 'iin', 'name', 'service', 'code'] as const;
  return [columns.join(','), ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(','))].join('\r\n');
}

/** 50 rows of which 3 are broken in ways operators meet: a bad IIN, a bad time, an unknown service. */
export function bookingsWithThreeBadRows(day: string): { csv: string; badLines: number[] } {
  const rows = sampleBookings(day, 50);
  rows[4] = { ...rows[4]!, iin: `${rows[4]!.iin.slice(0, 11)}${(Number(rows[4]!.iin[11]) + 1) % 10}` };
  rows[17] = { ...rows[17]!, time: '25:70' };
  rows[32] = { ...rows[32]!, service: 'space-tourism' };
  // CSV lines: the header is line 1, so row index i is on line i + 2.
  return { csv: toCsv(rows), badLines: [6, 19, 34] };
}

/**
 * A day as the morning import leaves it: the 50-row file with its 3 bad rows imported, so 47
 * citizens booked, none arrived. Answers the import's report.
 */
export async function seedDayOfBookings(api: ApiClient, day: string) {
  return api.call('bookings.import', { format: 'csv', content: bookingsWithThreeBadRows(day).csv });
}
