import QRCode from 'qrcode';

/**
 * The QR code as one vector path in module units (no raster): every run of dark modules in a row
 * becomes one rectangle. Scale it to the printed size when drawing.
 */
export function qrPath(payload: string): { path: string; modules: number } {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  let path = '';
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!modules.get(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && modules.get(row, column)) column++;
      path += `M${start} ${row}h${column - start}v1h${start - column}z`;
    }
  }
  return { path, modules: size };
}

/** What the code says: which application, which version, and a digest of what was printed. */
export function statementQrPayload(applicationId: string, version: number, digest: string): string {
  return `QBL1;${applicationId};${version};${digest}`;
}

/** Reads a payload made by `statementQrPayload`. */
export const statementCodePattern = /^QBL1;([0-9a-f-]{36});(\d{1,6});([0-9a-f]{16})$/;
