import { describe, expect, it } from 'vitest';
import { conceptOf, findConcepts, parseEventLexicon, EventLexiconError } from './lexicon.js';

describe('event lexicon', () => {
  it.each([
    ['matches a listed Arabic phrase', 'رفضت الاتهامات بأنها أرسلت قوات إلى روسيا', 'troop-deployment', 'أرسلت قوات'],
    ['matches through proclitics (و, ب, ال)', 'وبنشر القوات الكورية', 'troop-deployment', 'نشر قوات'],
    ['matches a phrase with a gap of a few words', 'تحرك بيونغ يانغ المزعوم لقوات إلى منطقة الصراع', 'troop-deployment', 'تحرك … لقوات'],
    ['prefers the longest phrase (troops and weapons over weapons)', 'بإرسال أسلحة وأفراد عسكريين إلى روسيا', 'troop-deployment', 'إرسال أسلحة وأفراد عسكريين'],
    ['matches English', 'North Korea had sent troops to Russia', 'troop-deployment', 'sent troops'],
    ['matches an English gap', 'Pyongyang sent thousands of troops', 'troop-deployment', 'sent … troops'],
    ['names a weapons transfer', 'إن ما يسمى بعمليات نقل الأسلحة بين الدول', 'weapons-transfer', 'نقل الأسلحة'],
    ['names a ratification', 'البرلمان التصديق على الوثيقة التاريخية', 'ratification', 'التصديق'],
  ])('%s', (_name, text, concept, phrase) => {
    expect(conceptOf(text)).toMatchObject({ concept, phrase });
  });

  it.each([
    ['relations in all areas name no event', 'موسكو وبيونغ يانغ نعمل على تطوير العلاقات في كافة المجالات'],
    ['a gap longer than allowed does not match', 'تحرك واحد اثنان ثلاثة أربعة خمسة ستة لقوات'],
    ['"these allegations" is a reference, not an event', 'هذه المزاعم'],
  ])('%s', (_name, text) => {
    expect(conceptOf(text)).toBeUndefined();
  });

  it('finds a claim reference as its own pseudo-concept', () => {
    expect(new Set(findConcepts('هذه المزاعم').map((m) => m.concept))).toEqual(new Set(['claim-reference']));
  });

  it.each([
    ['a wrong header', 'id\tlang\tphrase\n', 'header'],
    ['an unknown language', 'concept\tlang\tphrase\nattack\tfr\tattaque\n', 'lang "fr"'],
    ['a phrase starting with a gap', 'concept\tlang\tphrase\nattack\ten\t… attack\n', 'cannot start'],
    ['a bad concept id', 'concept\tlang\tphrase\nAttack\ten\tattack\n', 'kebab-case'],
  ])('rejects %s with file and line', (_name, tsv, problem) => {
    expect(() => parseEventLexicon(tsv, 'events.tsv')).toThrow(EventLexiconError);
    expect(() => parseEventLexicon(tsv, 'events.tsv')).toThrow(problem);
  });
});
