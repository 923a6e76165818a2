import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';

// Constructed sentences (not from any corpus): المعارضة is a body's head noun (data/gazetteer/org-heads.tsv), so that a
// country's armed opposition speaks as a body of its own, not for the state its nationality names.
const speakers = (body: string) =>
  analyze({ id: 'opposition-test', title: 'خبر', paragraphs: body.split('\n'), language: 'ar', url: 'https://example.org/a', source: 'test', retrievedAt: '2026-12-01T00:00:00Z', removed: [] } as never)
    .statements.map((s) => `${s.speaker.text} → ${s.speaker.entity ?? '-'}`);

describe('findEntities: the opposition of a country is a body', () => {
  it('links the opposition and its nationality to a body, not the country', () => {
    const [out] = speakers('وقالت المعارضة الليبية المسلحة إنها سيطرت على المطار.');
    expect(out).toMatch(/→ local:المعارضه-الليبيه/u);
  });

  it('still links the country’s government to the country', () => {
    const out = speakers('وقالت الحكومة الليبية إنها سيطرت على المطار.');
    expect(out.some((s) => s.includes('local:المعارضه'))).toBe(false);
  });
});
