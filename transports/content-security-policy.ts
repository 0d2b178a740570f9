/** The renderer's Content-Security-Policy, sent by both shells (Electron session and fallback server). */
import { QA_REPORT_STYLE_SOURCE } from '../services/qa-report-style.ts';

/**
 * No inline script or style, no eval, nothing from other origins; fonts and images are bundled.
 * The one inline style allowed, by its hash, is the QA report's (the report view shows the
 * self-contained report file in a frame, which inherits this policy).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${QA_REPORT_STYLE_SOURCE}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
