import { z } from 'zod';
import { HALL_BOARD_CALLS, HUB_DISPLAY_PATH } from './hall-display';
import { ticketNumberSchema } from './ticket';

const shortId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/);
const names = z.strictObject({ kk: z.string(), ru: z.string() });

/**
 * What the hall display shows, and nothing more: ticket numbers, windows and how many wait in each
 * group. No service, slot, priority or anything of a citizen: a screen in the hall is public.
 */
export const hallBoardSchema = z.strictObject({
  /** Follow `/v1/events` from this id and miss nothing. */
  lastEventId: z.number().int().nonnegative(),
  day: z.iso.date(),
  centreName: z.string(),
  windows: z.array(z.strictObject({ id: shortId, label: z.string() })),
  groups: z.array(z.strictObject({ id: shortId, prefix: z.string(), name: names, waiting: z.number().int().nonnegative() })),
  /** Tickets called now, the latest call first. */
  calls: z.array(z.strictObject({ ticketId: z.uuid(), number: ticketNumberSchema, windowId: shortId, at: z.iso.datetime({ offset: true }) })).max(HALL_BOARD_CALLS),
});
export type HallBoard = z.infer<typeof hallBoardSchema>;

/**
 * A display's read-only credential, made by a supervisor for one screen. `path` is the page with
 * the credential in its fragment, which a browser never sends to the server; `spkiSha256` is what
 * Chromium's `--ignore-certificate-errors-spki-list` takes to trust the hub's certificate alone.
 */
export const displayTokenSchema = z.strictObject({
  deviceId: shortId,
  token: z.string().regex(/^[A-Za-z0-9_-]{1,32}\.[A-Za-z0-9_-]{43}$/),
  path: z.string().startsWith(`${HUB_DISPLAY_PATH}#token=`),
  spkiSha256: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
});
export type DisplayToken = z.infer<typeof displayTokenSchema>;
