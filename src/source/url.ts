import { rejection, type SourceOptions, type SourceResult } from './types.js';

/**
 * Fetches an http(s) URL with a timeout and a size cap, as `isnad/0.1`.
 * TODO(security): refuse private, loopback and link-local addresses (and redirects to them)
 * unless allowed — DESIGN.md "Untrusted input"; not done yet.
 */
export async function fetchUrlSource(url: string, opts: SourceOptions): Promise<SourceResult> {
  const fetcher = opts.fetch ?? globalThis.fetch;
  const signal = AbortSignal.timeout(opts.fetchTimeoutMs);
  let res: Response;
  try {
    res = await fetcher(url, { headers: { 'User-Agent': opts.userAgent, Accept: 'text/html, text/plain;q=0.9, */*;q=0.5' }, redirect: 'follow', signal });
  } catch (e) {
    return rejection(url, 'fetch-failed', failure(e, opts));
  }
  const final = res.url || url;
  if (!/^https?:/i.test(final)) return rejection(url, 'bad-url', `redirected to a non-http URL (${final})`);
  if (!res.ok) {
    await res.body?.cancel().catch(() => {});
    return rejection(url, 'http-error', `HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
  }
  const declared = Number(res.headers.get('content-length'));
  if (declared > opts.maxBytes) {
    await res.body?.cancel().catch(() => {});
    return rejection(url, 'too-large', `${declared} bytes, more than the ${opts.maxBytes}-byte limit`);
  }
  let bytes: Uint8Array | 'too-large';
  try {
    bytes = await readCapped(res, opts.maxBytes);
  } catch (e) {
    return rejection(url, 'fetch-failed', failure(e, opts));
  }
  if (bytes === 'too-large') return rejection(url, 'too-large', `more than the ${opts.maxBytes}-byte limit`);
  const type = res.headers.get('content-type') ?? '';
  const [media, ...params] = type.split(';').map((p) => p.trim());
  const charset = params.find((p) => /^charset=/i.test(p))?.slice(8).replace(/^"|"$/g, '');
  return {
    ok: true,
    source: url,
    doc: {
      bytes,
      source: url,
      url: final,
      ...(media ? { contentType: media.toLowerCase() } : {}),
      ...(charset ? { declaredCharset: charset.toLowerCase() } : {}),
      fetchedAt: (opts.now ?? (() => new Date()))().toISOString(),
    },
  };
}

async function readCapped(res: Response, max: number): Promise<Uint8Array | 'too-large'> {
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return 'too-large';
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function failure(e: unknown, opts: SourceOptions): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return `no answer within ${opts.fetchTimeoutMs / 1000} s`;
  return err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(e);
}
