// Bounds and manners of the fetcher. Times in milliseconds, sizes in bytes.

/** Who we are, with a page that says why we fetch. */
export const DEFAULT_USER_AGENT = 'isnad/0.1 (+https://github.com/isnad)';
/** 10 MiB on the wire: larger than any news page. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** 20 MiB once decompressed: a gzip bomb stops here, not in memory. */
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 20 * 1024 * 1024;
/** 15 s for one fetch: every redirect, the headers and the body together. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Redirects followed before giving up (browsers allow 20; news sites need 2 or 3). */
export const DEFAULT_MAX_REDIRECTS = 5;
/** Requests in flight to one host at once. */
export const DEFAULT_PER_HOST_CONCURRENCY = 2;
/** Least time between the starts of two requests to one host. */
export const DEFAULT_PER_HOST_INTERVAL_MS = 1000;
/** A Retry-After longer than this (1 day) is read as this. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;
/** robots.txt is read up to 500 KiB, as RFC 9309 allows crawlers to cap it. */
export const ROBOTS_MAX_BYTES = 500 * 1024;
/** A host's robots.txt is kept this long (24 h, RFC 9309's upper bound). */
export const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;
/** An unreachable robots.txt (5xx, network) is retried after this long; meanwhile the host is not crawled. */
export const ROBOTS_ERROR_TTL_MS = 10 * 60 * 1000;
/** The product token matched against robots.txt groups. */
export const ROBOTS_AGENT = 'isnad';
/** First wait of the caller's backoff after a failure. */
export const BACKOFF_BASE_MS = 60_000;
/** Longest wait of the caller's backoff (6 h). */
export const BACKOFF_MAX_MS = 6 * 60 * 60 * 1000;
