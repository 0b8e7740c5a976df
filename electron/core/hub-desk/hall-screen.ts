/**
 * A second screen of this computer for the hall display (the Electron app's; the browser harness
 * has none). `show` opens the page there, trusting the hub's certificate by its SHA-256 (hex, as
 * the pairing keeps it) and no other; false when no second screen is connected.
 */
export type HallScreen = { show(url: string, certificateSha256: string): Promise<boolean> };
