import { describe, expect, it } from 'vitest';
import { isCeased } from './cessation.js';
import { frameOf } from './frame.js';
import { framesOf } from './group.js';
import { sourceFromAnalysis } from './source.js';
import { speakerDetailOf } from './speaker-detail.js';
import { analysisOf } from './test-helpers.js';

// An act named as what is to stop (cessation.ts) stays a call to stop it, or a refusal of one, however often the content
// names the act again: the point is the call, not the act; an act to be extended is a plan, not an incident (session
// 23). Synthetic sentences, written for these tests.

const DAY = '2024-05-01T00:00:00.000Z';
const sourceOf = (text: string) => sourceFromAnalysis(analysisOf(text, DAY));
const indexOf = (src: ReturnType<typeof sourceOf>, content: string) => src.statements.findIndex((s) => s.content.text.includes(content));

describe('frames: a call to stop an act, the act named again later in the content', () => {
  const src = sourceOf('هجمات على القرى\n\nوطالبت المنظمة الجماعة بالتوقف فورا عن الهجمات العشوائية، وقد أكدت التحقيقات في مواقع الهجمات استخدام الصواريخ.');
  const f = frameOf(src, indexOf(src, 'بالتوقف فورا'));

  it('reads no attack from the later mention (the sites of the attacks)', () => {
    expect(f.statement.content.text).toContain('مواقع الهجمات');
    expect(f.concept).toBeUndefined();
  });

  it('marks the statement as naming the act only as what is to stop', () => {
    expect(f.ceases).toBe(true);
  });

  it('still reads the attack a statement reports beside no cessation', () => {
    const other = sourceOf('هجمات على القرى\n\nوقالت المنظمة إن التحقيقات في مواقع الهجمات أكدت استخدام الصواريخ.');
    const g = frameOf(other, indexOf(other, 'مواقع الهجمات'));
    expect(g.concept?.id).toBe('attack');
    expect(g.ceases).toBeUndefined();
  });
});

describe('speakerDetailOf: a refusal of calls to stop the shelling is no detail of the shelling', () => {
  const text = (second: string) => `قصف على الأحياء\n\nقالت منظمة العفو الدولية إن قصف الحوثيين بقذائف الهاون للأحياء السكنية في مدينة تعز أدى إلى مقتل مدنيين. ${second}`;
  const detailOf = (second: string, content: string) => {
    const src = sourceOf(text(second));
    const frames = framesOf(src);
    const claimOf = new Map([[src.statements[indexOf(src, 'بقذائف الهاون')].id, 'claim-1']]);
    return speakerDetailOf(src, frames, claimOf, indexOf(src, content));
  };

  it('joins the speaker\'s further detail of the shelling', () => {
    expect(detailOf('وأضافت المنظمة أن قذائف الهاون سقطت على الأحياء السكنية في مدينة تعز ليلا.', 'سقطت')).toMatchObject({ ok: true, claimId: 'claim-1' });
  });

  it('keeps the refusal of the calls to stop it apart', () => {
    expect(detailOf('وأضافت المنظمة أن الحوثيين رفضوا الاستجابة للنداءات بالتوقف عن قصف الأحياء السكنية في مدينة تعز.', 'رفضوا')).toMatchObject({ ok: false });
  });
});

describe('isCeased: a word of extension before an act makes it a plan', () => {
  it.each([
    ['Arabic: لمد مهمات', 'تسعى الحكومة لمد مهمات قصف التنظيم إلى البلد المجاور', 'قصف', 'ar', true],
    ['Arabic: توسيع', 'قررت الحكومة توسيع الغارات على مواقع التنظيم', 'الغارات', 'ar', true],
    ['English: to expand the', 'the government wants to expand the strikes to the north', 'strikes', 'en', true],
    ['no such word: the act itself', 'the jets carried out strikes on the north', 'strikes', 'en', false],
  ] as const)('%s', (_name, text, event, lang, expected) => {
    expect(isCeased(text, lang, 0, text.indexOf(event))).toBe(expected);
  });

  it('reads no attack in a plan to extend the bombing', () => {
    const src = sourceOf('خطة جديدة\n\nوقالت مصادر في الحكومة إن الوزير سيطلب موافقة البرلمان لمد مهمات قصف التنظيم إلى البلد المجاور.');
    const f = frameOf(src, indexOf(src, 'موافقة البرلمان'));
    expect(f.statement.content.text).toContain('قصف');
    expect(f.concept).toBeUndefined();
  });
});
