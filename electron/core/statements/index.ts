/** What the statements feature offers the rest of the core; its other modules are its own. */
export { signedScanFileName } from './signed-scan-file';
export { createSignedScanHandlers } from './signed-scan-handlers';
export type { SignedScan } from './signed-scan-handlers';
export { createStatementHandlers, printOptions } from './statement-handlers';
export type { StatementPrinter } from './statement-handlers';
export { statementFontkit } from './statement-fonts';
export { qrRuns } from './statement-qr';
export { wrap } from './statement-layout';
export type { StatementFonts } from './statement-pdf';
export { statementResources } from './statement-resources';
export type { StatementResources } from './statement-resources';
