import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';

// Constructed sentences (not from any corpus): places and bodies named after a person (named-after.ts, 02-match.ts,
// 03-chunks-titles.ts, 03-chunks-speaker-names.ts, 05-speakers-title-name.ts) and the name after د. or د
// (03-chunks-speaker-names.ts honouredNameIn).
const speakers = (body: string) =>
  analyze({ id: 'named-after-test', title: 'خبر', paragraphs: body.split('\n'), language: 'ar', url: 'https://example.org/a', source: 'test', retrievedAt: '2026-12-01T00:00:00Z', removed: [] } as never)
    .statements.map((s) => `${s.speaker.text} → ${s.speaker.entity ?? '-'}`);

describe('a place named after a person is no person', () => {
  it('links a professor at جامعة الملك سعود to the professor, not to "سعود"', () => {
    expect(speakers('وقال د. سالم الحربي أستاذ الإعلام بجامعة الملك سعود إن الإعلام مسؤول.'))
      .toEqual(['د. سالم الحربي أستاذ الإعلام بجامعة الملك سعود → local:سالم-الحربي']);
  });
  it('reads no person in مدير مطار الملك عبدالعزيز الدولي', () => {
    const out = speakers('وقال مدير مطار الملك عبدالعزيز الدولي إن الرحلات ستستأنف غدا.');
    expect(out).toHaveLength(1);
    expect(out[0]).not.toContain('عبدالعزيز-الدولي');
  });
  it('reads no person in مستشفى الملك فهد', () => {
    expect(speakers('وأعلن مستشفى الملك فهد أن حالة المصابين مستقرة.')[0]).not.toContain('local:فهد');
  });
  it('does not link the head of مركز الملك سلمان to the king', () => {
    expect(speakers('وقال رئيس مركز الملك سلمان للإغاثة إن المساعدات وصلت.')[0]).not.toContain('person:');
  });
});

describe('the name after د.', () => {
  it('links an unknown given name after د.', () => {
    expect(speakers('وقالت وكيلة الوزارة د. هيا الحربي: إن الطلاب سيعودون الأحد.'))
      .toEqual(['وكيلة الوزارة د. هيا الحربي → local:هيا-الحربي']);
  });
  it('reads a lineage after د. in full', () => {
    expect(speakers('وقال د. علي بن سالم العنزي أستاذ الإعلام إن الإعلام مسؤول.'))
      .toEqual(['د. علي بن سالم العنزي أستاذ الإعلام → local:علي-بن-سالم-العنزي']);
  });
});
