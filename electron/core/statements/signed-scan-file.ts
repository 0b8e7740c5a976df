import type { SignedScan } from './signed-scan-handlers';

const extensions: Record<SignedScan['mediaType'], string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/tiff': 'tif', 'application/pdf': 'pdf' };

/** The name a recognised signed statement is filed under: what it is, not what the scanner called it. */
export function signedScanFileName(scan: Pick<SignedScan, 'mediaType'>): string {
  return `signed-statement.${extensions[scan.mediaType]}`;
}
