/** The renderer is served from this privileged scheme, never from file://, so its origin is known. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'qabyldau';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** True for the app's own pages; `devServer` is electron-vite's, present only in development. */
export function isAppUrl(url: string, devServer?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (`${parsed.protocol}//${parsed.host}` === APP_ORIGIN) return true;
  return devServer !== undefined && parsed.origin === new URL(devServer).origin;
}
