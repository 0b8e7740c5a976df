import type { Handlers } from '../../../shared/contract/dispatch';
import { v7 as uuidv7 } from 'uuid';
import { serviceByCode } from '../../../shared/catalogue/catalogue';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/api';
import type { FieldIssue } from '../../../shared/contract/errors';
import { toFieldIssues } from '../../../shared/contract/issues';
import { bookingRowSchema, type BookingRow } from '../../../shared/domain/booking';
import { currentCatalogue } from '../catalogue';
import type { CoreDeps } from '../core-deps';
import { deskIdOf } from '../settings';
import { readBookingFile } from './booking-file';

type ImportReport = MethodOutput<'bookings.import'>;

/**
 * Stores the day's bookings as booked visits. A booking seen before is updated while the citizen
 * has not arrived, and left alone after. The central system's feed (sync) delivers rows here too.
 */
export function applyBookings(deps: Pick<CoreDeps, 'actor' | 'atomically' | 'events' | 'now' | 'settings' | 'visits'>, rows: BookingRow[]): Omit<ImportReport, 'rejected'> {
  const { visits, events, settings, now, atomically, actor } = deps;
  return atomically(() => {
    const at = now().toISOString();
    const counts = { added: 0, updated: 0, unchanged: 0 };
    for (const row of rows) {
      const fields = { day: row.date, slot: row.time, citizenName: row.name, iin: row.iin, serviceCode: row.service };
      const existing = visits.findByBookingCode(row.code);
      if (!existing) {
        const id = uuidv7();
        visits.insert({ id, createdAt: at, updatedAt: at, desk: deskIdOf(settings), kind: 'booked', status: 'booked', bookingCode: row.code, ...fields });
        events.add(id, { at, actor: actor(), from: null, to: 'booked', reason: null, cause: null });
        counts.added++;
      } else if (existing.status === 'booked' && (Object.keys(fields) as (keyof typeof fields)[]).some((key) => existing[key] !== fields[key])) {
        visits.updateBooking(existing.id, fields, at);
        counts.updated++;
      } else {
        counts.unchanged++;
      }
    }
    return counts;
  });
}

export function createBookingHandlers(deps: Pick<CoreDeps, 'actor' | 'atomically' | 'catalogues' | 'events' | 'now' | 'settings' | 'visits'>): Pick<Handlers, 'bookings.import'> {
  return {
    'bookings.import': ({ format, content }: ParsedInput<'bookings.import'>): ImportReport => {
      const catalogue = currentCatalogue(deps.catalogues);
      const accepted: BookingRow[] = [];
      const rejected: { row: number; issues: FieldIssue[] }[] = [];
      const seenCodes = new Set<string>();
      for (const { row, record } of readBookingFile(format, content)) {
        const parsed = bookingRowSchema.safeParse(record);
        const issues = parsed.success ? [] : toFieldIssues(parsed.error);
        if (parsed.success) {
          if (!serviceByCode(catalogue, parsed.data.service)?.active) issues.push({ path: ['service'], message: 'validation.service_unknown', params: { code: parsed.data.service } });
          if (seenCodes.has(parsed.data.code)) issues.push({ path: ['code'], message: 'validation.duplicate_in_file' });
          seenCodes.add(parsed.data.code);
        }
        if (issues.length > 0 || !parsed.success) rejected.push({ row, issues });
        else accepted.push(parsed.data);
      }
      // Good rows are kept even when others are refused: the report tells the operator which.
      return { ...applyBookings(deps, accepted), rejected };
    },
  };
}
