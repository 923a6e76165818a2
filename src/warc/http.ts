import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

/** An HTTP response as a WARC response record holds it. */
export interface HttpResponse {
  status: number;
  /** Header names lower case; a repeated header keeps its first value. */
  headers: Map<string, string>;
  body: Uint8Array;
}

/** An HTTP head longer than this (256 KiB) is not one. */
const MAX_HTTP_HEAD_BYTES = 256 * 1024;

/**
 * Parses a response record's block: status line, headers, body. Chunked transfer coding and
 * gzip/brotli/deflate content coding are undone (crawlers that already undid them rename the
 * headers, as Common Crawl's `X-Crawler-*` do), the decoded body bounded by `maxBytes`.
 */
export function parseHttpResponse(block: Uint8Array, maxBytes: number): HttpResponse | { error: string } {
  const buf = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  const window = buf.subarray(0, MAX_HTTP_HEAD_BYTES);
  let end = window.indexOf('\r\n\r\n');
  let sep = 4;
  if (end < 0) [end, sep] = [window.indexOf('\n\n'), 2];
  if (end < 0) return { error: 'no end to the HTTP headers' };
  const [statusLine, ...lines] = buf.subarray(0, end).toString('latin1').split(/\r?\n/);
  const status = Number(/^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(statusLine)?.[1]);
  if (!status) return { error: `not an HTTP status line: ${JSON.stringify(statusLine.slice(0, 40))}` };
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    if (colon > 0 && !headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  let body: Buffer = buf.subarray(end + sep);
  try {
    if (/\bchunked\b/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body) ?? body;
    body = decode(body, headers.get('content-encoding'), maxBytes);
  } catch (e) {
    return { error: `the body could not be decoded (${(e as Error).message})` };
  }
  return { status, headers, body };
}

/** Undoes chunked transfer coding; undefined when the body is not chunked after all. */
function dechunk(body: Buffer): Buffer | undefined {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', at);
    if (eol < 0) return undefined;
    const size = parseInt(body.subarray(at, eol).toString('latin1').split(';')[0].trim(), 16);
    if (!Number.isFinite(size) || size < 0) return undefined;
    if (size === 0) return Buffer.concat(parts);
    if (eol + 2 + size > body.length) return undefined;
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}

function decode(body: Buffer, encoding: string | undefined, maxBytes: number): Buffer {
  const enc = (encoding ?? '').trim().toLowerCase();
  const limit = { maxOutputLength: maxBytes };
  if (enc === 'gzip' || enc === 'x-gzip') return gunzipSync(body, limit);
  if (enc === 'br') return brotliDecompressSync(body, limit);
  if (enc === 'deflate') return (body[0] & 0x0f) === 8 ? inflateSync(body, limit) : inflateRawSync(body, limit);
  return body;
}
