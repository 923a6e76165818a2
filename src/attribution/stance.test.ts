import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Stance from the content (stance.ts, condition.ts and the lexicons stance-markers, stance-openers, stance-leads,
// warn-conditions): our own sentences, none from the corpus.
const T = 'عنوان الخبر';

describe('Arabic stance read from the content', () => {
  const cases: [string, string, string][] = [
    // Leads: a duty or a need as the predicate of the content's first clause.
    ['a duty laid on a subject is a demand', 'وقال الوزير سامي نور إن الحكومة يجب أن تستقيل.', 'demand'],
    ['a need stated of a subject is a demand', 'وأكد الوزير سامي نور أن البلاد بحاجة إلى إصلاح شامل.', 'demand'],
    ['a duty inside a relative clause stays an assertion', 'وقال الوزير سامي نور إن الخطر الذي يجب أن نخشاه هو الفقر.', 'assert'],
    ['a negated need stays an assertion', 'وقال الوزير سامي نور إن المشروع لا يحتاج إلى تمويل جديد.', 'assert'],
    ['a need far into the content stays an assertion',
      'وقال الوزير سامي نور إن المصنع الجديد في المدينة الصناعية الشمالية افتتح أمس ويحتاج إلى عمال.', 'assert'],
    // Doubt.
    ['لا أعتقد after an opening phrase is doubt', 'وقال الوزير سامي نور إنه من خلال متابعته لا أعتقد أن الأرقام دقيقة.', 'doubt'],
    ['استبعد is doubt, not denial', 'واستبعد الوزير سامي نور إجراء تعديل وزاري قريبا.', 'doubt'],
    // Denial.
    ['a report dismissed as mere talk is denied', 'وقال الوزير سامي نور إن ما نشر مجرد كلام تتداوله الصحف.', 'deny'],
    ['having no role in a matter is a denial', 'وقال المتحدث سامي نور إنه ليس للوزارة أي دور في القضية.', 'deny'],
    ['contrary to what was published is a denial', 'وقال الوزير سامي نور إن بلاده، على عكس ما نشر، لم تبلغ أحدا بالهجوم.', 'deny'],
    // Warning.
    ['a punishment for whoever acts is a warning', 'وأوضح الوزير سامي نور أن عقوبة من يهرب السلاح تصل إلى السجن عشر سنوات.', 'warn'],
    ['promised retaliation is a warning', 'وقال الوزير سامي نور إن بلاده ستعتمد مبدأ المعاملة بالمثل مع الدول المعادية.', 'warn'],
    ['a condition with a harm after it is a warning', 'وقال الوزير سامي نور إن المفاوضات لن تستأنف في حال انسحبت الحكومة من الاتفاق.', 'warn'],
    ['a possible harm unless someone acts is a warning', 'وأضاف الوزير سامي نور أن الأسعار قد ترتفع ما لم تتدخل الوزارة.', 'warn'],
    ['a condition alone stays an assertion', 'وقال الوزير سامي نور إن الموظف يحصل على إجازة في حال مرضه.', 'assert'],
    ['a condition far from a future clause stays an assertion',
      'وقال الوزير سامي نور إن المواطنين يحصلون على الدعم في حال فقدوا وظائفهم بسبب الأزمة الاقتصادية الحالية التي تمر بها البلاد منذ سنوات طويلة، والحكومة لن تتراجع عن خطتها.',
      'assert'],
    // Accusation.
    ['calling an act a violation of the law is an accusation', 'وقال الوزير سامي نور إن الخطوة جاءت انتهاكا للقانون الدولي.', 'accuse'],
  ];
  it.each(cases)('%s', (_name, sentence, stance) => {
    const [s] = statementsOf('ar', T, sentence);
    expect(s?.stance).toBe(stance);
  });
});

describe('Arabic cues added for real news', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['أرجع X إلى Y reports a cause', 'وأرجع الوزير سامي نور الخسائر إلى انخفاض الأسعار.',
      { speaker: 'الوزير سامي نور', stance: 'assert', content: 'الخسائر إلى انخفاض الأسعار' }],
    ['قلل من أهمية plays a report down: a denial', 'وقلل الوزير سامي نور من أهمية التقارير.',
      { speaker: 'الوزير سامي نور', stance: 'deny' }],
    ['اكتفى … بالقول reports what follows بالقول', 'واكتفت المتحدثة باسم الوزارة بالقول إن التحقيق مستمر.',
      { speaker: 'المتحدثة باسم الوزارة', content: 'التحقيق مستمر' }],
  ];
  it.each(cases)('%s', (_name, sentence, expected) => {
    const found = statementsOf('ar', T, sentence);
    expect(found.some((s) => Object.entries(expected).every(([k, v]) => (s as Record<string, unknown>)[k] === v))).toBe(true);
  });

  it('does not read قلل without أهمية as a cue ("reduced")', () => {
    expect(statementsOf('ar', T, 'وقلل المصنع الإنتاج هذا العام.')).toEqual([]);
  });
  it('reads تابع بالقول as one statement whose content follows بالقول', () => {
    const found = statementsOf('ar', T, 'وتابع الوزير سامي نور بالقول: «سنواصل العمل حتى النهاية».');
    expect(found.map((s) => s.content)).toEqual(['سنواصل العمل حتى النهاية']);
  });
});
