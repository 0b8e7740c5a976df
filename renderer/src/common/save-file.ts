/**
 * Hands a file the core made to the browser's save: in the app, Chromium's download; in the
 * harness, the browser's. The object URL is revoked once the browser has taken the file.
 */
export function saveFile(fileName: string, base64: string, mediaType: string): void {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
