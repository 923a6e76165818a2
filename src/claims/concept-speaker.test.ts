import { describe, expect, it } from 'vitest';
import { groupArticle } from './group.js';
import { syntheticSource } from './test-helpers.js';
import type { ClaimSource } from './types.js';

// group.ts 3a': a speaker naming the same specific event twice in an article, with no canonical entity in either
// statement, states one point (rule `concept-speaker`). Synthetic English sentences.

const english = (text: string, statements: { speaker: string; content: string }[], entities: Record<string, string> = {}): ClaimSource =>
  ({ ...syntheticSource(text, statements, entities), lang: 'en' });
const contentsOf = (src: ClaimSource) => groupArticle(src, '2024-05-01').map((g) => g.members.map((m) => m.content));

describe('concept-speaker: one speaker naming one specific event twice', () => {
  const FIRST = 'her resignation had been sent to the council clerk';
  const LATER = 'the resignation takes effect at the end of June';

  it('groups the two statements of one speaker, with the rule that made the group', () => {
    const src = english(`Mayor Okafor said that ${FIRST}. The council met on Monday. Mayor Okafor said that ${LATER}.`,
      [{ speaker: 'Mayor Okafor', content: FIRST }, { speaker: 'Mayor Okafor', content: LATER }]);
    const groups = groupArticle(src, '2024-05-01');
    expect(groups.map((g) => g.members.map((m) => m.content))).toEqual([[FIRST, LATER]]);
    // The later one joins the speaker's own group (3a'); 3a asks for a predicate word besides the event's noun.
    expect(groups[0].members.map((m) => m.rule)).toEqual(['concept-speaker', 'concept-speaker']);
    expect(groups[0].keyEntities).toEqual([]);
  });

  it('groups them apart from another speaker\'s group about the event (the own group found among several)', () => {
    const keyed = 'the resignation of the mayor surprised Norland';
    const src = english(`Minister Duarte said that ${keyed}. Mayor Okafor said that ${FIRST}. Mayor Okafor said that ${LATER}.`,
      [{ speaker: 'Minister Duarte', content: keyed }, { speaker: 'Mayor Okafor', content: FIRST }, { speaker: 'Mayor Okafor', content: LATER }],
      { 'country:NL': 'Norland' });
    expect(contentsOf(src)).toEqual([[keyed], [FIRST, LATER]]);
  });

  it('does not group two speakers\' mentions of the event (each may state another point about it)', () => {
    const src = english(`Mayor Okafor said that ${FIRST}. Councillor Tembo said that ${LATER}.`,
      [{ speaker: 'Mayor Okafor', content: FIRST }, { speaker: 'Councillor Tembo', content: LATER }]);
    expect(contentsOf(src)).toEqual([]);
  });

  it('does not group a mention naming an entity the other does not (another event of the kind)', () => {
    const other = 'she would also resign from the board of the Harbour Trust';
    const src = english(`Mayor Okafor said that ${FIRST}. Mayor Okafor said that ${other}.`,
      [{ speaker: 'Mayor Okafor', content: FIRST }, { speaker: 'Mayor Okafor', content: other }], { 'local:harbour-trust': 'Harbour Trust' });
    expect(contentsOf(src)).toEqual([]);
  });

  it('does not group two mentions of a broad event (two arrests by one speaker are often two arrests)', () => {
    const a = 'the arrests took place near the old market', b = 'more arrests were made at the station later';
    const src = english(`The police chief said that ${a}. The police chief said that ${b}.`,
      [{ speaker: 'The police chief', content: a }, { speaker: 'The police chief', content: b }]);
    expect(contentsOf(src)).toEqual([]);
  });
});
