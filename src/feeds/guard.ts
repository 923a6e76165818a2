import iconv from 'iconv-lite';

/** Why a document is not read as a feed. */
export type FeedRejectReason = 'too-large' | 'not-a-feed' | 'entities' | 'malformed';

export type GuardResult = { ok: true; kind: 'xml' | 'json'; text: string } | { ok: false; reason: FeedRejectReason; message: string };

/** How far into the document its kind and declarations are looked for (the prolog is short). */
const PROLOG_BYTES = 1024;
const UTF8_BOM = /^\uFEFF/;

/**
 * Checks a feed document before any parser sees it: bounded size, XML or JSON, and no DTD
 * entity declarations — the "billion laughs" is refused here, in one linear scan, unexpanded.
 */
export function guardFeed(bytes: Uint8Array, maxBytes: number): GuardResult {
  if (bytes.byteLength > maxBytes) return { ok: false, reason: 'too-large', message: `${bytes.byteLength} bytes, more than the ${maxBytes}-byte limit for a feed` };
  const text = decodeFeed(bytes);
  const start = text.replace(UTF8_BOM, '').trimStart();
  if (start.startsWith('{')) return { ok: true, kind: 'json', text: start };
  if (!start.startsWith('<')) {
    return { ok: false, reason: 'not-a-feed', message: `neither XML nor JSON: it starts with ${JSON.stringify(start.slice(0, 30))}` };
  }
  if (/<!ENTITY/i.test(text)) return { ok: false, reason: 'entities', message: 'the feed declares XML entities (a DOCTYPE with <!ENTITY>), refused unparsed' };
  if (/<!DOCTYPE[^>[]*\[/i.test(text)) return { ok: false, reason: 'entities', message: 'the feed carries an internal DTD subset, refused unparsed' };
  if (/^<!doctype\s+html|^<html[\s>]/i.test(start)) return { ok: false, reason: 'not-a-feed', message: 'an HTML page, not a feed' };
  return { ok: true, kind: 'xml', text: start };
}

/** Decodes by the XML declaration's encoding when it names one iconv knows; UTF-8 otherwise. */
function decodeFeed(bytes: Uint8Array): string {
  const prolog = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PROLOG_BYTES)).toString('latin1');
  const declared = /^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']/.exec(prolog)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared)) return iconv.decode(Buffer.from(bytes), declared);
  return new TextDecoder('utf-8').decode(bytes);
}
