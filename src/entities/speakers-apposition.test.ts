import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';

// Constructed sentences (not from any corpus): a speaker phrase that names a person and, across a comma, says who they
// are (05-speakers-apposition.ts): the person, not the country, body or person of the description.
const speakers = (body: string) =>
  analyze({ id: 'comma-test', title: 'خبر', paragraphs: body.split('\n'), language: 'ar', url: 'https://example.org/a', source: 'test', retrievedAt: '2026-12-01T00:00:00Z', removed: [] } as never)
    .statements.map((s) => `${s.speaker.text} → ${s.speaker.entity ?? '-'}`);

describe('nameSpeakers: a name before the comma (nameBeforeDescription)', () => {
  it('links an unknown name before a description naming countries to the person', () => {
    expect(speakers('وأوضح توماس بريكمان، أميركي يعمل في الإغاثة في العراق وأفغانستان، أن الخطط فشلت.'))
      .toEqual(['توماس بريكمان، أميركي يعمل في الإغاثة في العراق وأفغانستان → local:توماس-بريكمان']);
  });

  it('links a name before a title of a body to the person, not the body', () => {
    expect(speakers('وقال وليد الجواري، مدير مكتب الحملة الوطنية السعودية في الأردن، إن المساعدات وصلت.'))
      .toEqual(['وليد الجواري، مدير مكتب الحملة الوطنية السعودية في الأردن → local:وليد-الجواري']);
  });

  it('does not make a person of a body before the comma', () => {
    const out = speakers('وقالت منظمة العفو الدولية، ومقرها لندن، إن المعتقلين تعرضوا للتعذيب.');
    expect(out.some((s) => s.includes('local:منظمه'))).toBe(false);
  });
});

describe('nameSpeakers: a name right before a title (nameBeforeDescription)', () => {
  it('links the unknown name before the title to the person, not the country', () => {
    expect(speakers('وقال توماس بريكمان مدير الشركة الألمانية إن الأرباح زادت.'))
      .toEqual(['توماس بريكمان مدير الشركة الألمانية → local:توماس-بريكمان']);
  });

  it('does not cut a family name that is also a rank off the name', () => {
    expect(speakers('وقال الدكتور سعيد الشيخ إن القروض زادت.')).toEqual(['الدكتور سعيد الشيخ → local:سعيد-الشيخ']);
  });

  it('does not make a name of the words of a form of address before a rank', () => {
    const out = speakers('وأكد صاحب السمو الملكي الأمير خالد أن الإنجازات كبيرة.');
    expect(out.some((s) => s.includes('local:صاحب'))).toBe(false);
  });
});

describe('nameSpeakers: a name after the comma (nameAfterDescription)', () => {
  it('links a title phrase to the person named after its comma', () => {
    expect(speakers('وقال نائب وزير الزراعة الكندي، أندرياس كولبيرغ، إن المحصول وفير.'))
      .toEqual(['نائب وزير الزراعة الكندي، أندرياس كولبيرغ → local:اندرياس-كولبيرغ']);
  });

  it('does not link the unknown name after باسم and a body', () => {
    const out = speakers('وقال المتحدث باسم حزب الخضر، أندرياس كولبيرغ، إن المحصول وفير.');
    expect(out.some((s) => s.includes('local:اندرياس-كولبيرغ'))).toBe(false);
  });
});
