/** One address a host name resolves to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to its addresses (default: the system resolver, `dns.lookup`). */
export type Resolve = (hostname: string) => Promise<ResolvedAddress[]>;

export interface FetcherOptions {
  userAgent: string;
  /** Reach loopback, private and link-local addresses (a local test server, an intranet outlet). */
  allowPrivate: boolean;
  /** Host names reached even when they resolve to a private address (`localhost` for a local mirror). */
  allowHosts?: readonly string[];
  /** Bytes on the wire, per response. */
  maxBytes: number;
  /** Bytes once Content-Encoding is undone, per response. */
  maxDecompressedBytes: number;
  /** One fetch, every redirect and the body included. */
  timeoutMs: number;
  maxRedirects: number;
  /** Requests in flight to one host at once. */
  perHostConcurrency: number;
  /** Least milliseconds between the starts of two requests to one host. */
  perHostIntervalMs: number;
  /** Clock: rate-limit windows and robots.txt expiry. */
  now: () => Date;
  resolve?: Resolve;
}

export interface FetchPageOptions {
  /** The validators of the copy we hold: a 304 answer comes back as `notModified`. */
  etag?: string;
  lastModified?: string;
  /** Check robots.txt first (default true; a feed the user subscribed to is fetched without). */
  robots?: boolean;
  /** `Accept` header (default: HTML and text). */
  accept?: string;
}

export type FetchFailureReason =
  | 'refused-scheme'
  | 'private-address'
  | 'too-large'
  | 'timeout'
  | 'too-many-redirects'
  | 'http-error'
  | 'rate-limited'
  | 'robots'
  | 'network';

export interface FetchSuccess {
  ok: true;
  status: number;
  /** The final URL, after redirects. */
  url: string;
  /** The body, decompressed; empty when not modified. */
  bytes: Uint8Array;
  /** Media type, lower case, without parameters. */
  contentType?: string;
  /** `charset` parameter of Content-Type, lower case. */
  charset?: string;
  etag?: string;
  lastModified?: string;
  /** The server answered 304 to a conditional request: the copy we hold is current. */
  notModified?: boolean;
}

export interface FetchFailure {
  ok: false;
  reason: FetchFailureReason;
  message: string;
  /** For `rate-limited`: how long the server asked us to wait. */
  retryAfterMs?: number;
  /** For `http-error` and `rate-limited`: the status answered. */
  status?: number;
}

export type FetchResult = FetchSuccess | FetchFailure;

export interface Fetcher {
  fetchPage(url: string, opts?: FetchPageOptions): Promise<FetchResult>;
}

export const failure = (reason: FetchFailureReason, message: string, extra: Partial<FetchFailure> = {}): FetchFailure => ({
  ok: false, reason, message, ...extra,
});
