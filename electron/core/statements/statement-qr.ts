import QRCode from 'qrcode';

/** One run of dark modules in a row of the QR code, in module units from its top left corner. */
type QrRun = { row: number; column: number; length: number };

/**
 * The QR code as vector rectangles (no raster): every run of dark modules in a row becomes one
 * rectangle. Scale them to the printed size when drawing.
 */
export function qrRuns(payload: string): { runs: QrRun[]; modules: number } {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const runs: QrRun[] = [];
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!modules.get(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && modules.get(row, column)) column++;
      runs.push({ row, column: start, length: column - start });
    }
  }
  return { runs, modules: size };
}

/** What the code says: which application, which version, and a digest of what was printed. */
export function statementQrPayload(applicationId: string, version: number, digest: string): string {
  return `QBL1;${applicationId};${version};${digest}`;
}

/** Reads a payload made by `statementQrPayload`. */
export const statementCodePattern = /^QBL1;([0-9a-f-]{36});(\d{1,6});([0-9a-f]{16})$/;
