import { AMP_CACHE_SUFFIX, AMP_HOST_PREFIX, AMP_PARAMS, FEEDPROXY_HOSTS, REDIRECTORS, TRACKING_NAMES, TRACKING_PREFIXES } from './tracking.js';

/** Wrappers unwrapped at most this many times (a link inside a link inside a link). */
const MAX_UNWRAP = 3;

/**
 * The one URL of an article seen under several: lower-case host, no default port, no fragment,
 * no tracking parameters, no AMP form, the target of a link wrapper, no trailing slash, the
 * remaining query sorted. Undefined for what is not an http(s) URL. An identity for matching,
 * still fetchable in the usual case.
 */
export function canonicalUrl(input: string): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  for (let i = 0; i < MAX_UNWRAP; i++) {
    const inner = unwrap(url);
    if (!inner) break;
    url = inner;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url = fromAmpCache(url) ?? url;
  url.hash = '';
  url.username = '';
  url.password = '';
  // The URL parser already lower-cases the host and drops :80 on http and :443 on https.
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);
  if (url.hostname.startsWith(AMP_HOST_PREFIX) && url.hostname.split('.').length > 2) url.hostname = url.hostname.slice(AMP_HOST_PREFIX.length);
  url.pathname = canonicalPath(url.pathname);
  url.search = canonicalQuery(url.searchParams);
  return url.href;
}

/** True for a feed-proxy link (FeedBurner): its article is known only after following its redirect. */
export function isProxyUrl(input: string): boolean {
  try {
    return FEEDPROXY_HOSTS.has(new URL(input).hostname.toLowerCase());
  } catch {
    return false;
  }
}

/** `/a/b/amp/` → `/a/b`, `/amp/a/b` → `/a/b`, `/a/b.amp.html` → `/a/b.html`, `/a//b/` → `/a/b`. */
function canonicalPath(path: string): string {
  let p = path.replace(/\/{2,}/g, '/');
  p = p.replace(/\.amp\.html?$/i, '.html').replace(/\/amp\/?$/i, '/').replace(/^\/amp\//i, '/');
  if (p.length > 1 && p.endsWith('/')) p = p.replace(/\/+$/, '') || '/';
  return p;
}

function canonicalQuery(params: URLSearchParams): string {
  const kept = [...params].filter(([name, value]) => {
    const n = name.toLowerCase();
    if (TRACKING_NAMES.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p))) return false;
    return !AMP_PARAMS.some(([amp, v]) => amp === n && v.test(value));
  });
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const q = new URLSearchParams(kept).toString();
  return q ? `?${q}` : '';
}

/** The target of a link wrapper (`google.com/url?q=…`, `l.facebook.com/l.php?u=…`), if this is one. */
function unwrap(url: URL): URL | undefined {
  const host = url.hostname.replace(/^www\./, '');
  const names = REDIRECTORS[`${host}${url.pathname}`] ?? REDIRECTORS[host];
  for (const name of names ?? []) {
    const target = url.searchParams.get(name);
    if (target && /^https?:\/\//i.test(target)) {
      try {
        return new URL(target);
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** `example-com.cdn.ampproject.org/c/s/example.com/a` and `google.com/amp/s/example.com/a` → `https://example.com/a`. */
function fromAmpCache(url: URL): URL | undefined {
  const host = url.hostname.replace(/^www\./, '');
  const m = host.endsWith(AMP_CACHE_SUFFIX)
    ? /^\/(?:[a-z]\/)+?(s\/)?([^/]+\.[^/]+)(\/.*)?$/i.exec(url.pathname)
    : /^google\.[a-z.]+$/.test(host) ? /^\/amp\/(s\/)?([^/]+\.[^/]+)(\/.*)?$/i.exec(url.pathname) : null;
  if (!m) return undefined;
  try {
    return new URL(`${m[1] ? 'https' : 'http'}://${m[2]}${m[3] ?? '/'}${url.search}`);
  } catch {
    return undefined;
  }
}
