import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// An object pronoun on the cue (وطالبهم بـ، الذين وصفهم بـ) stands for a party named earlier (ar/object-pronoun.ts):
// the relative clause's antecedent, or the one party of the pronoun's agreement in the sentence that is not the
// speaker; none when two might be meant or what is described is a thing. Our own sentences, none from a corpus article.

/** The targets of the statements of `stance` in the sentence, in order. */
const targetsOf = (sentence: string, stance: string) =>
  statementsOf('ar', 'عنوان الخبر', sentence).filter((s) => s.stance === stance).flatMap((s) => s.targets);

describe('Arabic object pronouns on the cue', () => {
  it.each([
    ['a plural party named before the cue is the one asked', 'واستقبل الوزير المتظاهرين في مكتبه، مؤكدا لهم دعمه، وطالبهم بتقديم شكوى مكتوبة.', 'demand', ['المتظاهرين']],
    ['a named person before the cue is the one asked', 'والتقى الوزير بالرئيس أوباما، وطالبه بوقف الدعم.', 'demand', ['أوباما']],
    ['the party a relative clause is on is the one described', 'وقال القائد إن المعارك مستمرة مع المتمردين الذين وصفهم بالمرتزقة.', 'assert', ['المتمردين']],
    ['a country named before a feminine pronoun is the one asked', 'وانتقد الوزير إيران بشدة، ودعاها إلى وقف التدخل في شؤون المنطقة.', 'demand', ['إيران']],
    ['a nisba plural named before the cue is the one asked', 'وقالت الحكومة إنها تلقت رسالة من الانفصاليين، ودعتهم إلى الحوار.', 'demand', ['الانفصاليين']],
    ['no one when two plural parties might be meant', 'والتقى الرئيس المحتجين بعد لقائه المزارعين، وطالبهم بالصبر.', 'demand', []],
    ['no one when the plural may be an adjective of the word before it', 'والتقى الوزير الطلاب المتفوقين، وحثهم على مواصلة الجهد.', 'demand', []],
    ['no one for a day whose name ends as a plural does', 'واستقبل الوزير وفدا من أهالي القرية يوم الاثنين، وطالبهم بالصبر.', 'demand', []],
    ['no one when what is described is a thing', 'وتحدث الوزير عن الخطة التي وصفها بأنها طموحة.', 'assert', []],
    ['no one for a thing described without a relative clause', 'وقال الوزير إن الرئيس اتخذ القرار، ووصفه بأنه خاطئ.', 'assert', []],
    ['no one after ما, which stands for the thing described', 'واستدعت الوزارة السفير بعد ما وصفته بالتصريحات العدائية من جانب المسؤولين.', 'assert', []],
  ])('%s', (_name, sentence, stance, targets) => {
    expect(targetsOf(sentence, stance)).toEqual(targets);
  });
});
