import Papa from 'papaparse';
import { ApiError } from '../../../shared/contract/errors';
import { bookingColumns } from '../../../shared/domain/booking';

export type RawBookingRow = { row: number; record: Record<string, unknown> };

function parseCsv(content: string): RawBookingRow[] {
  const result = Papa.parse<Record<string, string>>(content.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const headers = result.meta.fields ?? [];
  if (!bookingColumns.every((column) => headers.includes(column))) throw new ApiError('bookings.unreadable_file');
  // Line numbers as a spreadsheet shows them: the header is line 1.
  return result.data.map((record, index) => ({ row: index + 2, record }));
}

function parseJson(content: string): RawBookingRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    throw new ApiError('bookings.unreadable_file');
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { bookings?: unknown } | null)?.bookings;
  if (!Array.isArray(list)) throw new ApiError('bookings.unreadable_file');
  return list.map((record, index) => ({
    row: index + 1,
    record: record !== null && typeof record === 'object' && !Array.isArray(record) ? (record as Record<string, unknown>) : {},
  }));
}

/** Reads a bookings file (format in docs/bookings-import.md) into numbered, unchecked rows. */
export function readBookingFile(format: 'csv' | 'json', content: string): RawBookingRow[] {
  return format === 'csv' ? parseCsv(content) : parseJson(content);
}
