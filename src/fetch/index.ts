import type { IncomingMessage } from 'node:http';
import { backoffMs, parseRetryAfter } from './backoff.js';
import { BodyLimitError, readBody } from './body.js';
import { ROBOTS_MAX_BYTES } from './constants.js';
import { checkLiteralHost, guardedLookup, PrivateAddressError, type AddressPolicy } from './guard.js';
import { createHostLimiter } from './limiter.js';
import { discard, requestOnce } from './request.js';
import { createRobots } from './robots.js';
import { failure, type FetcherOptions, type FetchPageOptions, type FetchResult, type Fetcher } from './types.js';

export { backoffMs, parseRetryAfter } from './backoff.js';
export * from './constants.js';
export { isPrivateAddress } from './address.js';
export type * from './types.js';

/** Statuses that send us elsewhere. */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Encodings we can undo, offered to the server. */
const ACCEPT_ENCODING = 'gzip, deflate, br';
/** What a page fetch asks for by default. */
const ACCEPT_PAGE = 'text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.5';

class FetchTimeout extends Error {}

/**
 * A polite, safe HTTP(S) fetcher: http and https only, private addresses refused (checked on the
 * address actually connected to, after every redirect), sizes and time bounded, robots.txt and
 * per-host limits respected, Retry-After remembered. Expected failures come back as values.
 */
export function createFetcher(opts: FetcherOptions): Fetcher {
  const policy: AddressPolicy = { allowPrivate: opts.allowPrivate, ...(opts.allowHosts ? { allowHosts: opts.allowHosts } : {}) };
  const lookup = guardedLookup(policy, opts.resolve);
  const limiter = createHostLimiter({ concurrency: opts.perHostConcurrency, intervalMs: opts.perHostIntervalMs, now: opts.now });
  const robots = createRobots((u) => follow(u, { accept: 'text/plain' }, ROBOTS_MAX_BYTES), opts.now);

  async function follow(start: string, o: FetchPageOptions, maxBytes: number): Promise<FetchResult> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const visited = new Set<string>();
    let current = new URL(start);
    try {
      for (let hop = 0; ; hop++) {
        if (current.protocol !== 'http:' && current.protocol !== 'https:') {
          return failure('refused-scheme', `${hop ? 'redirected to' : 'only http and https are fetched, not'} ${current.href}`);
        }
        const literal = checkLiteralHost(current.hostname, policy);
        if (literal) return failure('private-address', literal.message);
        const host = current.host;
        const paused = limiter.pausedFor(host);
        if (paused > 0) return failure('rate-limited', `${host} asked us to wait; ${Math.ceil(paused / 1000)} s left`, { retryAfterMs: paused });
        const release = await limiter.acquire(host);
        // The clock starts with the first request, not while waiting for our turn.
        timer ??= setTimeout(() => controller.abort(new FetchTimeout()), opts.timeoutMs);
        try {
          const res = await requestOnce(current, headersOf(o), { lookup, policy, signal: controller.signal });
          const status = res.statusCode ?? 0;
          if (REDIRECT_STATUSES.has(status)) {
            discard(res);
            const location = res.headers.location;
            if (!location) return failure('http-error', `HTTP ${status} without a Location header`, { status });
            visited.add(current.href);
            const next = new URL(location, current);
            if (visited.has(next.href)) return failure('too-many-redirects', `redirect loop: ${current.href} sends back to ${next.href}`);
            if (hop >= opts.maxRedirects) return failure('too-many-redirects', `more than ${opts.maxRedirects} redirects (last to ${next.href})`);
            current = next;
            continue;
          }
          return await answer(res, current, host, o, maxBytes);
        } finally {
          release();
        }
      }
    } catch (e) {
      if (controller.signal.aborted) return failure('timeout', `no answer within ${opts.timeoutMs / 1000} s`);
      return classify(e);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A final (non-redirect) response as a result: 304, rate limits, errors, or the bounded body. */
  async function answer(res: IncomingMessage, url: URL, host: string, o: FetchPageOptions, maxBytes: number): Promise<FetchResult> {
    const status = res.statusCode ?? 0;
    const validators = validatorsOf(res);
    if (status === 304 && (o.etag || o.lastModified)) {
      discard(res);
      return { ok: true, status, url: url.href, bytes: new Uint8Array(), notModified: true, ...validators };
    }
    const retryAfterMs = parseRetryAfter(header(res, 'retry-after'), opts.now());
    if (status === 429 || (status === 503 && retryAfterMs !== undefined)) {
      discard(res);
      limiter.pause(host, retryAfterMs ?? backoffMs(1));
      const wait = retryAfterMs === undefined ? '' : `; asked to wait ${Math.ceil(retryAfterMs / 1000)} s`;
      return failure('rate-limited', `HTTP ${status}${wait}`, { status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
    }
    if (status < 200 || status >= 300) {
      discard(res);
      return failure('http-error', `HTTP ${status}${res.statusMessage ? ' ' + res.statusMessage : ''}`, { status });
    }
    const declared = Number(header(res, 'content-length'));
    if (declared > maxBytes) {
      discard(res);
      return failure('too-large', `${declared} bytes declared, more than the ${maxBytes}-byte limit`);
    }
    const bytes = await readBody(res, { maxBytes, maxDecompressedBytes: opts.maxDecompressedBytes });
    return { ok: true, status, url: url.href, bytes, ...contentTypeOf(header(res, 'content-type')), ...validators };
  }

  function headersOf(o: FetchPageOptions): Record<string, string> {
    return {
      'User-Agent': opts.userAgent,
      Accept: o.accept ?? ACCEPT_PAGE,
      'Accept-Encoding': ACCEPT_ENCODING,
      ...(o.etag ? { 'If-None-Match': o.etag } : {}),
      ...(o.lastModified ? { 'If-Modified-Since': o.lastModified } : {}),
    };
  }

  return {
    async fetchPage(url, o = {}) {
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        return failure('refused-scheme', `${url} is not a URL`);
      }
      if (target.protocol !== 'http:' && target.protocol !== 'https:') return failure('refused-scheme', `only http and https are fetched, not ${target.protocol}`);
      if (o.robots !== false) {
        const verdict = await robots.check(target.href);
        if (!verdict.allowed) return verdict.refused ?? failure('robots', verdict.why);
      }
      return follow(target.href, o, opts.maxBytes);
    },
  };
}

function classify(e: unknown): FetchResult {
  const err = e as NodeJS.ErrnoException & { cause?: unknown };
  const cause = err?.cause instanceof Error ? err.cause : undefined;
  if (err instanceof PrivateAddressError || cause instanceof PrivateAddressError) return failure('private-address', (cause instanceof PrivateAddressError ? cause : err).message);
  if (err instanceof BodyLimitError) return failure('too-large', err.message);
  if (err?.code?.startsWith?.('Z_') || /BROTLI/.test(err?.code ?? '')) return failure('network', `the body could not be decompressed (${err.message})`);
  return failure('network', err?.code ? `${err.code}: ${err.message}` : String(err?.message ?? e));
}

function header(res: IncomingMessage, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function validatorsOf(res: IncomingMessage): { etag?: string; lastModified?: string } {
  const etag = header(res, 'etag');
  const lastModified = header(res, 'last-modified');
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

/** `text/html; charset="UTF-8"` → `{ contentType: 'text/html', charset: 'utf-8' }`. */
export function contentTypeOf(value: string | undefined): { contentType?: string; charset?: string } {
  if (!value) return {};
  const [media, ...params] = value.split(';').map((p) => p.trim());
  const charset = params.find((p) => /^charset=/i.test(p))?.slice(8).replace(/^"|"$/g, '').toLowerCase();
  return { ...(media ? { contentType: media.toLowerCase() } : {}), ...(charset ? { charset } : {}) };
}
