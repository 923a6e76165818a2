import { describe, expect, it } from 'vitest';
import { matchBoilerplate } from './boilerplate.js';
import { extractText } from './index.js';

const P1 = 'The harbour council on Wednesday rejected a plan for a new ferry route to the islands, with councillors voting seven to two against it.';
const P2 = 'The company behind the plan said it was disappointed and would study the decision before saying what it would do next.';
const doc = (...lines: string[]) => ['Harbour council rejects ferry plan', P1, P2, ...lines].join('\n');

describe('matchBoilerplate', () => {
  const cases: [string, string, 'edge' | 'whole', object | undefined][] = [
    ['matches the Arabic share line at an edge', 'يمكنك مشاركة هذه القصة على وسائل التواصل الاجتماعي:', 'edge', { reason: 'share' }],
    ['records the site of "اكتشاف المزيد من"', 'اكتشاف المزيد من موقع تجاربنا', 'edge', { reason: 'discover-more', site: 'موقع تجاربنا' }],
    ['records the site of "Discover more from", in display case', 'Discover more from The Daily Example', 'edge', { reason: 'discover-more', site: 'The Daily Example' }],
    ['records the site of "Subscribe to X"', 'Subscribe to Tajarubna', 'edge', { reason: 'subscribe', site: 'Tajarubna' }],
    ['matches a social button with "(opens in new window)"', 'Facebook (Opens in new window)', 'edge', { reason: 'share' }],
    ['matches a one-word line wholly', 'Advertisement', 'whole', { reason: 'advertising' }],
    ['matches a byline and records the name', 'By Maya Lind', 'edge', { reason: 'byline', byline: 'Maya Lind' }],
    ['matches an Arabic byline', 'بقلم: أحمد محمود', 'edge', { reason: 'byline', byline: 'أحمد محمود' }],
    ['matches a cookie notice', 'نستخدم ملفات تعريف الارتباط لتحسين تجربتك', 'edge', { reason: 'cookie' }],
    ['does not take "By Tuesday the river had risen" as a byline', 'By Tuesday the river had risen', 'edge', undefined],
    ['does not match a phrase inside a longer line in the middle', 'Share this story with your friends', 'whole', undefined],
    ['does not match a one-word phrase as a prefix', 'Facebook said on Monday it would remove the posts', 'edge', undefined],
    ['does not match "share on" inside a longer word', 'Share onions with the neighbours', 'edge', undefined],
    ['does not match a long paragraph that mentions subscribing', 'Readers who subscribe to the newsletter will receive a weekly digest of the council decisions, the editor said on Monday.', 'edge', undefined],
  ];
  it.each(cases)('%s', (_n, line, mode, expected) => {
    const hit = matchBoilerplate(line, mode);
    if (expected === undefined) expect(hit).toBeUndefined();
    else expect(hit).toMatchObject(expected);
  });
});

it('does not take "Subscribe to get the latest posts" as a site', () => {
  const hit = matchBoilerplate('Subscribe to get the latest posts sent to your email.', 'edge');
  expect(hit?.reason).toBe('subscribe');
  expect(hit?.site).toBeUndefined();
});

describe('extractText: the plain-text path', () => {
  it('reads the corpus format: title, blank line, paragraphs separated by blank lines', () => {
    const got = extractText(`Harbour council rejects ferry plan\n\n${P1}\n\n${P2}\n`);
    expect(got).toMatchObject({ title: 'Harbour council rejects ferry plan', paragraphs: [P1, P2], removed: [] });
    expect(got.dek).toBeUndefined();
  });
  it('takes a first-line dateline as publishedAt and lists it as removed', () => {
    const got = extractText(`Harbour council rejects ferry plan\n\nMonday, January 14, 2019\n\n${P1}\n\n${P2}`);
    expect(got.publishedAt).toBe('2019-01-14');
    expect(got.removed).toEqual([{ text: 'Monday, January 14, 2019', reason: 'dateline' }]);
    expect(got.paragraphs).toEqual([P1, P2]);
  });
  it('takes a byline under the title', () => {
    const got = extractText(`Harbour council rejects ferry plan\nBy Maya Lind\n${P1}\n${P2}`);
    expect(got.byline).toBe('Maya Lind');
    expect(got.paragraphs).toEqual([P1, P2]);
  });
  it('removes an English WordPress footer and records the site', () => {
    const got = extractText(doc('Share this:', 'Facebook', 'X', 'Like this:', 'Like Loading...', 'Discover more from Valley Notes', 'Subscribe to get the latest posts sent to your email.'));
    expect(got.paragraphs).toEqual([P1, P2]);
    expect(got.removed.map((r) => r.reason)).toEqual(['share', 'share', 'share', 'share', 'share', 'discover-more', 'subscribe']);
    expect(got.site).toBe('Valley Notes');
  });
  it('removes the titles listed under "Related"', () => {
    const got = extractText(doc('Related', 'Ferry operator cuts winter timetable', 'Islanders petition for a new bridge'));
    expect(got.paragraphs).toEqual([P1, P2]);
    expect(got.removed).toEqual([
      { text: 'Related', reason: 'related' },
      { text: 'Ferry operator cuts winter timetable', reason: 'related' },
      { text: 'Islanders petition for a new bridge', reason: 'related' },
    ]);
  });
  it('removes a cookie notice above the title', () => {
    const got = extractText(`We use cookies to improve your experience.\n${doc()}`);
    expect(got.title).toBe('Harbour council rejects ferry plan');
    expect(got.removed).toEqual([{ text: 'We use cookies to improve your experience.', reason: 'cookie' }]);
  });
  it('removes a line in the middle only when it is wholly boilerplate', () => {
    const got = extractText(['Harbour council rejects ferry plan', P1, 'Advertisement', P2, 'Share this story with friends, the mayor urged residents.', P1].join('\n'));
    expect(got.removed).toEqual([{ text: 'Advertisement', reason: 'advertising' }]);
    expect(got.paragraphs).toHaveLength(4);
  });
  it('keeps a last paragraph that merely mentions subscribing', () => {
    const last = 'Readers can subscribe to the council newsletter for updates, the mayor said.';
    expect(extractText(doc(last)).paragraphs.at(-1)).toBe(last);
  });
  it('keeps a short last line that is not under a footer line', () => {
    const last = 'The vote is final';
    expect(extractText(doc(last)).paragraphs.at(-1)).toBe(last);
  });
  it('keeps a last paragraph that starts with a social network name', () => {
    const last = 'Facebook said on Monday it would remove the posts';
    expect(extractText(doc(last)).paragraphs.at(-1)).toBe(last);
  });
  it('returns no paragraphs for a title alone', () => {
    expect(extractText('Just a title\n')).toMatchObject({ title: 'Just a title', paragraphs: [] });
  });
});
