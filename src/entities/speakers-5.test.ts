import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import type { Analysis, Lang } from '../model/index.js';

// Constructed sentences (not from any corpus): a body of a country, named with the country's nationality, is not the country.
function analysed(body: string, language: Lang = 'ar', title = 'خبر'): Analysis {
  return analyze({ id: 'speakers-5-test', title, paragraphs: body.split('\n'), language, url: 'https://example.org/a', source: 'test', retrievedAt: '2026-12-01T00:00:00Z', removed: [] } as never);
}
const entities = (a: Analysis) => a.statements.map((s) => s.speaker.entity ?? '-');

describe('nameSpeakers: a body named with its country', () => {
  it('makes a party, a newspaper and a research centre bodies of their own', () => {
    const a = analysed('وقال حزب العدالة الوطني التركي إن الانتخابات مزورة. وذكرت صحيفة المساء البريطانية أن الوزير استقال. وقال مركز الكويت للدراسات إن الأسعار سترتفع.');
    expect(entities(a)).toEqual(['local:حزب-العداله-الوطني-التركي', 'local:صحيفه-المساء-البريطانيه', 'local:مركز-الكويت-للدراسات']);
  });

  it('names a long body up to its country', () => {
    const a = analysed('وقال حزب العدالة الوطني التركي المعارض للحكومة إن الانتخابات مزورة.');
    expect(entities(a)).toEqual(['local:حزب-العداله-الوطني-التركي']);
  });

  it('leaves the government, the authorities and an embassy speaking for the country', () => {
    const a = analysed('وقالت السلطات التركية إن الحدود مغلقة. وأكدت السفارة البريطانية أن الرحلات ستستأنف.');
    expect(entities(a)).toEqual(['country:TR', 'country:GB']);
  });

  it('leaves a country named by a body noun the country', () => {
    const a = analysed('وقال الاتحاد الروسي إن القوات انسحبت.');
    expect(entities(a)).toEqual(['country:RU']);
  });
});

describe('nameSpeakers: English, someone of a country named in the phrase', () => {
  const en = (body: string) => entities(analysed(body, 'en', 'News'));

  it('reads a newspaper in capitals, or named after its noun, as a body', () => {
    expect(en('The Nigerian Herald reported that the bridge closed. The Kenyan daily Nation reported that the port reopened.')).toEqual(['local:nigerian-herald', 'local:nation']);
  });

  it('reads a person after a title or from a given name before where they work', () => {
    expect(en('Opposition committee member Dan Brewer of Georgia said the count was fair.')).toEqual(['local:dan-brewer']);
  });

  it('leaves the government and the country itself the country', () => {
    expect(en('The Kenyan Government said the count was fair. Kenya said the border was open.')).toEqual(['country:KE', 'country:KE']);
  });
});
