import { contentTypeOf } from './index.js';
import { failure, type Fetcher, type FetchResult } from './types.js';

/**
 * A Fetcher over a WHATWG `fetch` function that a caller injected (a test double): time and size
 * bounded, but with no address checks, robots.txt or per-host limits — those belong to the real
 * network, which `createFetcher` reaches.
 */
export function fetcherOverFetch(fetch: typeof globalThis.fetch, opts: { userAgent: string; maxBytes: number; timeoutMs: number }): Fetcher {
  return {
    async fetchPage(url, o = {}): Promise<FetchResult> {
      let res: Response;
      try {
        const headers: Record<string, string> = { 'User-Agent': opts.userAgent, Accept: o.accept ?? 'text/html, text/plain;q=0.9, */*;q=0.5' };
        if (o.etag) headers['If-None-Match'] = o.etag;
        if (o.lastModified) headers['If-Modified-Since'] = o.lastModified;
        res = await fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(opts.timeoutMs) });
      } catch (e) {
        const err = e as Error & { cause?: { code?: string; message?: string } };
        if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return failure('timeout', `no answer within ${opts.timeoutMs / 1000} s`);
        return failure('network', err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(e));
      }
      const final = res.url || url;
      if (!/^https?:/i.test(final)) return failure('refused-scheme', `redirected to ${final}`);
      if (res.status === 304 && (o.etag || o.lastModified)) return { ok: true, status: 304, url: final, bytes: new Uint8Array(), notModified: true };
      if (!res.ok) {
        await res.body?.cancel().catch(() => {});
        return failure('http-error', `HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`, { status: res.status });
      }
      const declared = Number(res.headers.get('content-length'));
      if (declared > opts.maxBytes) {
        await res.body?.cancel().catch(() => {});
        return failure('too-large', `${declared} bytes declared, more than the ${opts.maxBytes}-byte limit`);
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      const reader = res.body?.getReader();
      for (;;) {
        const step = reader ? await reader.read() : { done: true as const, value: undefined };
        if (step.done) break;
        size += step.value.byteLength;
        if (size > opts.maxBytes) {
          await reader!.cancel().catch(() => {});
          return failure('too-large', `more than the ${opts.maxBytes}-byte limit`);
        }
        chunks.push(step.value);
      }
      const etag = res.headers.get('etag');
      const lastModified = res.headers.get('last-modified');
      return {
        ok: true, status: res.status, url: final, bytes: Buffer.concat(chunks),
        ...contentTypeOf(res.headers.get('content-type') ?? undefined),
        ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}),
      };
    },
  };
}
