import { describe, expect, it } from 'vitest';
import { detailRefusal, type DetailItem } from './event-details.js';

// Two listed parties of one kind speaking in one article (two countries, two known people) each tell their own point:
// the words they share make a parallel, not details of one event (session 23). Synthetic sentences, written for these tests.

const item = (content: string, words: string, speakerKey: string, linked = true): DetailItem => {
  const stems = words.split(' ').map((w) => [w]);
  return {
    member: { articleId: 'a', content, lang: 'en', stance: 'assert', speakerKey, ...(linked ? { speaker: { entity: speakerKey } } : { speaker: {} }) },
    entities: [], stems, stemKeys: new Set(stems.flat()),
  };
};

describe('detailRefusal: parallel speakers', () => {
  const PLAN = item('will set up a scheme to insure bank deposits', 'scheme insure bank deposit', 'country:XA');

  it('keeps apart two countries each telling of its own scheme', () => {
    expect(detailRefusal(PLAN, item('its scheme run by the central bank insures bank deposits', 'scheme central bank insure deposit', 'country:XB'))).toBe('speakers');
  });

  it('keeps apart two listed people', () => {
    const a = item('the ministers agreed to join their missile defence systems', 'minister agree join missile defence system', 'person:minister-a');
    const b = item('the measures include joining missile defence systems', 'measure include join missile defence system', 'person:minister-b');
    expect(detailRefusal(a, b)).toBe('speakers');
  });

  it('still reads one speaker, a person beside a country, or an unlisted speaker as telling one event', () => {
    expect(detailRefusal(PLAN, item('its scheme will insure bank deposits from next year', 'scheme insure bank deposit year', 'country:XA'))).toBeUndefined();
    expect(detailRefusal(PLAN, item('the scheme will insure bank deposits from next year', 'scheme insure bank deposit year', 'person:governor'))).toBeUndefined();
    expect(detailRefusal(PLAN, item('the scheme will insure bank deposits from next year', 'scheme insure bank deposit year', 'the plan', false))).toBeUndefined();
  });
});
