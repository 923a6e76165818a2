import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements-of.js';

// Constructed sentences: a reported clause that gives most of its words inside quotation marks is direct speech.
describe('direct speech', () => {
  it.each([
    ['ar', 'وقال الوزير سامي نور إن المستوطنين «ارتكبوا جرائم بحق السكان في القرية».', true],
    ['ar', 'وقال الوزير سامي نور إن المستوطنين ارتكبوا جرائم بحق السكان في «القرية».', false],
    ['ar', 'وقال الوزير سامي نور إن المستوطنين ارتكبوا جرائم بحق السكان في القرية.', false],
    ['en', 'The minister said the plan had "failed the families it was meant to help".', true],
    ['en', 'The minister said the plan had failed the families it was meant to "help".', false],
  ] as const)('%s: %s → direct %s', (lang, sentence, direct) => {
    const [s] = statementsOf(lang, lang === 'ar' ? 'عنوان الخبر' : 'A headline about nothing', sentence);
    expect(s).toBeDefined();
    expect(s.direct).toBe(direct);
  });

  it('a quotation given whole stays direct', () => {
    expect(statementsOf('ar', 'عنوان الخبر', 'وقال المتحدث باسم الجيش سامي نور: «لن نتراجع عن مواقعنا».')[0]).toMatchObject({ direct: true, content: 'لن نتراجع عن مواقعنا' });
  });
});
