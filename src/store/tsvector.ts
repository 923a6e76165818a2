// PostgreSQL's full-text vector of an article's keys, made by the client: `to_tsvector('simple', keys)` was
// a third of the server's CPU an article (parsing ~8 kB of keys char by char, then sorting them), while the
// keys are already split and normalised here (./keys.ts). Sent in tsvector's binary wire format, the server
// only copies it (tsvector_recv). Exactly to_tsvector's result or nothing: a key PostgreSQL's parser could
// split or fold (a hyphen, an apostrophe, a letter outside the plain set) leaves the work to the server
// (migration 011's trigger fills a null `tsv` with to_tsvector).

/**
 * Keys the default parser surely reads one token each that the `simple` dictionary keeps as they are:
 * runs of ASCII digits, lowercase ASCII letters and the Arabic letters hamza … yeh (no tatweel, no marks),
 * split by spaces. Such a run is one asciiword, word, numword, int or float token whatever the locale (the
 * letters are letters to iswalpha, and to the C locale as non-ASCII), and is already lowercase.
 */
const PLAIN_KEYS = /^[0-9a-z\u0621-\u063a\u0641-\u064a ]*$/;
/** to_tsvector drops a word of 2,047 bytes or more (MAXSTRLEN); keys of half as many characters (two bytes each at most) are left to the server. */
const MAX_KEY_LENGTH = 1023;
/** Positions above this are recorded as this one (MAXENTRYPOS - 1, PostgreSQL's LIMITPOS). */
const MAX_POSITION = 16383;
/** Positions to_tsvector keeps per lexeme (uniquePos stops at MAXNUMPOS - 1 = 255): later occurrences are dropped. */
const MAX_POSITIONS = 255;
/** Bytes of the whole vector PostgreSQL accepts (MAXSTRPOS, 1 MiB): larger is left to the server, which refuses it alike. */
const MAX_VECTOR_BYTES = 1 << 20;

/**
 * `to_tsvector('simple', keys)` in tsvector's binary format (int32 count; per lexeme: its UTF-8 bytes, NUL,
 * int16 count, int16 positions ascending, weight D = 0), or null when a key is not plain. `keys` is
 * space-separated (shadowText); every key counts one position, as the parser's tokens do. The lexemes go
 * in order of first occurrence: tsvector_recv sorts them (in C, a fraction of what sorting the strings
 * here costs).
 */
export function tsvectorBinary(keys: string): Buffer | null {
  if (!PLAIN_KEYS.test(keys)) return null;
  const positions = new Map<string, number[]>();
  let position = 0;
  let bytes = 4;
  for (const key of keys.split(' ')) {
    if (!key) continue;
    if (key.length >= MAX_KEY_LENGTH) return null;
    position++;
    const at = positions.get(key);
    if (!at) {
      positions.set(key, [Math.min(position, MAX_POSITION)]);
      bytes += Buffer.byteLength(key) + 3 + 2;
    } else if (at.length < MAX_POSITIONS && at[at.length - 1] !== MAX_POSITION) {
      at.push(Math.min(position, MAX_POSITION));
      bytes += 2;
    }
  }
  if (bytes > MAX_VECTOR_BYTES) return null;
  const out = Buffer.allocUnsafe(bytes);
  let o = out.writeInt32BE(positions.size, 0);
  for (const [lexeme, at] of positions) {
    o += out.write(lexeme, o, 'utf8');
    out[o++] = 0;
    o = out.writeUInt16BE(at.length, o);
    for (const p of at) o = out.writeUInt16BE(p, o);
  }
  return out;
}
