import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';

// Constructed sentences (not from any corpus): a family or tribal name in ـي after a one-link lineage (03-chunks-names.ts
// `nasabEnd`, `familyNameAt`): part of the name, not a nisba adjective.
const speakers = (body: string) =>
  analyze({ id: 'lineage-nisba-test', title: 'خبر', paragraphs: body.split('\n'), language: 'ar', url: 'https://example.org/a', source: 'test', retrievedAt: '2026-12-01T00:00:00Z', removed: [] } as never)
    .statements.map((s) => `${s.speaker.text} → ${s.speaker.entity ?? '-'}`);

describe('findEntities: a family name in ـي after a lineage', () => {
  it('reads it as the family name after a title and honorific', () => {
    expect(speakers('وقال رئيس الجمعية الزراعية الدكتور راشد بن حمد العتيبي إن المحصول وفير.'))
      .toEqual(['رئيس الجمعية الزراعية الدكتور راشد بن حمد العتيبي → local:راشد-بن-حمد-العتيبي']);
  });

  it('still reads a listed nationality after the lineage as the country, not the family', () => {
    const out = speakers('وقال رئيس الجمعية الزراعية الدكتور راشد بن حمد السعودي إن المحصول وفير.');
    expect(out.some((s) => s.includes('local:راشد-بن-حمد-السعودي'))).toBe(false);
  });

  it('does not read it so after two links (the sentence goes on there)', () => {
    expect(speakers('وقال رئيس الجمعية الدكتور راشد بن حمد بن سالم المحلي إن المحصول وفير.'))
      .toEqual(['رئيس الجمعية الدكتور راشد بن حمد بن سالم المحلي → local:راشد-بن-حمد-بن-سالم']);
  });
});
