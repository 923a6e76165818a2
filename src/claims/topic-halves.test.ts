import { describe, expect, it } from 'vitest';
import { continuationOf } from './continuation.js';
import { echoItemOf } from './echo.js';
import { evaluativeKind } from './evaluative.js';
import type { Member } from './types.js';

// Precision on fresh text (session 22): one speaker's two long Arabic sentences that share only the article's topic
// words are two points, not one proposition's halves (continuation.ts `topicOnly`); and greetings sent on a national day
// (`أصدق التهاني`, `أطيب التمنيات`) are gestures, no fact (data/lexicons/claims/evaluative.tsv). Synthetic sentences,
// written for these tests.

const DAY = '2024-05-01T00:00:00.000Z';

describe('continuationOf: long Arabic halves sharing only topic words', () => {
  const member = (statementId: string, content: string, lang: Member['lang']): Member => ({
    statementId, articleId: 'a', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
    speaker: { text: 'وزير الصناعة' }, speakerKey: 'وزير الصناعة', content, entities: ['country:SA'], lang, date: DAY,
  });
  /** An item whose predicate is the given stems (one per word), following the one before it. */
  const item = (m: Member, stems: string[]) => echoItemOf(m, undefined, () => stems.map((w) => [w]), false, { follows: true });
  // Twelve predicate words each, two of them (`صنع`, `مصنع`) the article's topic.
  const PLANTS = ['صنع', 'مصنع', 'ستثمر', 'بلغ', 'بلين', 'شرك', 'سهم', 'سوق', 'طرح', 'عشر', 'ظهر', 'دى'];
  const REFINERIES = ['صنع', 'مصنع', 'ستراتج', 'كمن', 'نشء', 'مصف', 'كرر', 'خام', 'ستخرج', 'نتج', 'قدر', 'رئس'];
  const plants = (lang: Member['lang']) => item(member('a:7', 'الاستثمارات في المصانع بلغت 150 بليون دولار وظهرت عشرات الشركات المطروحة في السوق', lang), PLANTS);
  const refineries = (lang: Member['lang']) => item(member('a:8', 'استراتيجية المملكة تكمن في إنشاء المصافي التي لا تقتصر على تكرير الخام', lang), REFINERIES);

  it('does not join two Arabic sentences of twelve words each that share two', () => {
    expect(continuationOf(plants('ar'), refineries('ar'))).toBeUndefined();
  });

  it('still joins them when they share a fifth of the longer (three of twelve)', () => {
    const more = item(member('a:8', 'استراتيجية المملكة تكمن في إنشاء المصافي والاستثمار فيها', 'ar'), [...REFINERIES.slice(0, 11), 'ستثمر']);
    expect(continuationOf(plants('ar'), more)).toBe(3);
  });

  it('still joins short Arabic halves sharing two words', () => {
    const short = (id: string, stems: string[]) => item(member(id, 'جملة قصيرة', 'ar'), stems);
    expect(continuationOf(short('a:7', PLANTS.slice(0, 6)), short('a:8', REFINERIES.slice(0, 6)))).toBe(2);
  });

  it('leaves English halves as they were (whole-word stems: a long quotation\'s halves share few)', () => {
    expect(continuationOf(plants('en'), refineries('en'))).toBe(2);
  });
});

describe('evaluativeKind: greetings on a national day', () => {
  it.each([
    'الملك بعث بأصدق التهاني إلى رئيس الجمهورية بمناسبة ذكرى الاستقلال',
    'الرئيس يبعث بأطيب التمنيات لحكومة وشعب البلد الشقيق بالتقدم والازدهار',
  ])('reads "%s" as an evaluation', (text) => {
    expect(evaluativeKind(text, 'ar')).toBeDefined();
  });

  it('does not read a report of the cables sent as one', () => {
    expect(evaluativeKind('الملك بعث برقية إلى رئيس الجمهورية بمناسبة ذكرى الاستقلال', 'ar')).toBeUndefined();
  });
});
