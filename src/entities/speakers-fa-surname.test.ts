import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import { gazetteer } from './01-gazetteer.js';
import { speakerNameIn } from './03-chunks.js';
import { words } from './keys.js';

// Constructed sentences (not from any corpus): a surname starting with ف that ends a speaker phrase after a given name
// (03-chunks-speaker-names.ts `fNameEnding`), read as the name's, not as the conjunction ف.
const speakers = (body: string) =>
  analyze({ id: 'fa-surname-test', title: 'خبر', paragraphs: body.split('\n'), language: 'ar', url: 'https://example.org/a', source: 'test', retrievedAt: '2026-12-01T00:00:00Z', removed: [] } as never)
    .statements.map((s) => `${s.speaker.text} → ${s.speaker.entity ?? '-'}`);
const nameIn = (phrase: string, whole: boolean) => speakerNameIn(words(phrase), gazetteer(), whole);

describe('speakerNameIn: a surname in ف ending a whole speaker phrase', () => {
  it('reads the given name and the ف word as one name', () => {
    expect(nameIn('جورج فرانكو', true)).toEqual({ from: 0, to: 2 });
  });

  it('leaves the ف word out in running text (a window, not a whole phrase)', () => {
    expect(nameIn('جورج فرانكو', false)).toEqual({ from: 0, to: 1 });
  });

  it('does not read ف and a function word as a surname', () => {
    expect(nameIn('مايكل فيما', true)).toEqual({ from: 0, to: 1 });
    expect(nameIn('مايكل فإنه', true)).toEqual({ from: 0, to: 1 });
  });

  it('does not take a ف word that does not end the phrase', () => {
    expect(nameIn('مايكل فرانكو الشاب', true)).toEqual({ from: 0, to: 1 });
  });
});

describe('nameSpeakers: a speaker named with a surname in ف', () => {
  it('links the speaker to the person named in full', () => {
    expect(speakers('وقال جورج فرانكو إن الأسعار سترتفع.')).toEqual(['جورج فرانكو → local:جورج-فرانكو']);
  });
});
