import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, type DecodeInput } from './index.js';
import { scanUtf8 } from './utf8.js';

const AR = 'رفضت كوريا الشمالية الاتهامات بأنها أرسلت قوات إلى روسيا، ووصفت هذه الاتهامات بأنها محاولة لتشويه صورتها.';
const FR = 'Le ministre a déclaré à la presse que la réunion était très positive et qu’elle se répéterait bientôt.';
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const enc = (s: string, e: string) => new Uint8Array(iconv.encode(s, e));
const cat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

describe('decode: bytes → text', () => {
  const accepted: [string, DecodeInput, string, object][] = [
    ['reads plain UTF-8 by default', { bytes: utf8(AR) }, AR, { name: 'utf-8', from: 'default' }],
    ['strips a UTF-8 byte-order mark', { bytes: cat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(AR)) }, AR, { name: 'utf-8', from: 'bom' }],
    ['reads UTF-16LE with a BOM', { bytes: cat(new Uint8Array([0xff, 0xfe]), enc(AR, 'utf-16le')) }, AR, { name: 'utf-16le', from: 'bom' }],
    ['reads UTF-16BE with a BOM', { bytes: cat(new Uint8Array([0xfe, 0xff]), enc(AR, 'utf-16be')) }, AR, { name: 'utf-16be', from: 'bom' }],
    ['detects UTF-16LE without a BOM from its NUL bytes', { bytes: enc('Plain English text here.', 'utf-16le') }, 'Plain English text here.', { name: 'utf-16le', from: 'detected' }],
    ['detects undeclared windows-1256', { bytes: enc(AR, 'windows-1256') }, AR, { name: 'windows-1256', from: 'detected' }],
    ['detects undeclared ISO-8859-6', { bytes: enc('قال الوزير إن الاجتماع كان مثمرا وإن المحادثات ستستمر غدا في العاصمة', 'iso-8859-6') }, 'قال الوزير إن الاجتماع كان مثمرا وإن المحادثات ستستمر غدا في العاصمة', { name: 'iso-8859-6', from: 'detected' }],
    ['trusts a correct header charset', { bytes: enc(AR, 'windows-1256'), declaredCharset: 'windows-1256' }, AR, { name: 'windows-1256', from: 'header' }],
    ['reads the charset of a Content-Type', { bytes: enc(AR, 'windows-1256'), contentType: 'text/plain; charset=cp1256' }, AR, { name: 'windows-1256', from: 'header' }],
    ['reads undeclared Latin-1 French as windows-1252', { bytes: enc(FR, 'latin1') }, FR.replace('’', '?'), { name: 'windows-1252', from: 'detected' }],
  ];
  it.each(accepted)('%s', (_name, input, text, encoding) => {
    const r = decode(input);
    expect(r).toMatchObject({ ok: true, text, encoding });
  });

  it('overrides a <meta charset=windows-1256> on UTF-8 bytes, and says so', () => {
    const html = `<html><head><meta charset="windows-1256"></head><body><p>${AR}</p></body></html>`;
    const r = decode({ bytes: utf8(html) });
    expect(r).toMatchObject({ ok: true, text: html, encoding: { name: 'utf-8', from: 'detected', overridden: 'windows-1256' } });
    expect(r.ok && r.warnings[0]).toMatch(/windows-1256.*wrong.*UTF-8/);
  });
  it('overrides a header that says UTF-8 on windows-1256 bytes', () => {
    const r = decode({ bytes: enc(AR, 'windows-1256'), declaredCharset: 'utf-8' });
    expect(r).toMatchObject({ ok: true, text: AR, encoding: { name: 'windows-1256', from: 'detected', overridden: 'utf-8' } });
  });
  it('overrides a header that says ISO-8859-6 on windows-1256 bytes', () => {
    const r = decode({ bytes: enc(AR, 'windows-1256'), declaredCharset: 'iso-8859-6' });
    expect(r).toMatchObject({ ok: true, text: AR, encoding: { name: 'windows-1256', overridden: 'iso-8859-6' } });
  });
  it('overrides a header that says windows-1256 on Latin-1 French', () => {
    const r = decode({ bytes: enc(FR, 'latin1'), declaredCharset: 'windows-1256' });
    expect(r).toMatchObject({ ok: true, encoding: { name: 'windows-1252', from: 'detected', overridden: 'windows-1256' } });
  });
  it('keeps mostly valid UTF-8 with one stray byte, with a warning', () => {
    const bytes = cat(utf8(AR + AR), new Uint8Array([0xff]), utf8(AR + AR));
    const r = decode({ bytes });
    expect(r).toMatchObject({ ok: true, encoding: { name: 'utf-8' } });
    expect(r.ok && r.warnings[0]).toMatch(/1 invalid UTF-8 sequence/);
  });
  it('ignores an unknown charset label, with a warning', () => {
    const r = decode({ bytes: utf8(AR), declaredCharset: 'x-klingon' });
    expect(r).toMatchObject({ ok: true, text: AR, encoding: { name: 'utf-8', from: 'default' } });
    expect(r.ok && r.warnings[0]).toMatch(/x-klingon.*unknown label/);
  });

  const rejected: [string, DecodeInput, number | undefined, string, RegExp][] = [
    ['rejects an empty input', { bytes: new Uint8Array(0) }, undefined, 'empty', /empty/],
    ['rejects whitespace only (spaces, newlines, a BOM)', { bytes: utf8('\uFEFF  \n\t\r\n ') }, undefined, 'empty', /whitespace/],
    ['rejects bytes with a NUL as binary', { bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]) }, undefined, 'binary', /NUL byte at offset 4/],
    ['rejects many control bytes as binary', { bytes: new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 5 ? 0x41 : 0x01))) }, undefined, 'binary', /control bytes/],
    ['rejects an input over the size limit before decoding', { bytes: utf8(AR) }, 10, 'too-large', /over the limit of 10 bytes/],
    ['rejects invalid UTF-8 that reads as no legacy encoding', { bytes: cat(utf8('Report '), new Uint8Array([0x80, 0x81, 0xa4, 0xb6, 0x83, 0x9d, 0x90, 0xbe, 0xa9]), utf8(' end')) }, undefined, 'bad-encoding', /not valid UTF-8 \(first bad byte at offset 7\)/],
  ];
  it.each(rejected)('%s', (_name, input, maxBytes, reason, message) => {
    const r = decode(input, { maxBytes });
    expect(r).toMatchObject({ ok: false, reason });
    expect(!r.ok && r.message).toMatch(message);
    expect(!r.ok && r.message).not.toContain('\n');
  });
});

describe('scanUtf8', () => {
  const cases: [string, number[], number, number][] = [
    ['accepts ASCII', [0x41, 0x42], -1, 0],
    ['accepts two-byte Arabic letters', [0xd8, 0xa7, 0xd9, 0x84], -1, 2],
    ['rejects a lone continuation byte', [0x41, 0x80], 1, 0],
    ['rejects an overlong two-byte form', [0xc0, 0xaf], 0, 0],
    ['rejects a UTF-16 surrogate encoded in UTF-8', [0xed, 0xa0, 0x80], 0, 0],
    ['rejects a sequence cut at the end', [0x41, 0xe2, 0x80], 1, 0],
  ];
  it.each(cases)('%s', (_n, bytes, firstInvalid, multibyte) => {
    expect(scanUtf8(new Uint8Array(bytes))).toEqual({ firstInvalid, multibyte });
  });
});
