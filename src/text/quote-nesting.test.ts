import { describe, expect, it } from 'vitest';
import { pairQuotes } from './sentences-quotes.js';
import { sidedQuotes } from '../attribution/quote-sides.js';

/** The quoted texts pairQuotes finds in `text`. */
const paired = (text: string): string[] => pairQuotes(text).map((q) => text.slice(q.start, q.end));

/** The quoted texts of `text`, paired as Arabic attribution pairs them (one block per line). */
function quoted(text: string): string[] {
  let at = 0;
  const blocks = text.split('\n').map((line) => ({ start: at, end: (at += line.length + 1) - 1 }));
  const quotes = blocks.flatMap((b) => pairQuotes(text, b.start, b.end));
  return sidedQuotes(text, quotes, blocks).map((q) => text.slice(q.start, q.end));
}

describe('guillemets nest', () => {
  it('keeps a quotation whole around one quoted inside it', () => {
    const text = 'وقالت المتحدثة: «آخر ما قاله الوزير: «لن نتراجع» قبل أن يغادر القاعة». وانتهى اللقاء.';
    expect(paired(text)).toEqual(['آخر ما قاله الوزير: «لن نتراجع» قبل أن يغادر القاعة']);
  });

  it('closes two levels with one run of »»', () => {
    const text = 'وقالت المتحدثة: «آخر ما قاله الوزير: «لن نتراجع»». وانتهى اللقاء.';
    expect(paired(text)).toEqual(['آخر ما قاله الوزير: «لن نتراجع']);
  });

  it('keeps a name in guillemets inside a quotation', () => {
    const text = 'وأكد المصدر أن «مقاتلي «الجبهة» انسحبوا من البلدة» صباح اليوم.';
    expect(paired(text)).toEqual(['مقاتلي «الجبهة» انسحبوا من البلدة']);
  });

  it('ends a quotation left unclosed with the speech quoted in it after a colon', () => {
    const text = 'وقالت الكاتبة: «آخر ما قاله المعلم: «لا تتركوا القرية»، وعن الطبيب قال: «سنعود غدا». ';
    expect(paired(text)).toEqual(['آخر ما قاله المعلم: «لا تتركوا القرية', 'سنعود غدا']);
  });

  it('pairs by order when an unclosed quotation holds a mark that is not after a colon', () => {
    const text = 'وأشار المصدر إلى أن «الفريق مشغول بالموسم، داعيا إلى «حل المشكلة قريبا». ';
    expect(paired(text)).toEqual(['الفريق مشغول بالموسم، داعيا إلى ']);
  });

  it('leaves reversed guillemets to pairing by order', () => {
    const text = 'وقال المصدر »الخطة جاهزة« ثم »سنبدأ غدا«.';
    expect(paired(text)).toEqual(['الخطة جاهزة', 'سنبدأ غدا']);
  });
});

describe('a stray closing mark glued to a word (Arabic)', () => {
  it('does not open a quotation: ” after a word and before a space', () => {
    // Not the block's first mark, which is set aside as one left behind by a line break.
    const text = 'وصف الوزير الخطة بأنها “ناجحة”، وقال يوم الأحد (12 مايو” إن الخطاب “المتشدد” يثبت أن الاتفاق “لن يغير شيئا”. وغادر.';
    expect(quoted(text)).toEqual(['ناجحة', 'المتشدد', 'لن يغير شيئا']);
  });
});
