import type { MiddlewareHandler } from 'hono';

/** Scripts and styles from this origin only, nothing inline, no framing, no third parties. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The headers of every response, set before the route runs: the context merges them into the response
 * it makes (pages, feeds, errors, 404s alike), where setting them afterwards copied each finished
 * response once per header.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  c.header('Content-Security-Policy', CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  await next();
};
