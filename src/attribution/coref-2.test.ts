import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';

// Constructed sentences (not from any corpus): an English he/she that no speaker or given name before it stands for.
function speakers(body: string): string[] {
  const a = analyze({ id: 'coref-2-test', title: 'News', paragraphs: body.split('\n'), language: 'en', url: 'https://example.org/a', source: 'test', retrievedAt: '2026-12-01T00:00:00Z', removed: [] } as never);
  return a.statements.map((s) => s.speaker.text);
}

describe('English pronoun: the person opening the sentence before', () => {
  it('takes a surname, possessive, whose full name has a given name of the pronoun\'s sex', () => {
    const body = 'On the same day, Kurt Dorrel, the envoy for the region, resigned. The House asked Dorrel to testify this week.\nDorrel\'s resignation was the first since the call. Dorrel\'s post as envoy put him in the center of the affair. In July, he said the talks had failed.';
    expect(speakers(body)).toEqual(['The House', 'Dorrel']);
  });

  it('does not take one whose given name is of the other sex', () => {
    const body = 'On the same day, Maria Dorrel, the envoy for the region, resigned. The House asked Dorrel to testify this week.\nDorrel\'s resignation was the first since the call. Dorrel\'s post as envoy put her in the center of the affair. In July, he said the talks had failed.';
    expect(speakers(body)).toEqual(['The House', 'he']);
  });
});

describe('English pronoun: opening a that-clause after a phrase naming one person', () => {
  it('takes the person named before `that`, not the last speaker', () => {
    expect(speakers('Senator Tom Harlow said the audit was over. The charge against Peter Vance is that in 2019 he called for a new audit.')).toEqual(['Senator Tom Harlow', 'Peter Vance']);
  });

  it('keeps the last speaker when the that-clause has a subject of its own before the pronoun', () => {
    expect(speakers('Senator Tom Harlow said the audit was over. The charge against Peter Vance is that the court ruled he called for a new audit.')).not.toContain('Peter Vance');
  });
});
