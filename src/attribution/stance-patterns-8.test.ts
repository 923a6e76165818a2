import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Stance, eighth set: our own sentences. Encroaching on rights, a raid on an institution and naming a dictator charge
// someone (en stance-markers.tsv); involvement put first charges the involved (ar stance-openers.tsv), and so does naming
// an attack's doer a criminal (ar stance-markers.tsv).
const first = (lang: 'ar' | 'en', sentence: string) => statementsOf(lang, lang === 'ar' ? 'عنوان الخبر' : 'News title', sentence)[0];

describe('a charge named in an assertion accuses', () => {
  it.each([
    ['en: infringes upon', 'en', 'The minister noted that the new treaty infringes upon the fishing rights of the islanders.'],
    ['en: infringe on', 'en', 'The mayor said the plans infringe on the rights of tenants.'],
    ['en: smash and grab', 'en', 'The opposition leader called the budget "a smash and grab on working families".'],
    ['en: political maneuver', 'en', 'The widow called the apology a "political maneuver".'],
    ['en: a ploy', 'en', 'According to the opposition, the early vote is a ploy to weaken the courts.'],
    ['en: a dictator', 'en', 'A student said: "He ruled for thirty years. He was a dictator to the end."'],
    ['en: lied to', 'en', 'The senator said the president lied to the public about the war.'],
    ['en: was a mistake', 'en', 'The union leader said the closure of the plant was a mistake.'],
    ['ar: الإرهابي المجرم', 'ar', 'وقال الوزير إن هذا الاعتداء الإرهابي المجرم أوقع عشرات الضحايا في السوق.'],
    ['ar: مجرم حقير', 'ar', 'وأضاف المفتي أن ما جرى في السوق فعل مجرم حقير لا يمثل أهل المدينة.'],
    ['ar: تورط … في (at the start)', 'ar', 'وأكد التقرير تورط الميليشيات في قصف الأحياء السكنية خلال الشهر الماضي.'],
  ] as const)('%s', (_name, lang, sentence) => {
    expect(first(lang, sentence)).toMatchObject({ stance: 'accuse' });
  });
  it('leaves a report of no involvement at the start a plain assertion (only تورط opening the content)', () => {
    expect(first('ar', 'وأكد التقرير أن الحكومة لم تحقق بعد في الحادث.')).toMatchObject({ stance: 'assert' });
  });
});

describe('other English stance words in an assertion', () => {
  it.each([
    ['to retaliate: warn', 'The general vowed to retaliate against any attack on the border posts.', 'warn'],
    ['skepticism: doubt', 'The economist expressed skepticism about the promised savings.', 'doubt'],
    ['too early to say: doubt', 'The doctor said it was too early to say whether the treatment worked.', 'doubt'],
    ['questionable: doubt', 'The auditor said the figures in the report were questionable.', 'doubt'],
  ] as const)('%s', (_name, sentence, stance) => {
    expect(first('en', sentence)).toMatchObject({ stance });
  });
});
