import type { BookingRow } from '../../../shared/domain/booking';
import { feedBookingSchema, type ChangePage } from '../../core/sync';

/**
 * The bookings of a feed page the hub keeps: the rows the import rules accept, of today or later
 * (a past day's booking can no longer be checked in). The centre's other changes (decisions on a
 * desk's applications, catalogues, staff accounts) are each desk's own business; the hub skips them.
 */
export function bookingsOfPage(changes: ChangePage['changes'], today: string): BookingRow[] {
  const rows: BookingRow[] = [];
  for (const change of changes) {
    if (change.kind !== 'booking') continue;
    const row = feedBookingSchema.safeParse(change.booking);
    if (row.success && row.data.date >= today) rows.push(row.data);
  }
  return rows;
}
