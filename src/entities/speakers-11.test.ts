import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import type { Analysis } from '../model/index.js';

// Constructed sentences (not from any corpus): an English headline cue capitalised like the name before it (01-gazetteer.ts,
// English cues as stop words); a headline's title of several words alone, the minister the body names
// (05-speakers-elsewhere.ts `opensWithTitle`); an Arabic office of a person, not that person (05-speakers-office-of.ts);
// the title السناتور (titles.ar.tsv).
function analysed(title: string, body: string, language: 'ar' | 'en'): Analysis {
  return analyze({ id: 'speakers-11-test', title, paragraphs: body.split('\n'), language, url: 'https://example.org/a', source: 'test', retrievedAt: '2026-12-01T00:00:00Z', removed: [] } as never);
}
const speakers = (title: string, body: string, language: 'ar' | 'en') =>
  analysed(title, body, language).statements.map((s) => `${s.speaker.text} → ${s.speaker.entity ?? '-'}`);

describe('English headlines: a cue written in capitals like the name before it', () => {
  it('ends the name at the cue, so the headline speaker is the person the body names', () => {
    const out = speakers('David Brandt Rejects Claims Of Fraud', 'Finance minister David Brandt said on Tuesday that the audit had found no fraud.', 'en');
    expect(out[0]).toBe('David Brandt → local:david-brandt');
    expect(out[1]).toMatch(/→ local:david-brandt$/u);
  });
});

describe('English headlines: a title of several words alone', () => {
  it('links `Interior Minister` to the one person the body names right after that title, and to no one without', () => {
    const out = speakers('Interior Minister Says Border Will Reopen', 'The country\'s interior minister Oskar Brandt said on Tuesday that the border would reopen next week.', 'en');
    expect(out[0]).toBe('Interior Minister → local:oskar-brandt');
    const none = speakers('Interior Minister Says Border Will Reopen', 'Oskar Brandt, the mayor, said on Tuesday that the border would reopen next week.', 'en');
    expect(none[0]).toBe('Interior Minister → -');
  });
});

describe('Arabic: an office of a person is not that person', () => {
  it('leaves the adviser or ambassador of a president or king unlinked to the president or king', () => {
    expect(speakers('خبر', 'وقال مستشار الرئيس الفلسطيني إن المفاوضات متوقفة منذ شهور.', 'ar')).toEqual(['مستشار الرئيس الفلسطيني → -']);
    expect(speakers('خبر', 'وقال سفير الملك سلمان لدى فرنسا إن الزيارة ناجحة.', 'ar')[0]).not.toMatch(/person:salman|سلمان$/u);
  });
  it('links the adviser named after the office to the adviser', () => {
    expect(speakers('خبر', 'وقال مساعد الرئيس الروسي للشؤون الاقتصادية فلاديمير ساخاروف إن التعاون سيستمر.', 'ar')[0]).toMatch(/→ local:فلاديمير-ساخاروف$/u);
  });
  it('keeps the person the article names right after the whole office', () => {
    const out = speakers('خبر', 'وقال نائب وزير الخارجية الروسي، سيرغي كورولوف، إن الاتفاق ممكن.\nوأضاف نائب وزير الخارجية الروسي أن المحادثات ستستأنف.', 'ar');
    expect(out.map((s) => s.split(' → ')[1])).toEqual(['local:سيرغي-كورولوف', 'local:سيرغي-كورولوف']);
  });
});

describe('Arabic titles: السناتور', () => {
  it('reads السناتور as السيناتور: the senator of the headline is the one the body names', () => {
    const out = analysed('سيناتور أميركي: الاتفاق مع إيران سيئ', 'قال السناتور الجمهوري جيمس هولت إن الاتفاق مع إيران سيئ.', 'ar').statements.map((s) => s.speaker.entity);
    expect(out).toHaveLength(2);
    expect(out[0]).toBeDefined();
    expect(out[1]).toBe(out[0]);
  });
});
