/**
 * Bytes → string. Order: size limit, empty, byte-order mark, BOM-less UTF-16, binary,
 * declared charset (HTTP header, then `<meta>`), checked against the bytes so that a
 * lying declaration is overridden (and said so) rather than turned into mojibake.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import type { EncodingInfo } from '../../model/index.js';
import {
  DEFAULT_MAX_BYTES, MAX_REPLACEMENT_RATIO, MIN_ARABIC_SHARE, MIN_LATIN_SHARE, MIN_MULTIBYTE_CHARS,
} from '../constants.js';
import { canonicalCharset, charsetOfContentType, isSingleByte, sniffMetaCharset } from './charset.js';
import { arabicShare, countChars, latinShare } from './plausible.js';
import { binaryReason, sniffBom, sniffUtf16 } from './sniff.js';
import { decodeValidUtf8, scanUtf8 } from './utf8.js';

export interface DecodeInput {
  bytes: Uint8Array;
  /** Charset from outside the bytes (HTTP header). */
  declaredCharset?: string;
  contentType?: string;
}

export type DecodeReject = 'empty' | 'binary' | 'too-large' | 'bad-encoding';

export type Decoded =
  | { ok: true; text: string; encoding: EncodingInfo; warnings: string[] }
  | { ok: false; reason: DecodeReject; message: string };

/** Arabic legacy encodings tried when bytes are not UTF-8, best first. */
const ARABIC_LEGACY = ['windows-1256', 'iso-8859-6'] as const;
const MEGABYTE = 1024 * 1024;

export function decode(input: DecodeInput, opts: { maxBytes?: number } = {}): Decoded {
  const { bytes } = input;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    return reject('too-large', `the input is ${size(bytes.length)}, over the limit of ${size(maxBytes)}; raise the limit (maxBytes) or split the input`);
  }
  if (bytes.length === 0) return reject('empty', 'the input is empty (0 bytes)');

  const bom = sniffBom(bytes);
  if (bom) return finish(iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.name), { name: bom.name, from: 'bom' }, []);
  const utf16 = sniffUtf16(bytes);
  if (utf16) return finish(iconv.decode(Buffer.from(bytes), utf16), { name: utf16, from: 'detected' }, []);
  const binary = binaryReason(bytes);
  if (binary) return reject('binary', `the input looks binary (${binary}), not text or HTML`);

  const warnings: string[] = [];
  const declared = declaredCharset(input, warnings);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const utf8 = strictUtf8(buf);
  // The native decoder says whether the bytes are UTF-8; the JS scan only runs to say where they are not.
  const scan = utf8 === undefined ? scanUtf8(bytes) : { firstInvalid: -1, multibyte: utf8.length === buf.length ? 0 : 1 };

  // A single-byte declaration over bytes that are valid multi-byte UTF-8: the declaration lies.
  if (declared && isSingleByte(declared.name)) {
    if (scan.firstInvalid < 0 && scan.multibyte > 0) {
      warnings.push(`declared charset ${declared.name} (${declared.from}) is wrong: the bytes are valid UTF-8; decoded as UTF-8`);
      return finish(utf8!, { name: 'utf-8', from: 'detected', overridden: declared.name }, warnings);
    }
    const text = iconv.decode(buf, declared.name);
    if ((ARABIC_LEGACY as readonly string[]).includes(declared.name) && scan.firstInvalid >= 0 && arabicShare(text) < MIN_ARABIC_SHARE) {
      return implausibleArabic(buf, text, declared, warnings);
    }
    return finish(text, { name: declared.name, from: declared.from }, warnings);
  }

  if (scan.firstInvalid < 0) {
    return finish(utf8!, { name: 'utf-8', from: declared?.from ?? 'default' }, warnings);
  }
  return notUtf8(buf, scan.firstInvalid, declared, warnings);
}

/** Bytes that are not valid UTF-8 (declared as UTF-8 or not declared): find what they are, or reject. */
function notUtf8(buf: Buffer, firstInvalid: number, declared: Declared | undefined, warnings: string[]): Decoded {
  const wrong = declared ? `declared charset ${declared.name} (${declared.from}) is wrong: ` : 'no charset declared; ';
  const overridden = declared?.name;

  const lossy = buf.toString('utf8');
  const c = countChars(lossy);
  if (c.nonAscii - c.replacements >= MIN_MULTIBYTE_CHARS && c.replacements / c.nonAscii <= MAX_REPLACEMENT_RATIO) {
    warnings.push(`${c.replacements} invalid UTF-8 sequence(s) replaced by U+FFFD (first at byte ${firstInvalid})`);
    return finish(lossy, { name: 'utf-8', from: declared?.from ?? 'default' }, warnings);
  }
  const arabic = ARABIC_LEGACY.map((name) => ({ name, text: iconv.decode(buf, name) }))
    .map((d) => ({ ...d, share: arabicShare(d.text) }))
    .sort((a, b) => b.share - a.share)[0];
  if (arabic.share >= MIN_ARABIC_SHARE) {
    warnings.push(`${wrong}the bytes are not UTF-8 and read as ${arabic.name}`);
    return finish(arabic.text, { name: arabic.name, from: 'detected', overridden }, warnings);
  }
  const latin = iconv.decode(buf, 'windows-1252');
  if (latinShare(latin) >= MIN_LATIN_SHARE) {
    warnings.push(`${wrong}the bytes are not UTF-8 and read as windows-1252`);
    return finish(latin, { name: 'windows-1252', from: 'detected', overridden }, warnings);
  }
  return reject('bad-encoding',
    `the bytes are not valid UTF-8 (first bad byte at offset ${firstInvalid}) and do not read as windows-1256, ISO-8859-6 or windows-1252; re-save the file as UTF-8 or declare its charset`);
}

/**
 * The bytes as UTF-8, or undefined when they are not valid UTF-8 (what a fatal TextDecoder says, faster):
 * ASCII by the native Latin-1 decoder, other text by decodeValidUtf8.
 */
function strictUtf8(buf: Buffer): string | undefined {
  if (isAscii(buf)) return buf.toString('latin1');
  return isUtf8(buf) ? decodeValidUtf8(buf) : undefined;
}

/** A declared Arabic code page whose decoding does not read as Arabic: the other one, Latin, or a warning. */
function implausibleArabic(buf: Buffer, text: string, declared: Declared, warnings: string[]): Decoded {
  const other = ARABIC_LEGACY.find((e) => e !== declared.name)!;
  const alt = iconv.decode(buf, other);
  const wrong = `declared charset ${declared.name} (${declared.from}) is wrong:`;
  if (arabicShare(alt) >= MIN_ARABIC_SHARE) {
    warnings.push(`${wrong} the bytes read as ${other}`);
    return finish(alt, { name: other, from: 'detected', overridden: declared.name }, warnings);
  }
  const latin = iconv.decode(buf, 'windows-1252');
  if (latinShare(latin) >= MIN_LATIN_SHARE) {
    warnings.push(`${wrong} the bytes read as windows-1252`);
    return finish(latin, { name: 'windows-1252', from: 'detected', overridden: declared.name }, warnings);
  }
  warnings.push(`decoded as the declared ${declared.name} (${declared.from}), but the text does not read as Arabic; it may be garbled`);
  return finish(text, { name: declared.name, from: declared.from }, warnings);
}

interface Declared {
  name: string;
  from: 'header' | 'meta';
}

function declaredCharset(input: DecodeInput, warnings: string[]): Declared | undefined {
  const candidates: [string | undefined, Declared['from']][] = [
    [input.declaredCharset ?? charsetOfContentType(input.contentType), 'header'],
    [sniffMetaCharset(input.bytes), 'meta'],
  ];
  for (const [label, from] of candidates) {
    if (!label) continue;
    const name = canonicalCharset(label);
    // A UTF-16 label on bytes without a BOM or NUL pattern cannot be right: treat it as absent.
    if (name && !name.startsWith('utf-16')) return { name, from };
    warnings.push(`charset "${label}" (${from}) ignored: ${name ? 'the bytes are not UTF-16' : 'unknown label'}`);
  }
  return undefined;
}

function finish(text: string, encoding: EncodingInfo, warnings: string[]): Decoded {
  if (!text.trim()) return reject('empty', 'the input holds only whitespace');
  return { ok: true, text, encoding: stripUndefined(encoding), warnings };
}

function stripUndefined(e: EncodingInfo): EncodingInfo {
  return e.overridden === undefined ? { name: e.name, from: e.from } : e;
}

function reject(reason: DecodeReject, message: string): Decoded {
  return { ok: false, reason, message };
}

function size(n: number): string {
  return n >= MEGABYTE ? `${(n / MEGABYTE).toFixed(n % MEGABYTE ? 1 : 0)} MB` : `${n} bytes`;
}
