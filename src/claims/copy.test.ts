import { describe, expect, it } from 'vitest';
import { claimsDb, listClaims } from '../store/claims.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { sketchKeys, speakersAgree } from './copy.js';
import { namesDay } from './dates.js';
import { appealsForMore } from './general-appeal.js';
import { echoItemOf, echoOf } from './echo.js';
import { groupClaims, placeClaims, sourceFromAnalysis } from './index.js';
import { analysisOf } from './test-helpers.js';
import type { Member } from './types.js';

// Copies and headlines (copy.ts): a reprinted sentence naming no entity, and a headline restated by its lead, join.

const DAY = '2024-05-01T00:00:00.000Z';
const dayAfter = (n: number) => new Date(Date.parse(DAY) + n * 86_400_000).toISOString();

function member(content: string, over: Partial<Member> = {}): Member {
  return {
    statementId: `${over.articleId ?? 'a'}:${content.length}`, articleId: 'a', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
    speaker: { text: 'المتحدث' }, speakerKey: 'المتحدث', content, entities: [], lang: 'ar', date: DAY, ...over,
  };
}
const item = (m: Member, headline = false) => echoItemOf(m, undefined, undefined, headline);

const NO_RAISE = 'الحكومة لن ترفع أسعار الوقود في الأسواق المحلية خلال العام المقبل رغم ضغوط الموازنة';
const RELATIVES = { speaker: { text: 'أقرباء' }, speakerKey: 'أقرباء' };
const ROLE = (scope: string) => `الحكومة تقوم بدور فاعل ومقدر في مكافحة التهريب والتطرف على ${scope} وفي سياق جهود المنظمة في هذا المجال الحيوي`;
const MINISTRY = { speaker: { text: 'وزارة الطاقة', entity: 'country:JO' }, speakerKey: 'country:JO' };
const PRAISE = 'الوزارة تشيد بجهود العاملين في محطات الوقود خلال أيام العيد الطويلة الماضية';
const WAR_CRIME = 'قصف محطات الوقود في المدن الحدودية جريمة حرب يجب أن يحاسب عليها المسؤولون';

describe('echoOf: copies and headlines', () => {
  it.each([
    ['the same sentence naming no entity, by the same unlinked speaker in another outlet, is a copy',
      item(member(NO_RAISE)), item(member(NO_RAISE.replace('في الأسواق', 'بالأسواق'), { articleId: 'b', date: dayAfter(1) })), 'copy'],
    ['a near-verbatim copy by a speaker written otherwise (neither linked) is a copy',
      item(member(NO_RAISE, RELATIVES)), item(member(NO_RAISE, { articleId: 'b', speaker: { text: 'أقارب' }, speakerKey: 'أقارب' })), 'copy'],
    ['the headline restated by the lead, its speaker named short, joins it',
      item(member('لن نرفع أسعار الوقود في الأسواق المحلية', { speaker: { text: 'سميث' }, speakerKey: 'سميث' }), true),
      item(member(NO_RAISE, { speaker: { text: 'المتحدث باسم الحكومة جون سميث' }, speakerKey: 'المتحدث باسم الحكومة جون سميث' })), 'headline'],
    ['a headline quoting four words in a row of its speaker\'s quotation in the body joins it, other words aside',
      item(member('لم أوقع أو أقرأ أي عقد مع الشركة المذكورة', { speaker: { text: 'سميث' }, speakerKey: 'سميث' }), true),
      item(member('للصحفيين خلال جولته "لم أوقع أو أقرأ شيئا في ذلك الوقت', { speaker: { text: 'جون سميث' }, speakerKey: 'جون سميث' })), 'headline'],
    ['a headline sharing three words in a row with a body statement does not join it',
      item(member('لم أوقع أي عقد مع الشركة المذكورة', { speaker: { text: 'سميث' }, speakerKey: 'سميث' }), true),
      item(member('للصحفيين خلال جولته "لم أوقع أي شيء في ذلك الوقت', { speaker: { text: 'جون سميث' }, speakerKey: 'جون سميث' })), undefined],
    ['a reprint changing its adjectives\' agreement (الصعيد الوطني / الصعد الوطنية), by a speaker written otherwise, is a copy',
      item(member(ROLE('الصعيد الوطني والإقليمي والدولي'), RELATIVES)), item(member(ROLE('الصعد الوطنية والإقليمية والدولية'), { articleId: 'b', speaker: { text: 'أقارب' }, speakerKey: 'أقارب' })), 'copy'],
    ['joins a copy reprinted eleven days later (a study reprinted by another outlet)',
      item(member(NO_RAISE)), item(member(NO_RAISE, { articleId: 'b', date: dayAfter(11) })), 'copy'],
    ['does not join a copy fifteen days later (COPY_WINDOW_DAYS)',
      item(member(NO_RAISE)), item(member(NO_RAISE, { articleId: 'b', date: dayAfter(15) })), undefined],
    ['the same fact reprinted from a linked speaker\'s release (the same entity) is a copy',
      item(member(NO_RAISE, MINISTRY)), item(member(NO_RAISE.replace('في الأسواق', 'بالأسواق'), { ...MINISTRY, articleId: 'b', date: dayAfter(1) })), 'copy'],
    ['does not join a linked speaker\'s reprinted praise (R3)',
      item(member(PRAISE, MINISTRY)), item(member(PRAISE, { ...MINISTRY, articleId: 'b' })), undefined],
    ['does not join a linked speaker\'s reprinted characterisation (R3)',
      item(member(WAR_CRIME, MINISTRY)), item(member(WAR_CRIME, { ...MINISTRY, articleId: 'b' })), undefined],
    ['does not join a characterisation reprinted by an unlinked speaker either (R3 whoever speaks)',
      item(member(WAR_CRIME)), item(member(WAR_CRIME, { articleId: 'b' })), undefined],
    ['a sentence of one speaker read whole and in part in one article is one (piece)',
      item(member(`المصادر أكدت أن ${NO_RAISE}`)), item(member(NO_RAISE)), 'piece'],
    ['joins another outlet\'s copy that adds a date inside the sentence and drops its last clause (a part, in order)',
      item(member('رجال الدفاع المدني باشروا بلاغا عن سقوط مقذوف على منزل في حي سكني ونقل المصاب إلى المستشفى', { articleId: 'b' })),
      item(member('رجال الدفاع المدني باشروا اليوم الجمعة الموافق العاشر من الشهر بلاغا عن سقوط مقذوف على منزل في حي سكني ونقل المصاب إلى المستشفى وإعادة الأوضاع إلى طبيعتها')), 'piece'],
    ['joins a five-word warning quoted inside another outlet\'s longer sentence (PART_MIN_WORDS)',
      item(member('خطر التعرض المباشر لأشعة الشمس', { articleId: 'b' })),
      item(member('خطر التعرض المباشر لأشعة الشمس وفقا لوسائل إعلام محلية')), 'piece'],
    ['does not join a four-word part (R4)',
      item(member('التعرض المباشر لأشعة الشمس', { articleId: 'b' })),
      item(member('خطر التعرض المباشر لأشعة الشمس وفقا لوسائل إعلام محلية')), undefined],
    ['does not join the same words in another order as a part',
      item(member('نقل المصاب إلى المستشفى بعد سقوط مقذوف على منزل في حي سكني', { articleId: 'b' })),
      item(member('سقوط مقذوف على منزل في حي سكني ونقل المصاب إلى المستشفى وإعادة الأوضاع إلى طبيعتها بعد ساعات')), undefined],
    ['does not join a part with a word the whole lacks',
      item(member('رجال الدفاع المدني باشروا بلاغا عن سقوط صاروخ على منزل في حي سكني', { articleId: 'b' })),
      item(member('رجال الدفاع المدني باشروا اليوم الجمعة بلاغا عن سقوط مقذوف على منزل في حي سكني ونقل المصاب إلى المستشفى')), undefined],
    ['does not join a part too short to state anything of its own (R4)',
      item(member(NO_RAISE)), item(member('أسعار الوقود في الأسواق المحلية')), undefined],
    ['does not join a part of another speaker\'s sentence',
      item(member(`المصادر أكدت أن ${NO_RAISE}`)), item(member(NO_RAISE, { speaker: { text: 'المعارضة' }, speakerKey: 'المعارضة' })), undefined],
    ['does not join a copy by two different linked speakers (the anchored rules decide those)',
      item(member(NO_RAISE, { speaker: { text: 'الوزير', entity: 'person:a' }, speakerKey: 'person:a' })),
      item(member(NO_RAISE, { articleId: 'b', speaker: { text: 'الرئيس', entity: 'person:b' }, speakerKey: 'person:b' })), undefined],
    ['does not join a reprinted call naming no one (a general demand, R3)',
      item(member('الدول المانحة إلى بذل المزيد من الجهود لمواجهة الظروف الإنسانية الصعبة', { stance: 'demand' })),
      item(member('الدول المانحة إلى بذل المزيد من الجهود لمواجهة الظروف الإنسانية الصعبة', { stance: 'demand', articleId: 'b' })), undefined],
    ['joins a reprinted demand for a named act, naming no one (a specific call)',
      item(member('المسؤولين العسكريين في العاصمة المساعدة في إعادة النظام لكنها لم تتلق ردا', { stance: 'demand' })),
      item(member('المسؤولين العسكريين في العاصمة المساعدة في اعادة النظام لكنها لم تتلق ردا', { stance: 'demand', articleId: 'b' })), 'copy'],
    ['does not join another sentence of the same speaker sharing half its words',
      item(member(NO_RAISE)), item(member('الحكومة سترفع أسعار الكهرباء في الأسواق المحلية بعد انتهاء العام الحالي', { articleId: 'b' })), undefined],
    ['does not join a headline to a body statement of another speaker',
      item(member('لن نرفع أسعار الوقود في الأسواق المحلية', { speaker: { text: 'سميث' }, speakerKey: 'سميث' }), true),
      item(member(NO_RAISE, { speaker: { text: 'المعارضة' }, speakerKey: 'المعارضة' })), undefined],
    ['does not join two body statements of one article (only a headline and its restatement)',
      item(member(NO_RAISE)), item(member(NO_RAISE)), undefined],
  ])('%s', (_name, a, b, how) => {
    const m = echoOf(a, b);
    expect(m.ok ? m.how : undefined).toBe(how);
  });
});

describe('appealsForMore: the words of a general appeal (frame-words.tsv, role appeal)', () => {
  it.each([
    ['ببذل المزيد من الدعم', 'ar', true],
    ['to do more for the refugees', 'en', true],
    ['المساعدة في إعادة النظام', 'ar', false],
    ['an extraordinary congress to elect a president', 'en', false],
  ] as const)('%s → %s', (text, lang, expected) => expect(appealsForMore(text, lang)).toBe(expected));
});

describe('speakersAgree', () => {
  const sp = (text: string, entity?: string): Member => member('x', { speaker: { text, ...(entity ? { entity } : {}) }, speakerKey: entity ?? text });
  it.each([
    ['a headline surname and the full title agree', sp('كيري'), sp('وزير الخارجية الأمريكي جون كيري'), true],
    ['two different unlinked speakers do not', sp('أبو مالك'), sp('المتحدث باسم الجيش'), false],
    ['two different linked speakers do not, whatever their words', sp('الرئيس', 'person:a'), sp('الرئيس', 'person:b'), false],
    ['an unlinked foreign name with and without its long vowels agrees (its consonant skeleton)', sp('امنستي انترناشونال'), sp('منظمة أمنستي إنترناشيونال'), true],
    ['a Latin name spelled two ways agrees', sp('Jon Smyth'), sp('spokesman John Smith'), true],
    ['a word with another skeleton does not', sp('المتحدث باسم الجيش'), sp('المتحدث باسم الشرطة'), false],
    ['a one-consonant word meets no other by its skeleton', sp('وتش'), sp('شاي'), false],
  ])('%s', (_name, a, b, expected) => expect(speakersAgree(a, b)).toBe(expected));
});

describe('sketchKeys', () => {
  it('gives two copies differing in a clitic a shared key, and at most COPY_SKETCH_KEYS keys', () => {
    const a = item(member(NO_RAISE)), b = item(member(NO_RAISE.replace('في الأسواق', 'بالأسواق')));
    const ka = sketchKeys(a.words), kb = sketchKeys(b.words);
    expect(ka.length).toBeLessThanOrEqual(4);
    expect(ka.some((k) => kb.includes(k))).toBe(true);
  });
});

describe('namesDay: a statement time that dates the statement', () => {
  it.each([['2015-07-19', true], ['2015-07-27/2015-08-02', true], ['2015-05', false], ['2014', false]])('%s → %s', (v, expected) => {
    expect(namesDay(v)).toBe(expected);
  });
});

// An Arabic headline and its lead in one outlet, the lead reprinted by another (after the ar-news pattern).
const REPRINT = [
  ['سميث: لن نرفع أسعار الوقود في الأسواق المحلية خلال العام المقبل\n\nقال المتحدث سميث إن الحكومة لن ترفع أسعار الوقود في الأسواق المحلية خلال العام المقبل رغم ضغوط الموازنة.\n\nوأضاف سميث أن المخزون يكفي ستة أشهر.', '2024-05-01'],
  ['الحكومة تتعهد بتثبيت الأسعار\n\nقال المتحدث سميث إن الحكومة لن ترفع أسعار الوقود في الأسواق المحلية خلال العام المقبل رغم ضغوط الموازنة.', '2024-05-02'],
] as const;

// A linked speaker's release (a state) reprinted by a second outlet: a fact and a praise of its doctors.
const RELEASE = (title: string) => `${title}\n\nوأعلنت كوريا الجنوبية رسميا انتهاء الخطر الفعلي للمرض التنفسي بعد أكثر من شهرين من ظهور أول حالة إصابة.\n\nوأشادت كوريا الجنوبية بجهود الأطباء والممرضين الذين عملوا ليلا ونهارا طوال فترة تفشي المرض.`;
const RELEASES = [[RELEASE('كوريا الجنوبية تعلن انتهاء المرض'), '2024-05-01'], [RELEASE('سيول: انتهى الخطر'), '2024-05-02']] as const;

const NOW = () => new Date('2024-05-03T12:00:00Z');
const shape = (cs: { id: string; members: { statementId: string }[] }[]) =>
  Object.fromEntries(cs.map((c) => [c.id, c.members.map((m) => m.statementId).sort()]));

describe('copies in memory', () => {
  it('joins the headline, its lead and the lead reprinted by another outlet in one claim; the other statement stays out', () => {
    const claims = groupClaims(REPRINT.map(([t, d]) => sourceFromAnalysis(analysisOf(t, d))), { fallbackDate: NOW().toISOString() });
    expect(claims.map((c) => c.members.length)).toEqual([3]);
    expect(claims[0].members.some((m) => m.content.includes('المخزون'))).toBe(false);
  });

  it('joins a linked speaker\'s fact reprinted by another outlet, with the titles restating it; its reprinted praise (cue أشاد, R3) stays out', () => {
    const claims = groupClaims(RELEASES.map(([t, d]) => sourceFromAnalysis(analysisOf(t, d))), { fallbackDate: NOW().toISOString() });
    expect(claims.map((c) => c.members.map((m) => m.content.slice(0, 12)).sort())).toEqual([['انتهاء الخطر', 'انتهاء الخطر', 'انتهاء المرض', 'انتهى الخطر']]);
  });
});

for (const database of TEST_DATABASES) {
describe(`copies in the store (${database.name})`, () => {
  let store: Store;
  storePerTest(database, (s) => { store = s; }, NOW);

  it('gives the claims groupClaims gives in memory, one article at a time', async () => {
    const as = REPRINT.map(([text, date]) => analysisOf(text, date));
    for (const a of as) await placeClaims(store, (await store.saveAnalysis(a)).id, { now: NOW });
    const memory = groupClaims(as.map((a) => sourceFromAnalysis(a)), { fallbackDate: NOW().toISOString() });
    expect(Object.keys(shape(memory))).toHaveLength(1);
    expect(shape(await listClaims(claimsDb(store.db)))).toEqual(shape(memory));
  });

  it('joins a linked speaker\'s reprinted fact as in memory', async () => {
    const as = RELEASES.map(([text, date]) => analysisOf(text, date));
    for (const a of as) await placeClaims(store, (await store.saveAnalysis(a)).id, { now: NOW });
    const memory = groupClaims(as.map((a) => sourceFromAnalysis(a)), { fallbackDate: NOW().toISOString() });
    expect(Object.values(shape(memory)).map((ids) => ids.length)).toEqual([4]);
    expect(shape(await listClaims(claimsDb(store.db)))).toEqual(shape(memory));
  });
});
}
