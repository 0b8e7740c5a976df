import type { BookingRow } from '../../../shared/domain/booking';

/**
 * Where the day's bookings come from besides import files: the central system's change feed.
 * The sync client (issue 6) implements it; its rows go through `applyBookings`, exactly like an
 * imported file's, so both paths update and never duplicate the same booking code.
 */
export type BookingFeed = {
  /** Bookings for this centre changed since `cursor`, and the cursor to ask from next time. */
  changesSince(cursor: string | null): Promise<{ bookings: BookingRow[]; cursor: string }>;
};
