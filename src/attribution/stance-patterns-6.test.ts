import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Stance read from the content (stance.ts, stance-split.ts and the ar/en stance lexicons), sixth set: our own sentences,
// none from a gold or corpus article. Each rule's case fails with the rule off; a neighbour shows what the rule leaves alone.
const statementsBy = (lang: 'ar' | 'en', sentence: string, speaker: string) =>
  statementsOf(lang, lang === 'ar' ? 'عنوان الخبر' : 'News title', sentence).filter((s) => s.speaker === speaker);
const MINISTER = 'الوزير سامي نور';
const MAYOR = 'Mayor Jane Doe';

describe('a short lead naming no stance, then one closing sentence that does: the whole takes the closing stance', () => {
  it.each([
    ['ar: a preference, then a threat', 'ar', 'وقال الوزير سامي نور: «نحن نفضل الحوار مع الجيران، ولكن بشروط واضحة وعادلة للجميع. فإذا رفضوا، سيدفعون الثمن».', MINISTER, 'warn'],
    ['en: a story, then a denial', 'en', 'Mayor Jane Doe said: "I left the hall at ten and the count was almost over. Everyone saw it. The report is fake."', MAYOR, 'deny'],
  ] as const)('%s', (_name, lang, sentence, speaker, stance) => {
    const found = statementsBy(lang, sentence, speaker);
    expect(found.map((s) => s.stance)).toEqual([stance]);
  });

  it('a turn followed by more sentences is still weighed by its words', () => {
    // The denial is not the closing sentence: the lead's words outweigh it, and the quotation stays one assertion.
    const found = statementsBy('en', 'Mayor Jane Doe said: "I left the hall at ten and the count was almost over. The report is fake. We will meet the council on Monday."', MAYOR);
    expect(found.map((s) => s.stance)).toEqual(['assert']);
  });
});

describe('English stance: a fraud or a stolen vote charged accuses; pressure denied denies; no trace doubts', () => {
  it.each([
    ['voter fraud charged', 'Mayor Jane Doe claimed that the count was marred by widespread voter fraud in two districts.', 'accuse'],
    ['a stolen election', 'Mayor Jane Doe said the council election was stolen from her party.', 'accuse'],
    ['pressure denied', 'Mayor Jane Doe said: "I didn\'t put any pressure on the judges at all."', 'deny'],
    ['no trace found', 'Mayor Jane Doe said the police had found no trace of the missing boat.', 'doubt'],
    ['a claim called unconfirmed', 'Mayor Jane Doe said the report of a second fire was still unconfirmed.', 'doubt'],
    ['a stolen car is no charge', 'Mayor Jane Doe said her car was stolen from the garage last week.', 'assert'],
    ['a fraud hotline is no charge', 'Mayor Jane Doe said the city will set up a fraud hotline next year.', 'assert'],
  ])('%s', (_name, sentence, stance) => {
    expect(statementsBy('en', sentence, MAYOR).map((s) => s.stance)).toEqual([stance]);
  });
});

describe('Arabic stance: claims called ادعاءات or said to be contrary to the facts are denied', () => {
  it.each([
    ['these claims', 'وقال الوزير سامي نور إن هذه الادعاءات لا يصدقها أحد في المدينة.', 'deny'],
    ['contrary to the facts', 'وقال الوزير سامي نور إن ما نشرته الصحيفة عن المشروع ينافي الواقع.', 'deny'],
    ['an inquiry into claims takes them up', 'وقال الوزير سامي نور إن الوزارة بدأت التحقيق في ادعاءات المزارعين.', 'assert'],
  ])('%s', (_name, sentence, stance) => {
    expect(statementsBy('ar', sentence, MINISTER).map((s) => s.stance)).toEqual([stance]);
  });
});

describe('Arabic stance: words called irresponsible accuse; a backlash foretold warns', () => {
  it.each([
    ['irresponsible remarks', 'وقال الوزير سامي نور إن تصريحات رئيس البلدية غير مسؤولة وتضر بالمدينة.', 'accuse'],
    ['a backlash foretold', 'وقال الوزير سامي نور إن هذا القرار ستكون له نتائج عكسية على السوق.', 'warn'],
    ['an official named is no charge', 'وقال الوزير سامي نور إن مسؤولا في البلدية زار السوق أمس.', 'assert'],
  ])('%s', (_name, sentence, stance) => {
    expect(statementsBy('ar', sentence, MINISTER).map((s) => s.stance)).toEqual([stance]);
  });
});
