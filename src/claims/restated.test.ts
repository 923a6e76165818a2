import { describe, expect, it } from 'vitest';
import { claimsDb, listClaims } from '../store/claims.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { echoItemOf, echoOf, groupedItemsOf, echoItemsOf } from './echo.js';
import { continuationOf } from './continuation.js';
import { framesOf, groupArticle } from './group.js';
import { groupClaims, placeClaims, sourceFromAnalysis } from './index.js';
import { evaluativeKind } from './evaluative.js';
import { clusterOf, parsePredicateSynonyms, predicateStems } from './stems.js';
import { analysisOf } from './test-helpers.js';
import type { Member } from './types.js';

// One proposition restated in other words (synthetic sentences): synonym predicates (predicate-synonyms.tsv), another
// outlet's restatement of a statement a concept group took, and two halves of one speaker's proposition.

const DAY = '2024-05-01T00:00:00.000Z';
const NOW = '2024-05-03T12:00:00.000Z';

function member(content: string, entities: string[], over: Partial<Member> = {}): Member {
  return {
    statementId: `${over.articleId ?? 'a'}:${content.length}`, articleId: 'a', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
    speaker: { text: 'المنظمة', entity: 'org:un' }, speakerKey: 'org:un', content, entities, lang: 'ar', date: DAY, ...over,
  };
}

describe('predicate synonyms (stems.ts clusterOf)', () => {
  it('gives words of one news predicate one cluster key, through clitics and pronoun endings', () => {
    expect(clusterOf('بالقصف')).toBe('~shell');
    expect(clusterOf('قذائف')).toBe('~shell');
    expect(clusterOf('معركتنا')).toBe('~fight');
    expect(clusterOf('وفاة')).toBe('~kill');
    expect(clusterOf('killed')).toBe('~kill');
    expect(clusterOf('المدينة')).toBeUndefined();
  });

  it('keeps a word whose stem is too short to count when it is in a cluster (وفاة), beside its stems', () => {
    const text = 'أعلنت الوزارة وفاة ثلاثة مرضى';
    const stems = predicateStems({ text, lang: 'ar', entities: [] }, 0, text.length);
    expect(stems).toContainEqual(['~kill']);
  });

  it('rejects a malformed row with its line', () => {
    expect(() => parsePredicateSynonyms('kill\tقتل\n', 'x.tsv')).toThrow(/x\.tsv:1/);
    expect(() => parsePredicateSynonyms('# c\nKill\tar\tقتل\n', 'x.tsv')).toThrow(/x\.tsv:2.*kebab/);
    expect(() => parsePredicateSynonyms('kill\tar\tلقي حتفه\n', 'x.tsv')).toThrow(/one word/);
    expect(() => parsePredicateSynonyms('kill\tar\tقتل\nshell\tar\tقتل\n', 'x.tsv')).toThrow(/cluster kill/);
  });
});

describe('echoOf: a paraphrase with a synonym predicate', () => {
  // Predicate words: قصف سكن مدن عنف ذعر / سقط قذف طلق سكن مدن — two shared (0.4) but for قصف ~ قذائف.
  const SHELLED = member('قصفت القوات الحكومية الأحياء السكنية شرق المدينة بعنف مما أثار الذعر', ['country:YE']);
  const FIRED = member('سقطت قذائف أطلقتها القوات الحكومية على أحياء سكنية في شرق المدينة', ['country:YE'], { articleId: 'b' });
  const RAINED = member('سقطت أمطار غزيرة على أحياء سكنية في شرق المدينة', ['country:YE'], { articleId: 'b' });

  it('joins shelling restated as shells falling, with the same country and speaker', () => {
    expect(echoOf(echoItemOf(SHELLED), echoItemOf(FIRED))).toMatchObject({ ok: true, how: 'paraphrase', score: 0.6 });
  });

  it('does not join another predicate about the same places', () => {
    expect(echoOf(echoItemOf(SHELLED), echoItemOf(RAINED)).ok).toBe(false);
  });
});

describe('evaluations and statements a concept group took (copy.ts grouped)', () => {
  const TRIAL = 'على قادة الكتيبة أن يمثلوا أمام المحكمة بتهمة جرائم حرب ارتكبت في القرى الجبلية الشتاء الماضي';
  const CUT = 'يمثلوا أمام المحكمة بتهمة جرائم حرب ارتكبت في القرى الجبلية الشتاء الماضي';

  it('lets a statement with a characterisation copy one a concept group took, never another echo', () => {
    const grouped = echoItemOf(member(TRIAL, ['country:YE'], { rule: 'concept-entities' }));
    const cut = echoItemOf(member(CUT, [], { articleId: 'b', speaker: { text: 'المنظمة' }, speakerKey: 'المنظمه' }), undefined, undefined, false, { evaluates: true });
    expect(echoOf(cut, grouped)).toMatchObject({ ok: true, how: 'copy' });
    const echoed = echoItemOf(member(TRIAL, ['country:YE']));
    expect(echoOf(cut, echoed)).toMatchObject({ ok: false, reason: 'evaluation' });
  });
});

// A statement with an event phrase (قصف: attack) in one outlet; another outlet's reprint without the phrase, reported
// after it: the reprint joins the concept claim rather than wait for a second reprint.
const CONCEPT_FIRST = [
  ['القوات تقصف مدينة عدن\n\nقالت منظمة الأمم المتحدة إن قصف القوات الحكومية لمدينة عدن اليمنية أدى إلى تدمير عشرات المنازل والمدارس في الأحياء الشرقية.', '2024-05-01'],
  ['الأمم المتحدة تحذر\n\nوقالت منظمة الأمم المتحدة إن القوات الحكومية دمرت عشرات المنازل والمدارس في الأحياء الشرقية لمدينة عدن اليمنية.', '2024-05-02'],
] as const;

describe('a statement a concept group took waits in the echo pool (echo.ts groupedItemsOf)', () => {
  it('is made an item for each statement the groups took, in article order', () => {
    const src = sourceFromAnalysis(analysisOf(CONCEPT_FIRST[0][0], CONCEPT_FIRST[0][1]));
    const frames = framesOf(src);
    const groups = groupArticle(src, NOW, undefined, frames);
    const items = groupedItemsOf(src, groups);
    expect(items.map((i) => i.member.statementId)).toEqual(groups.flatMap((g) => g.members.map((m) => m.statementId)).sort());
    expect(echoItemsOf(src, groups, NOW, frames).some((e) => items.some((i) => i.member.statementId === e.member.statementId))).toBe(false);
  });

  it.each([['after', CONCEPT_FIRST], ['before', [...CONCEPT_FIRST].reverse()]])('joins another outlet\'s restatement without the event phrase, placed %s it, to the concept claim', (_, articles) => {
    const claims = groupClaims(articles.map(([t, d]) => sourceFromAnalysis(analysisOf(t, d))), { fallbackDate: NOW });
    expect(claims.map((c) => c.concept)).toEqual(['attack']);
    expect(claims[0].members.map((m) => m.rule).sort()).toEqual(['concept-entities', 'echo']);
  });
});

for (const database of TEST_DATABASES) {
  describe(`a statement a concept group took waits in the store's echo pool (${database.name})`, () => {
    let store: Store;
    storePerTest(database, (s) => { store = s; }, () => new Date(NOW));

    it.each([['after', CONCEPT_FIRST], ['before', [...CONCEPT_FIRST].reverse()]])('joins another outlet\'s restatement placed %s it to the concept claim, as in memory', async (_, articles) => {
      for (const [t, d] of articles) {
        const r = await store.saveAnalysis(analysisOf(t, d));
        await placeClaims(store, r.id, { now: () => new Date(NOW) });
      }
      const claims = await listClaims(claimsDb(store.db));
      expect(claims.map((c) => c.concept)).toEqual(['attack']);
      expect(claims[0].members.map((m) => m.rule).sort()).toEqual(['concept-entities', 'echo']);
      expect(claims[0].lastSeen.slice(0, 10)).toBe('2024-05-02');
    });
  });
}

describe('continuationOf: two halves of one speaker\'s proposition', () => {
  const HALF1 = member('بإعدام الرهينة الكندي الذي خطف الشهر الماضي قرب الحدود', ['country:CA', 'country:EG'], { statementId: 'a:4' });
  const HALF2 = member('سيعدمون الرهينة المخطوف خلال يومين إن لم تفرج السلطات عن رفاقهم', ['country:EG'], { statementId: 'a:5' });
  const stems = (m: Member, w: string) => echoItemOf(m, undefined, () => w.split(' ').map((x) => [x]));

  it('joins consecutive statements of one speaker sharing an entity and two predicate words', () => {
    expect(continuationOf(stems(HALF1, 'عدم رهن خطف شهر حدد'), stems(HALF2, 'خطف عدم يمن فرج سجن'))).toBe(2);
  });

  it('does not join them with one predicate word shared, apart in the article, or by two speakers', () => {
    expect(continuationOf(stems(HALF1, 'عدم رهن شهر حدد'), stems(HALF2, 'خطف عدم يمن فرج سجن'))).toBeUndefined();
    expect(continuationOf(stems(HALF1, 'عدم رهن خطف'), stems({ ...HALF2, statementId: 'a:7' }, 'خطف عدم'))).toBeUndefined();
    const other = { ...HALF2, speaker: { text: 'الوزارة', entity: 'country:EG' }, speakerKey: 'country:EG' };
    // Halves that each add words of their own (two predicate words of five shared): joined for one speaker only.
    expect(continuationOf(stems(HALF1, 'عدم رهن خطف شهر حدد'), stems(other, 'خطف عدم يمن فرج سجن'))).toBeUndefined();
  });
});

describe('speakerSideOf: the country an unlinked speaker speaks for (frame.ts)', () => {
  const TEXT = 'عمان تستضيف المؤتمر\n\nقال وزير الخارجية الأردني سمير الحداد إن بلاده ستستضيف مؤتمرا للمانحين في الربيع.\n\n'
    + 'وقال الحداد إن بلاده تعمل مع الولايات المتحدة على تمويل المؤتمر.';

  it('reads the country named in the speaker text, and gives it to the same local speaker named short later', () => {
    const frames = framesOf(sourceFromAnalysis(analysisOf(TEXT, '2024-05-01')));
    expect(frames.map((f) => f.speakerSide)).toEqual(['country:JO', 'country:JO']);
    expect(frames.every((f) => !f.speakerKey.startsWith('country:'))).toBe(true);
  });
});

describe('copyOf: a short reprint only verbatim (copy.ts, COPY_VERBATIM_MIN_WORDS)', () => {
  const SHORT = 'لن يرفع البنك أسعار الفائدة';
  const source = { speaker: { text: 'المصدر' }, speakerKey: 'المصدر' };
  const at = (content: string, articleId: string, over: Partial<Member> = {}) => echoItemOf(member(content, [], { articleId, ...source, ...over }));

  it('joins the same four words by the same unlinked speaker in another outlet', () => {
    expect(echoOf(at(SHORT, 'a'), at(`${SHORT}.`, 'b'))).toMatchObject({ ok: true, how: 'copy', score: 1 });
  });

  it('does not join them with a word changed, or said by another speaker', () => {
    expect(echoOf(at(SHORT, 'a'), at('لن يرفع البنك أسعار الوقود', 'b')).ok).toBe(false);
    expect(echoOf(at(SHORT, 'a'), at(SHORT, 'b', { speaker: { text: 'المعارضة' }, speakerKey: 'المعارضه' })).ok).toBe(false);
  });

  it('does not join three words verbatim (a phrase, R4)', () => {
    expect(echoOf(at('مساعدات إنسانية عاجلة', 'a'), at('مساعدات إنسانية عاجلة', 'b')).ok).toBe(false);
  });
});

describe('characterisations by likeness (evaluative.tsv: بمثابة, بمنزلة, يشبه)', () => {
  it.each([
    'قرار الحكومة بمثابة إعلان إفلاس سياسي',
    'رفع الأسعار بمنزلة عقاب جماعي للفقراء',
    'المدرب يشبه قائد سفينة بلا بوصلة',
  ])('reads %s as a characterisation (R3)', (text) => {
    expect(evaluativeKind(text, 'ar')).toBe('characterisation');
  });
});

describe('a denial in another outlet (echo.ts deniedBy)', () => {
  const CLAIMED = member('أرسلت إيران شحنات أسلحة وصواريخ إلى الحوثيين في اليمن عبر البحر', ['country:IR', 'country:YE'],
    { speaker: { text: 'واشنطن', entity: 'country:US' }, speakerKey: 'country:US' });
  const denial = (over: Partial<Member>) => member('إرسال شحنات أسلحة وصواريخ إلى الحوثيين في اليمن عبر البحر', ['country:YE'],
    { articleId: 'b', speaker: { text: 'طهران', entity: 'country:IR' }, speakerKey: 'country:IR', ...over });

  it('counts the denier among what its denial is about: the accused answering the claim', () => {
    expect(echoOf(echoItemOf(CLAIMED), echoItemOf(denial({ position: 'against', stance: 'deny' })))).toMatchObject({ ok: true });
  });

  it('does not for the same words asserted by another speaker (one anchor only)', () => {
    expect(echoOf(echoItemOf(CLAIMED), echoItemOf(denial({})))).toMatchObject({ ok: false, reason: 'anchors' });
  });
});

describe('partOf: another outlet quoting part of the same sentence (copy.ts)', () => {
  const WHOLE = 'قال للصحفيين في العاصمة أمس إن الجميع يأمل في اتفاق قريب لكننا نستعد لاحتمال ألا تنجح المفاوضات هذا الشهر';
  const PART = 'الجميع يأمل في اتفاق قريب لكننا نستعد لاحتمال ألا تنجح المفاوضات';
  const by = (content: string, articleId: string, over: Partial<Member> = {}) => echoItemOf(member(content, [], { articleId, speaker: { text: 'الوزير' }, speakerKey: 'الوزير', ...over }));

  it('joins a run of the same words by the same speaker in another outlet', () => {
    expect(echoOf(by(WHOLE, 'a'), by(PART, 'b'))).toMatchObject({ ok: true, how: 'piece' });
  });

  it('does not join the words out of order, by another speaker, or a general call', () => {
    expect(echoOf(by(WHOLE, 'a'), by('لكننا نستعد لاحتمال ألا تنجح المفاوضات الجميع يأمل في اتفاق قريب', 'b')).ok).toBe(false);
    expect(echoOf(by(WHOLE, 'a'), by(PART, 'b', { speaker: { text: 'السفير' }, speakerKey: 'السفير' })).ok).toBe(false);
    // A general call: a demand for more of something, naming no one (general-appeal.ts).
    const CALL = 'الدول المانحة إلى بذل المزيد من الجهود لمواجهة الظروف الإنسانية الصعبة';
    expect(echoOf(by(`قال الوزير أمام المؤتمر إن على ${CALL} هذا العام`, 'a', { stance: 'demand' }), by(CALL, 'b', { stance: 'demand' })).ok).toBe(false);
  });
});
