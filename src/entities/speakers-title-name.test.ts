import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import { findEntities } from './index.js';

// Constructed sentences (not from any corpus): a title phrase that ends with a name the gazetteer lacks, no given name
// opening it (05-speakers-title-name.ts).
function speakers(body: string): string[] {
  const a = analyze({ id: 'title-name-test', title: 'خبر', paragraphs: body.split('\n'), language: 'ar', source: 'test', removed: [] } as never);
  return a.statements.map((s) => `${s.speaker.text} → ${s.speaker.entity ?? '-'}`);
}

describe('nameEndingTitle: the unknown name ending a title phrase', () => {
  it('reads two foreign words after a title and its body as the person', () => {
    expect(speakers('وقال نائب رئيس الهيئة أوسكو تيلانين إن الخطة جاهزة.')).toEqual(['نائب رئيس الهيئة أوسكو تيلانين → local:اوسكو-تيلانين']);
  });
  it('reads a name and a family name with the article after a body named in construct', () => {
    expect(speakers('وأكد رئيس مجلس الشورى ناصح البدراني أن الجلسة ستعقد غدا.')).toEqual(['رئيس مجلس الشورى ناصح البدراني → local:ناصح-البدراني']);
  });
  it('reads a name after a rank with its article', () => {
    expect(speakers('وقال اللواء ناصح البدراني إن القوات تقدمت.')).toEqual(['اللواء ناصح البدراني → local:ناصح-البدراني']);
  });
  it('reads no noun in construct with a title, nor a brigade named by its rank word, as a person', () => {
    expect(speakers('وقال مدير علماء فوياجر إن المسبار بعيد.')[0]).not.toMatch(/local:علماء/u);
    expect(speakers('وقال لواء شهداء الحرية إن القوات تقدمت.')[0]).not.toMatch(/→ local:شهداء/u);
  });
});

describe('names after a title: a nisba family name and a spokesman for someone', () => {
  it('reads a family name in the form of a nisba after one unknown name word (03-chunks-names.ts nisbaFamilyName)', () => {
    const text = 'وافتتح وزير الزراعة المصري نجيح الطنطاوي المعرض مساء أمس، وقال الطنطاوي إن المعرض يستمر شهرا.';
    const ids = findEntities({ text, blocks: [{ kind: 'paragraph', index: 0, start: 0, end: text.length }], sentences: [{ start: 0, end: text.length, block: 0 }], lang: 'ar' }).map((e) => e.id);
    expect(ids).toContain('local:نجيح-الطنطاوي');
  });
  it('reads the holder after باسم with a pronoun, but not whom a spokesman speaks for after باسم alone', () => {
    expect(speakers('ولم يقدم المتحدث باسمها سين هيونغ ووك الذي أعلن القرار سببا لذلك.')[0]).toMatch(/→ local:سين-هيونغ-ووك$/u);
    expect(speakers('وقالت متحدثة باسم حرس الشواطئ إن القارب غرق.')[0]).not.toMatch(/local:حرس/u);
  });
});

describe('runOn: a title phrase cut short, the office in a place whose name starts with ل', () => {
  it('runs on past `في لبنان` to the name (05-speakers-named.ts runOn)', () => {
    const out = speakers('وقال مدير مكتب الجمعية الوطنية السعودية لنصرة اللاجئين في لبنان وليد الحمدان " إن المشروع انتهى ".');
    expect(out[0]).toMatch(/→ local:وليد-الحمدان$/u);
  });
});
