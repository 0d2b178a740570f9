/** The renderer's Content-Security-Policy, sent by both shells (Electron session and fallback server). */

/** No inline script or style, no eval, nothing from other origins; fonts and images are bundled. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
