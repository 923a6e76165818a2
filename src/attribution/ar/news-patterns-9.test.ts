import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): patterns of Arabic news prose, ninth batch.
const T = 'عنوان الخبر';
/** A first statement by another speaker, so that a cue going on with the last speaker would name الوزير. */
const LAST = 'وقال الوزير إن الحكومة ستستقيل قريبا.';
const all = (...paragraphs: string[]) => statementsOf('ar', T, LAST, ...paragraphs);
/** The statement whose content starts with `head`. */
const at = (s: ReturnType<typeof all>, head: string) => s.find((x) => x.content.startsWith(head));

describe('a cue with no subject goes on with the subject of the verb opening its sentence (ar/lead-subject.ts)', () => {
  const cases: [string, string, string, string][] = [
    ['a participle after a plain verb and its titled subject', 'وتطرق الرئيس إلى مسألة الحريات العامة في البلاد، مشيرا إلى تقصير الحكومة.', 'تقصير', 'الرئيس'],
    ['… after a short adverbial set off by a comma', 'ومع ذلك، زار السفير المخيم في الشمال، مؤكدا أن الحوار ضروري.', 'الحوار', 'السفير'],
    ['a و-verb later in the sentence after a negated opening verb', 'ولم يفصح المرشد عن قراره الأخير لكنه شكر المفاوضين وقال إن النص سيخضع للتدقيق.', 'النص', 'المرشد'],
    ['a name read with the title after it', 'ولخص سامي العلي حاكم الولاية ما يعنيه الحدث للمنطقة قائلا: «زرت العالم كله».', 'زرت', 'سامي العلي حاكم الولاية'],
    ['a feminine body and a feminine و-verb', 'ونشرت الوزارة صورا للموقع، وأكدت أن الهجوم فشل.', 'الهجوم', 'الوزارة'],
    ['the nearest clause after a comma that opens with a ف-verb', 'وتساءل الموظفون عن مصيرهم في الوظائف، فرد السفير قائلا: «الموضوع شأن خاص».', 'الموضوع', 'السفير'],
    ['a known name before the opening verb (SVO)', 'عادل الجبير بعث برسالة إلى القيادة في طهران، مشددا أن التدخل مرفوض.', 'التدخل', 'عادل الجبير'],
  ];
  it.each(cases)('%s', (_name, text, head, speaker) => {
    expect(at(all(text), head)?.speaker).toBe(speaker);
  });
  it('a noun in construct with a title is no speaker (the message, not its author)', () => {
    const s = at(all('وركزت رسالة السفير على دعم اللاجئين في المنطقة، قائلا إن المساعدات ستزيد.'), 'المساعدات');
    expect(s?.speaker).not.toContain('رسالة');
  });
  it('a plain noun after the opening verb is its object, never a speaker', () => {
    expect(at(all('وشهدت المدينة اشتباكات عنيفة أمس، مشيرا إلى أن الهدنة انهارت.'), 'الهدنة')?.speaker).toBe('الوزير');
  });
  it('a cue at the sentence start keeps its own subject', () => {
    expect(at(all('وقال السفير إن الحوار ضروري، مشيرا إلى أن الاتفاق قريب.'), 'الاتفاق')?.speaker).toBe('السفير');
  });
});

describe('the one who gave a statement, for a cue with فيه after it (ar/antecedent.ts issuerBefore)', () => {
  it('the subject of أدلى بها after the speech noun', () => {
    const s = all('ونقلت الصحيفة تصريحات أدلى بها مسؤول أميركي لصحيفة «الغد» قال فيها إن بلاده لن تتدخل.');
    expect(at(s, 'بلاده')?.speaker).toBe('مسؤول أميركي');
  });
  it('the subject of the opening verb, past an apposition, when another clause follows the noun', () => {
    const s = all('وأصدر، الخميس، النائب سامي العلي، وهو أقدم نائب في اللجنة، بيانا حصلت عليه الوكالة، قال فيه إنه سيعارض الاتفاق.');
    expect(at(s, 'سيعارض')?.speaker).toBe('النائب سامي العلي');
  });
});

describe('a subject fronted by فإن with a relative clause before its verb (ar/antecedent.ts particleRelativeSubject)', () => {
  it('the phrase between فإن and the relative pronoun, with كان inside the clause', () => {
    const s = all('ورغم الخلاف، فإن النائب الذي كان أول المؤيدين للخطة أبلغ «الصحيفة» أن الإصلاحات ضرورية.');
    expect(at(s, 'الإصلاحات')?.speaker).toBe('النائب');
  });
  it('… with the clause set off by commas', () => {
    const s = all('ورغم الخلاف، فإن سامي العلي، الذي يرأس الكتلة، قال إن الإصلاحات ضرورية.');
    expect(at(s, 'الإصلاحات')?.speaker).toBe('سامي العلي');
  });
  it('not after أن inside a reported clause (the reports that reach him are no speaker)', () => {
    const s = all('وأوضح المفوض أن كل التقارير التي تصله تشير إلى أن الاتفاق قريب.');
    expect(s.every((x) => !x.speaker.includes('التقارير'))).toBe(true);
  });
});

describe('a contrast after the cue is no particle it requires (ar/01-verb-subject.ts REQUIRED_AN_BLOCKERS)', () => {
  it('تعتبر "is considered" before إلا أن reports nothing', () => {
    const s = all('ورغم أن نسبة الديون تعتبر مرتفعة، إلا أن البنوك تواصل الإقراض.');
    expect(s.every((x) => !x.content.startsWith('البنوك'))).toBe(true);
  });
  it('يرى with its own أن still reports', () => {
    expect(at(all('ويرى سامي العلي أن البنوك تواصل الإقراض.'), 'البنوك')?.speaker).toBe('سامي العلي');
  });
});

describe('speaker phrases of the ninth batch (ar/speaker.ts, ar/source-place.ts)', () => {
  it('a title in construct with a noun carrying a possessor, then the name (رئيس بلديتها فلان)', () => {
    const s = all('وشيع الشاب في القرية صباح اليوم، كما قال رئيس بلديتها سامي العلي.');
    expect(s.find((x) => x.speaker.startsWith('رئيس'))?.speaker).toBe('رئيس بلديتها سامي العلي');
  });
  it('"a senior official in the administration" keeps its place after كبير', () => {
    expect(at(all('وقال مسؤول كبير في الإدارة إن القصف سيتواصل.'), 'القصف')?.speaker).toBe('مسؤول كبير في الإدارة');
  });
  it('… and is the subject bracketed by كان before its verb', () => {
    expect(at(all('وكان مسؤول كبير في الإدارة أعلن أن القصف سيتواصل.'), 'القصف')?.speaker).toBe('مسؤول كبير في الإدارة');
  });
  it('after a definite title the possessed noun is the object (دعا رئيس الحكومة نوابها)', () => {
    expect(at(all('ودعا رئيس الحكومة نوابها إلى الهدوء.'), 'نوابها')?.speaker).toBe('رئيس الحكومة');
  });
});
