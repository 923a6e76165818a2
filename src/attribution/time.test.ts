import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import type { Article } from '../model/index.js';

// Our own sentences (none from a gold or corpus article), published on Sunday 2 August 2015.
const PUBLISHED = '2015-08-02';

/** [content start, time text, time value] of each statement of a one-paragraph article. */
function times(language: 'ar' | 'en', paragraph: string): [string, string | undefined, string | undefined][] {
  const article = { id: 't', source: 'test', title: language === 'ar' ? 'عنوان الخبر' : 'A headline', language, paragraphs: [paragraph], text: paragraph,
    publishedAt: PUBLISHED, removed: [], repairs: [], encoding: { name: 'utf-8', from: 'default' }, warnings: [] } as Article;
  return analyze(article).statements.map((s) => [s.content.text.split(/\s+/).slice(0, 3).join(' '), s.time?.text, s.time?.value]);
}

describe('a statement is dated by the saying, not by what was said', () => {
  it.each<[string, 'ar' | 'en', string, [string, string | undefined, string | undefined][]]>([
    ['takes the time of the cue’s clause, not a date inside the content (English)', 'en',
      'The minister said on Thursday that the law passed on 18 January 2014 was void.',
      [['the law passed', 'Thursday', '2015-07-30']]],
    ['takes the time of the cue’s clause, not a date inside the content (Arabic)', 'ar',
      'وقال وزير العدل اليوم الأحد إن التعديلات تنص على تشكيل المجلس بعد العمل بالدستور الصادر في 18 يناير عام 2014.',
      [['التعديلات تنص على', 'اليوم الأحد', '2015-08-02']]],
    ['leaves a statement undated when its only date is inside the reported clause', 'en',
      'The minister said the law was passed on 18 January 2014.',
      [['the law was', undefined, undefined]]],
    ['leaves an Arabic statement undated when هذا الأسبوع is inside its content', 'ar',
      'وقال وزير المالية إن البرلمان قد يصوت على الاتفاق هذا الأسبوع.',
      [['البرلمان قد يصوت', undefined, undefined]]],
    ['does not date a direct quotation by this week inside it', 'en',
      '"We will vote on the deal this week," the minister said.',
      [['We will vote', undefined, undefined]]],
    ['dates a direct quotation by the time after its cue', 'en',
      '"We will vote on the deal this week," the minister said on Friday.',
      [['We will vote', 'Friday', '2015-07-31']]],
    ['does not date an Arabic quotation by هذا الأسبوع inside it', 'ar',
      'وقال وزير المالية: «سنصوت على الاتفاق هذا الأسبوع».',
      [['سنصوت على الاتفاق', undefined, undefined]]],
    ['does not take a date from another statement’s content in the same sentence', 'ar',
      'وقال وزير العدل إن التعديلات تنص على تشكيل المجلس بعد العمل بالدستور الصادر في 18 يناير عام 2014 م، مؤكدًا أنه يحق للأحزاب الترشيح.',
      [['التعديلات تنص على', undefined, undefined], ['يحق للأحزاب الترشيح', undefined, undefined]]],
  ])('%s', (_name, lang, text, expected) => {
    expect(times(lang, text)).toEqual(expected);
  });

  it('gives each of two statements in one sentence the time nearest its own cue', () => {
    expect(times('en', 'Smith said on Monday that taxes would rise, while Jones said on Tuesday that they would fall.').map((t) => t[1]))
      .toEqual(['Monday', 'Tuesday']);
  });
});
