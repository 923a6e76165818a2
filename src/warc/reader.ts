/** The WARC file is not what it says (a truncated record, a header that never ends). */
export class WarcFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WarcFormatError';
  }
}

/** A WARC header section longer than this (64 KiB) is not a header. */
export const MAX_WARC_HEADER_BYTES = 64 * 1024;

const CRLF2 = Buffer.from('\r\n\r\n');

/** One record: its headers (names lower-case) and, when wanted and within the bound, its block. */
export interface WarcRecord {
  /** 1-based position in the file. */
  ordinal: number;
  version: string;
  headers: Map<string, string>;
  /** WARC-Type, lower case (`response`, `request`, `warcinfo`, …). */
  type: string;
  contentLength: number;
  /** The record block; absent when not wanted or over the bound (then `tooLarge` is set). */
  block?: Uint8Array;
  tooLarge?: boolean;
}

export interface WarcReadOptions {
  /** Blocks over this many bytes are skipped unread (the record is still yielded, marked `tooLarge`). */
  maxBlockBytes: number;
  /** Which records' blocks to read; the others are skipped as they stream by (default: all). */
  wants?: (headers: Map<string, string>) => boolean;
}

/** Pulls bytes from a stream of chunks: up to a delimiter, exactly n, or n skipped. */
class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private readonly it: AsyncIterator<Buffer | Uint8Array>;
  private ended = false;
  constructor(source: AsyncIterable<Buffer | Uint8Array>) {
    this.it = source[Symbol.asyncIterator]();
  }
  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.it.next();
    if (next.done) return !(this.ended = true);
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    return true;
  }
  /** Skips CR and LF bytes; false at the end of the stream. */
  async skipNewlines(): Promise<boolean> {
    for (;;) {
      let i = 0;
      while (i < this.buf.length && (this.buf[i] === 0x0d || this.buf[i] === 0x0a)) i++;
      this.buf = this.buf.subarray(i);
      if (this.buf.length) return true;
      if (!(await this.fill())) return false;
    }
  }
  /** The bytes before the next blank line (which is consumed). */
  async headerBlock(): Promise<Buffer> {
    let from = 0;
    for (;;) {
      const at = this.buf.indexOf(CRLF2, from);
      if (at >= 0) {
        const head = this.buf.subarray(0, at);
        this.buf = this.buf.subarray(at + CRLF2.length);
        return head;
      }
      if (this.buf.length > MAX_WARC_HEADER_BYTES) throw new WarcFormatError(`a WARC header longer than ${MAX_WARC_HEADER_BYTES} bytes`);
      from = Math.max(0, this.buf.length - CRLF2.length + 1);
      if (!(await this.fill())) throw new WarcFormatError('the file ends inside a WARC header');
    }
  }
  async read(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let left = n;
    while (left > 0) {
      if (!this.buf.length && !(await this.fill())) throw new WarcFormatError(`the file ends inside a record (${left} of ${n} bytes missing)`);
      const take = this.buf.subarray(0, left);
      parts.push(take);
      left -= take.length;
      this.buf = this.buf.subarray(take.length);
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }
  async skip(n: number): Promise<void> {
    let left = n;
    while (left > 0) {
      if (!this.buf.length && !(await this.fill())) throw new WarcFormatError(`the file ends inside a record (${left} of ${n} bytes missing)`);
      const take = Math.min(left, this.buf.length);
      left -= take;
      this.buf = this.buf.subarray(take);
    }
  }
}

/**
 * The records of an (already decompressed) WARC 1.0 or 1.1 stream, one at a time: only the block
 * being read is in memory, and blocks not wanted are skipped as they stream by.
 */
export async function* readWarcRecords(source: AsyncIterable<Buffer | Uint8Array>, opts: WarcReadOptions): AsyncGenerator<WarcRecord> {
  const reader = new ByteReader(source);
  for (let ordinal = 1; await reader.skipNewlines(); ordinal++) {
    const [first, ...lines] = (await reader.headerBlock()).toString('utf8').split(/\r\n/);
    const version = /^WARC\/(\d+\.\d+)$/.exec(first.trim())?.[1];
    if (!version) throw new WarcFormatError(`record ${ordinal} does not start with a WARC version line (${JSON.stringify(first.slice(0, 40))})`);
    const headers = new Map<string, string>();
    for (const line of lines) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const contentLength = Number(headers.get('content-length'));
    if (!Number.isSafeInteger(contentLength) || contentLength < 0) throw new WarcFormatError(`record ${ordinal} has no valid Content-Length`);
    const record: WarcRecord = { ordinal, version, headers, type: (headers.get('warc-type') ?? '').toLowerCase(), contentLength };
    if (opts.wants && !opts.wants(headers)) await reader.skip(contentLength);
    else if (contentLength > opts.maxBlockBytes) {
      await reader.skip(contentLength);
      record.tooLarge = true;
    } else record.block = await reader.read(contentLength);
    yield record;
  }
}
