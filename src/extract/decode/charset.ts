/**
 * Charset labels: what a header, a `<meta>` or an XML declaration says, reduced to the
 * WHATWG name we decode with (`utf-8`, `windows-1256`, `iso-8859-6`, `windows-1252`, `utf-16le`).
 */
import iconv from 'iconv-lite';
import { SNIFF_BYTES } from '../constants.js';

/** Label → canonical name, after the WHATWG Encoding Standard's label table (the labels we meet). */
const LABELS: Record<string, string> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8', 'x-unicode20utf8': 'utf-8',
  'windows-1256': 'windows-1256', cp1256: 'windows-1256', 'x-cp1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6', 'iso_8859-6': 'iso-8859-6', 'iso8859-6': 'iso-8859-6', arabic: 'iso-8859-6',
  'asmo-708': 'iso-8859-6', 'ecma-114': 'iso-8859-6', 'iso-ir-127': 'iso-8859-6', csisolatinarabic: 'iso-8859-6',
  'iso-8859-6-i': 'iso-8859-6', 'iso-8859-6-e': 'iso-8859-6',
  'windows-1252': 'windows-1252', cp1252: 'windows-1252', 'iso-8859-1': 'windows-1252', 'iso8859-1': 'windows-1252',
  latin1: 'windows-1252', 'l1': 'windows-1252', 'us-ascii': 'windows-1252', ascii: 'windows-1252',
  'utf-16': 'utf-16le', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be',
};

/** The canonical name of a label, or undefined when we cannot decode it. */
export function canonicalCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (LABELS[l]) return LABELS[l];
  return iconv.encodingExists(l) ? l : undefined;
}

/** Single-byte legacy encodings: any byte sequence decodes, so only plausibility tells a wrong one. */
export function isSingleByte(name: string): boolean {
  return name !== 'utf-8' && !name.startsWith('utf-16');
}

/** `<`, as a byte. */
const LESS_THAN = 0x3c;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:+-]+)["']/i;

/** The charset named by `<meta charset>`, `<meta http-equiv content="…; charset=…">` or `<?xml encoding?>` in the first bytes. */
export function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  // Both patterns open with `<`: bytes without one (plain text) are passed over by the native search, without
  // making a string of them for two case-insensitive regexes.
  if (bytes.subarray(0, n).indexOf(LESS_THAN) < 0) return undefined;
  // Latin-1 keeps one character per byte, and every label is ASCII.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1');
  return (XML_ENCODING.exec(head) ?? META_CHARSET.exec(head))?.[1];
}

/** The charset parameter of a `Content-Type` value (`text/html; charset=windows-1256`). */
export function charsetOfContentType(contentType: string | undefined): string | undefined {
  return contentType ? /charset\s*=\s*["']?([^;"'\s]+)/i.exec(contentType)?.[1] : undefined;
}
