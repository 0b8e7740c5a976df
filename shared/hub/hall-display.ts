/**
 * The hall display's fixed points, without zod, so the page's own script (renderer/hall-display)
 * can import them and stay a few kilobytes.
 */

/** How many calls the hall display shows: one a window, the latest first. */
export const HALL_BOARD_CALLS = 8;

/** The page the hub serves for the hall's screen, and the files it loads (all from the hub itself). */
export const HUB_DISPLAY_PATH = '/display';
export const HUB_DISPLAY_ASSETS = { script: '/display/hall-display.js', style: '/display/hall-display.css' } as const;
