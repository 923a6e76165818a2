import type { IncomingMessage } from 'node:http';
import { Transform, Writable, type Duplex } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';

/** A body went past one of its bounds. */
export class BodyLimitError extends Error {
  constructor(readonly which: 'wire' | 'decompressed', readonly limit: number) {
    super(which === 'wire' ? `more than the ${limit}-byte limit` : `more than ${limit} bytes once decompressed`);
    this.name = 'BodyLimitError';
  }
}

/** A stream that passes bytes through and fails as soon as more than `limit` have passed. */
function byteCounter(limit: number, which: BodyLimitError['which']): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.byteLength;
      done(seen > limit ? new BodyLimitError(which, limit) : null, chunk);
    },
  });
}

/** The decoder of a Content-Encoding; undefined for identity; 'unknown' for what we cannot undo. */
function decoderOf(encoding: string | undefined): (() => Duplex) | 'unknown' | undefined {
  const enc = (encoding ?? '').trim().toLowerCase();
  if (!enc || enc === 'identity') return undefined;
  if (enc === 'gzip' || enc === 'x-gzip') return createGunzip;
  if (enc === 'br') return createBrotliDecompress;
  if (enc === 'deflate') return deflateDecoder;
  return 'unknown';
}

/** `deflate` is zlib-wrapped by the standard and raw by some servers: the first byte tells which. */
function deflateDecoder(): Duplex {
  let inner: Duplex | undefined;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (!inner) {
        inner = (chunk[0] & 0x0f) === 8 ? createInflate() : createInflateRaw();
        inner.on('data', (d: Buffer) => this.push(d));
        inner.on('error', (e) => this.destroy(e));
      }
      inner.write(chunk, () => done());
    },
    flush(done) {
      if (!inner) return done();
      inner.once('end', () => done()).end();
    },
    destroy(err, done) {
      inner?.destroy();
      done(err);
    },
  });
}

/** Reads a response body within both bounds, undoing gzip, brotli or deflate as it streams. */
export async function readBody(res: IncomingMessage, limits: { maxBytes: number; maxDecompressedBytes: number }): Promise<Uint8Array> {
  const decoder = decoderOf(res.headers['content-encoding']);
  if (decoder === 'unknown') throw new Error(`unsupported Content-Encoding ${res.headers['content-encoding']}`);
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  const stages: (Transform | Duplex)[] = [byteCounter(limits.maxBytes, 'wire')];
  if (decoder) stages.push(decoder(), byteCounter(limits.maxDecompressedBytes, 'decompressed'));
  await pipeline([res, ...stages, sink]);
  return Buffer.concat(chunks);
}
