/**
 * The Content-Security-Policy of the renderer: only our own bundled files, no inline or evaluated
 * script, no remote origin of any kind. `frame-src blob:` lets the brief preview show a PDF made in
 * memory. renderer/index.html carries the same string in a meta tag (a test checks they match);
 * frame-ancestors is left out because browsers ignore it in a meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "frame-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
