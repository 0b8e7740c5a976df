import { BrowserWindow, screen, session } from 'electron';
import type { HallScreen } from '../core/hub-desk';

const PARTITION = 'hall-display';
let shown: BrowserWindow | undefined;

/**
 * The hall display on this computer's second screen: a full-screen window of its own session
 * (no preload, sandboxed, no permission granted), which trusts the hub's self-signed certificate
 * by its fingerprint and nothing else, and plays the chime without a touch. Not testable in the
 * browser harness; the page itself is the one the e2e spec checks.
 */
/** The hall's window goes with the desk's: the app then quits as it always did. */
export function closeHallScreen(): void {
  shown?.close();
}

export const hallScreen: HallScreen = {
  async show(url, certificateSha256) {
    const primary = screen.getPrimaryDisplay();
    const second = screen.getAllDisplays().find((display) => display.id !== primary.id);
    if (second === undefined) return false;
    const pinned = `sha256/${Buffer.from(certificateSha256, 'hex').toString('base64')}`;
    const hallSession = session.fromPartition(PARTITION);
    // -3: Chromium's own verdict, which refuses a self-signed certificate; 0 only for the hub's.
    hallSession.setCertificateVerifyProc((request, callback) => callback(request.certificate.fingerprint === pinned ? 0 : -3));
    hallSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    hallSession.setPermissionCheckHandler(() => false);
    shown?.close();
    const window = new BrowserWindow({
      ...second.bounds,
      fullscreen: true,
      autoHideMenuBar: true,
      title: 'Qabyldau',
      webPreferences: { partition: PARTITION, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, autoplayPolicy: 'no-user-gesture-required', disableBlinkFeatures: 'Auxclick' },
    });
    window.on('closed', () => {
      if (shown === window) shown = undefined;
    });
    shown = window;
    await window.loadURL(url);
    return true;
  },
};
