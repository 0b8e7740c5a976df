/**
 * The renderer's Content-Security-Policy, sent by the Electron protocol handler and the harness
 * host alike (and mirrored in renderer/index.html, which a test keeps in step).
 * Styles need 'unsafe-inline' because Mantine writes its CSS variables in a <style> element;
 * scripts never do.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** Headers every renderer response carries, whichever transport serves it. */
export const rendererSecurityHeaders: Record<string, string> = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
