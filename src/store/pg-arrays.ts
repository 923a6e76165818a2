// PostgreSQL arrays in their binary wire format (array_send's), sent as Buffer parameters (node-pg binds
// a Buffer in binary): an article's mentions and statements go as one array a column to `unnest`, which
// the server reads by length, where a JSON parameter was lexed character by character (6% of its CPU an
// article, perf). One dimension, lower bound 1, nulls allowed.

/** Element type oids (pg_type): the array parameter's cast must name the same type, or the server refuses it. */
const TEXT_OID = 25;
const INT4_OID = 23;
/** Bytes before the elements: ndim, has-nulls flag, element type, then the dimension's length and lower bound. */
const HEADER_BYTES = 20;

function header(out: Buffer, count: number, hasNull: boolean, oid: number): number {
  out.writeInt32BE(count ? 1 : 0, 0);
  out.writeInt32BE(hasNull ? 1 : 0, 4);
  out.writeInt32BE(oid, 8);
  if (!count) return 12;
  out.writeInt32BE(count, 12);
  out.writeInt32BE(1, 16);
  return HEADER_BYTES;
}

/** `text[]`: each element its UTF-8 bytes after their length, -1 for null (or undefined). */
export function textArray(values: readonly (string | null | undefined)[]): Buffer {
  let bytes = HEADER_BYTES;
  for (const v of values) bytes += 4 + (v == null ? 0 : Buffer.byteLength(v));
  const out = Buffer.allocUnsafe(bytes);
  let o = header(out, values.length, values.some((v) => v == null), TEXT_OID);
  for (const v of values) {
    if (v == null) {
      o = out.writeInt32BE(-1, o);
      continue;
    }
    const n = out.write(v, o + 4, 'utf8');
    out.writeInt32BE(n, o);
    o += 4 + n;
  }
  return out.subarray(0, o);
}

/** `int4[]`: each element 4 bytes after their length (4), -1 for null (or undefined). */
export function int4Array(values: readonly (number | null | undefined)[]): Buffer {
  const out = Buffer.allocUnsafe(HEADER_BYTES + 8 * values.length);
  let o = header(out, values.length, values.some((v) => v == null), INT4_OID);
  for (const v of values) {
    if (v == null) o = out.writeInt32BE(-1, o);
    else o = out.writeInt32BE(v, out.writeInt32BE(4, o));
  }
  return out.subarray(0, o);
}
