/** The hall display: its board, its read-only credential and the page the hub serves for it. */
export { hallBoardOf } from './hall-board';
export { makeDisplayToken, spkiSha256 } from './display-tokens';
export { createDisplayPage, HALL_DISPLAY_CSP, HALL_DISPLAY_FILES } from './display-page';
export type { DisplayPage } from './display-page';
