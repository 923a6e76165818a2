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

describe('stray quotation marks cost at most their own quotation (Arabic)', () => {
  it('sets aside a closing mark left at the start of a line by a line break', () => {
    const text = 'قال الوزير “إن العمل يسير كما يجب.\n” وأضاف “لا توجد عقبات في المشروع”.';
    expect(quoted(text)).toEqual(['لا توجد عقبات في المشروع']);
  });

  it('keeps an unclosed quotation to its last sentence end when a colon opens the next one', () => {
    const text = 'وتابع: "الخطة تمضي كما رسمت. ونحن نراقبها. وأردف: "العمل مستمر في هذا المجال". وذكر المصدر ذلك.';
    expect(quoted(text)).toEqual(['الخطة تمضي كما رسمت. ونحن نراقبها', 'العمل مستمر في هذا المجال']);
  });

  it('reads marks glued to a colon and spaced from the word as opening (:»» إن)', () => {
    const text = 'وقال المصدر :» إن القصف طال موقعا. وقال المتحدث :»» إن الحركة مسؤولة عن ذلك «.. وانتهى الأمر.';
    expect(quoted(text)).toEqual([' إن القصف طال موقعا', ' إن الحركة مسؤولة عن ذلك ']);
  });

  it('does not read a guillemet opening inside one that opens as an unclosed quotation', () => {
    // Nested guillemets nest (pairQuotes), and the outer opening mark is not set aside as a left-open quotation's.
    const text = 'وقالت: «كان آخر ما قال: «لا تتركوا العمل»، ثم مضى».';
    expect(quoted(text)[0]).toBe('كان آخر ما قال: «لا تتركوا العمل»، ثم مضى');
  });

  it('reads a mark after a sentence end and a space as opening: each sentence of a quotation opened, the last closed', () => {
    const text = 'وقال الوزير “لو أردنا لفعلنا. “لم يعد هناك وقت للانتظار.” وقال النائب “لا تعليق”.';
    expect(quoted(text)).toEqual(['لو أردنا لفعلنا', 'لم يعد هناك وقت للانتظار.', 'لا تعليق']);
  });

  it('sets aside a stray closing mark glued to a word and followed by a full stop, inside a paragraph', () => {
    const text = 'وقال “نعم”، ثم أضاف أن المحادثات انتهت”. وأكد أن “الاتفاق قريب” من التوقيع.';
    expect(quoted(text)).toEqual(['نعم', 'الاتفاق قريب']);
  });

  it('keeps a reversed guillemet that opens after إن (إن» … »)', () => {
    const text = 'ونقلت الوكالة عن مصدر قوله إن» الرئيس أجرى اتصالا هاتفيا». وأضاف أن» اللقاء كان وديا».';
    expect(quoted(text)).toEqual([' الرئيس أجرى اتصالا هاتفيا', ' اللقاء كان وديا']);
  });

  it('leaves well-paired lines as pairQuotes pairs them', () => {
    const text = 'وقال: "نحن هنا". وأضاف: "سنبقى".';
    expect(quoted(text)).toEqual(['نحن هنا', 'سنبقى']);
  });
});

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
