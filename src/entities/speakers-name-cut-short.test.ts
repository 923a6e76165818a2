import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';

// Constructed sentences (not from any corpus): a speaker phrase linked to its nationality that stops inside the name of
// a person it ends with (05-speakers-named.ts `personEnding`): the person.
const speakers = (body: string) =>
  analyze({ id: 'cut-short-test', title: 'خبر', paragraphs: body.split('\n'), language: 'ar', url: 'https://example.org/a', source: 'test', retrievedAt: '2026-12-01T00:00:00Z', removed: [] } as never)
    .statements.map((s) => `${s.speaker.text} → ${s.speaker.entity ?? '-'}`);

describe('nameSpeakers: a phrase cut short inside the name it ends with', () => {
  it('links the speaker to the person whose name runs on past the phrase', () => {
    expect(speakers('قال وزير المالية البرتغالي ماركو كونهم في مقال إن الاتهامات باطلة.'))
      .toEqual(['وزير المالية البرتغالي ماركو → local:ماركو-كونهم']);
  });

  it('does not link the speaker to a person named after the phrase ends', () => {
    const out = speakers('قال وزير المالية البرتغالي أمام نظيره ماركو كونهم إن الاتهامات باطلة.');
    expect(out.some((s) => s.includes('local:ماركو'))).toBe(false);
  });
});
