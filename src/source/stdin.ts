import { rejection, type SourceOptions, type SourceResult } from './types.js';

/** Reads standard input (injected as `opts.stdin`) up to the size cap. */
export async function readStdinSource(opts: SourceOptions): Promise<SourceResult> {
  const input = opts.stdin ?? process.stdin;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of input) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
      size += buf.byteLength;
      if (size > opts.maxBytes) return rejection('-', 'too-large', `standard input is more than the ${opts.maxBytes}-byte limit`);
      chunks.push(buf);
    }
  } catch (e) {
    return rejection('-', 'unreadable', (e as Error).message);
  }
  return { ok: true, source: '-', doc: { bytes: Buffer.concat(chunks), source: '-', fetchedAt: (opts.now ?? (() => new Date()))().toISOString() } };
}
