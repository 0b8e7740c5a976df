/**
 * Debian's Chromium, never a downloaded browser. Without the background-networking switches it
 * keeps dialling Google's hosts, which this workplace's closed network refuses.
 */
export const chromiumPath = process.env.QABYLDAU_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
