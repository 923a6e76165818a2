import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Verbs that report nothing: the writer telling the reader (ar/reader-address.ts) and naming someone
// (ar/declined.ts namesSomeone). Our own sentences, none from a gold or corpus article.
const T = 'عنوان الخبر';
const ar = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('Arabic: "remember that" opening a sentence tells the reader', () => {
  it('a bare تذكر before أن is no statement of the last speaker', () => {
    const s = ar('وقال الوزير سامي نور إن الموازنة جاهزة. تذكر أن البلاد تمر بأزمة حادة منذ سنوات.');
    expect(s.map((x) => x.content)).not.toContain('البلاد تمر بأزمة حادة منذ سنوات');
  });

  it.each([
    ['with و it goes on with the speaker', 'وقالت الوزيرة سلمى نور إن الموازنة جاهزة. وتذكر أن البلاد تمر بأزمة حادة منذ سنوات.'],
    ['with a subject it reports', 'وتذكر الوكالة أن البلاد تمر بأزمة حادة منذ سنوات.'],
  ])('%s', (_name, text) => {
    expect(ar(text).map((x) => x.content)).toContain('البلاد تمر بأزمة حادة منذ سنوات');
  });
});

describe('Arabic: naming someone is no statement', () => {
  it.each([
    ['without naming him', 'ونشرت الوكالة تصريح مسؤول رفيع دون أن تذكر اسمه بأن "العلاقات مع الجيران أهم من المال".', 'العلاقات مع الجيران أهم من المال'],
    ['revealing his identity, the subject dropped', 'وقالت الشرطة إن القتيل شاب. وكشفت هويته بعد أيام من الحادث.', 'هويته بعد أيام من الحادث'],
  ])('%s', (_name, text, content) => {
    expect(ar(text).map((s) => s.content)).not.toContain(content);
  });
});
