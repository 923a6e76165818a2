import { describe, expect, it } from 'vitest';
import { frameOf } from './frame.js';
import { groupArticle } from './group.js';
import { isJudgement } from './judgement.js';
import { syntheticSource } from './test-helpers.js';

// Copular judgements of an event (judgement.ts, R3 of the claims gold): the subject names the event, an indefinite
// predicate says what it is. Synthetic sentences.

/** Does the content (the whole text) judge the event phrase `event` at its start? */
const judged = (text: string, lang: 'ar' | 'en', event: string) => isJudgement(text, lang, 0, text.length, text.indexOf(event) + event.length);

describe('isJudgement', () => {
  it.each([
    ['Arabic: a pronoun of separation before an indefinite noun judges the event', 'هذا الهجوم الدموي هو رسالة تحذير للحكومة', 'ar', 'الهجوم', true],
    ['Arabic: with a feminine pronoun', 'الغارات الأخيرة هي جريمة لا تغتفر بحق المدنيين', 'ar', 'الغارات', true],
    ['Arabic: a definite predicate identifies rather than judges (`the deadliest`)', 'هذا الهجوم هو الأعنف منذ سنوات في المدينة', 'ar', 'الهجوم', false],
    ['Arabic: a complementizer after the copula opens a proposition', 'سبب الهجوم هو أن الحراس غادروا مواقعهم', 'ar', 'الهجوم', false],
    ['Arabic: a number after the copula states a count', 'عدد ضحايا الهجوم هو 12 شخصا حتى الآن', 'ar', 'الهجوم', false],
    ['Arabic: a copula far into the sentence belongs to a clause inside it', 'الهجوم وقع فجرا قرب السوق المركزي في المدينة وهو مكان مزدحم', 'ar', 'الهجوم', false],
    ['Arabic: a copula before the event phrase has no event for subject', 'هو عمل جبان ذلك الهجوم على السوق', 'ar', 'الهجوم', false],
    ['English: the event is an act of something', 'the bombing was an act of revenge against the government', 'en', 'bombing', true],
    ['English: a copula without an indefinite predicate states a fact', 'the attack was carried out by two gunmen', 'en', 'attack', false],
  ])('%s', (_name, text, lang, event, expected) => {
    expect(judged(text, lang as 'ar' | 'en', event)).toBe(expected);
  });
});

describe('judgements in frames and groups (frame.ts evaluation)', () => {
  const text = 'وقال وزير الداخلية إن الهجوم على السوق أوقع عشرة قتلى في العاصمة. وكتبت الصحيفة أن الهجوم على السوق هو عمل انتقامي ضد الحكومة.';
  const fact = 'الهجوم على السوق أوقع عشرة قتلى في العاصمة';
  const verdict = 'الهجوم على السوق هو عمل انتقامي ضد الحكومة';
  const src = syntheticSource(text, [{ speaker: 'وزير الداخلية', content: fact }, { speaker: 'الصحيفة', content: verdict }], { 'country:XX': 'العاصمة' }, { everyMention: true });

  it('the judgement is an evaluation; the fact about the same event is not', () => {
    expect(frameOf(src, 0).evaluation).toBe(false);
    expect(frameOf(src, 1).evaluation).toBe(true);
  });

  it('the judgement joins none of the article\'s groups', () => {
    const members = groupArticle(src, '2024-05-01').flatMap((g) => g.members.map((m) => m.content));
    expect(members).not.toContain(verdict);
  });
});

describe('pledges in frames (events.tsv evaluation)', () => {
  it('a future pledge of effort before the event phrase is an evaluation, not the event', () => {
    const content = 'سنبذل كل الجهود ضد المسؤولين عن الهجوم';
    const src = syntheticSource(`وقال الوزير إن ${content}.`, [{ speaker: 'الوزير', content }], {});
    expect(frameOf(src, 0).evaluation).toBe(true);
  });
});
