import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';

// Constructed sentences (not from any corpus): a relative of someone described by nationality speaks for no state
// (05-speakers-generic.ts `unlinkedPeople`, data/lexicons/en/non-state-people.tsv); an official still does.
const speakers = (body: string) => analyze({
  id: 'speakers-relatives-test', title: 'News', paragraphs: body.split('\n'), language: 'en', url: 'https://example.org/a',
  source: 'test', retrievedAt: '2026-12-01T00:00:00Z', removed: [],
} as never).statements.map((s) => `${s.speaker.text} → ${s.speaker.entity ?? '-'}`);

describe('unlinkedPeople: relatives', () => {
  it('links no country to the wife or the son of someone of that nationality', () => {
    expect(speakers('The wife of a jailed Saudi blogger said on Monday that he was innocent.\nThe son of a Russian dissident told reporters that his father was ill.'))
      .toEqual(['The wife of a jailed Saudi blogger → -', 'The son of a Russian dissident → -']);
  });

  it('keeps an official of that nationality apart from the country only as before', () => {
    expect(speakers('A Saudi official said the talks would go on.')).toEqual(['A Saudi official → local:saudi-official']);
  });
});
