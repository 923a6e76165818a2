import { describe, expect, it } from 'vitest';
import { groupArticle } from './group.js';
import { syntheticSource } from './test-helpers.js';
import type { ClaimSource } from './types.js';

// group.ts 3a: a statement naming the event but no entity joins the article's only group about it through a statement
// of its speaker that states the event (rule `concept-entities`), not through one that joined by 3a itself: a chain of
// shared words drifts to the speaker's other points. Synthetic English sentences, written for these tests.

const english = (text: string, statements: { speaker: string; content: string }[], entities: Record<string, string>): ClaimSource =>
  ({ ...syntheticSource(text, statements, entities), lang: 'en' });

describe('concept-in-article: the speaker\'s statement shared with states the event', () => {
  const STATES = 'the people of Norland will not join the protests because they follow the clerics';
  const CARRIES = 'the protests carry slogans against the clerics and the faith';
  const DRIFTS = 'the lawful protests carry a permit from the courts';
  const src = english(`The preacher said that ${STATES}. The preacher said that ${CARRIES}. The preacher said that ${DRIFTS}.`,
    [{ speaker: 'The preacher', content: STATES }, { speaker: 'The preacher', content: CARRIES }, { speaker: 'The preacher', content: DRIFTS }],
    { 'country:NL': 'Norland' });
  const groups = groupArticle(src, '2024-05-01');

  it('joins the statement sharing words with the one that states the event', () => {
    expect(groups).toHaveLength(1);
    expect(groups[0].members.map((m) => [m.content, m.rule])).toContainEqual([CARRIES, 'concept-in-article']);
  });

  it('does not join the statement sharing words only with the one that joined by the same rule', () => {
    expect(groups[0].members.map((m) => m.content)).not.toContain(DRIFTS);
  });
});
