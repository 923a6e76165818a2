import { describe, expect, it } from 'vitest';
import { findTimes } from './index.js';

/** Wednesday 16 October 2024, the seed article's date. */
const WED = '2024-10-16';

/** [name, text, publishedAt, expected [span text, value][]] */
type Case = [string, string, string | undefined, [string, string][]];

const run = (text: string, publishedAt?: string, lang: 'ar' | 'en' = 'ar') =>
  findTimes({ text, sentences: [{ start: 0, end: text.length, block: 0 }], lang, publishedAt }).map((t) => [t.text, t.value]);

describe('findTimes: Arabic', () => {
  it.each<Case>([
    ['resolves the seed’s last week to the previous Monday–Sunday', 'وفي الأسبوع الماضي، اتهم الرئيس الأوكراني', WED, [['الأسبوع الماضي', '2024-10-07/2024-10-13']]],
    ['resolves يوم الاثنين to the Monday before a Wednesday', 'نفى ممثل كوريا الشمالية يوم الاثنين', WED, [['يوم الاثنين', '2024-10-14']]],
    ['resolves a double-form month without a year to the latest June', 'ووقعت موسكو وبيونغ يانغ معاهدة في حزيران/يونيو لرفع', WED, [['حزيران/يونيو', '2024-06']]],
    ['reads the reversed double form', 'في يونيو/حزيران', WED, [['يونيو/حزيران', '2024-06']]],
    ['reads the parenthesised double form and الماضي after it', 'في أيار (مايو) الماضي', WED, [['أيار (مايو) الماضي', '2024-05']]],
    ['reads day, Levantine two-word month and year', 'قال في 14 تشرين الأول 2024 إن', WED, [['14 تشرين الأول 2024', '2024-10-14']]],
    ['reads Eastern Arabic digits', 'في ١٤ أكتوبر', WED, [['١٤ أكتوبر', '2024-10-14']]],
    ['reads كانون الثاني with a year', 'في كانون الثاني 2023', WED, [['كانون الثاني 2023', '2023-01']]],
    ['does not read كانون alone as a month', 'قانون كانون جديد', WED, []],
    ['reads a Maghreb month', 'في 3 جويلية 2024', WED, [['3 جويلية 2024', '2024-07-03']]],
    ['reads the year suffix م', 'عام 1948م', WED, [['عام 1948م', '1948']]],
    ['reads an ordinal day with من', 'في الثامن من يوليو', WED, [['الثامن من يوليو', '2024-07-08']]],
    ['reads a month of last year', 'منذ يونيو من العام الماضي', WED, [['يونيو من العام الماضي', '2023-06']]],
    ['resolves a month after منذ to the latest, not the one just ahead', 'يعيش هناك منذ تشرين الثاني', '2015-07-15', [['تشرين الثاني', '2014-11']]],
    ['resolves a month after كان to the latest', 'وكان قاوم في أكتوبر الهجوم', '2015-07-15', [['أكتوبر', '2014-10']]],
    ['resolves a month just ahead without a tense word ahead', 'الانتخابات في أكتوبر', '2015-07-15', [['أكتوبر', '2015-10']]],
    ['reads a month of last year after a parenthesised double form', 'ففي تشرين الأول (أكتوبر) من العام الماضي أبدى', '2015-07-21', [['تشرين الأول (أكتوبر) من العام الماضي', '2014-10']]],
    ['reads a day of the current month', 'في 18 من الشهر الحالي', WED, [['18 من الشهر الحالي', '2024-10-18']]],
    ['does not read آب alone as August', 'قال آب العائلة إن ابنه', WED, []],
    ['reads آب after في', 'في آب', WED, [['آب', '2024-08']]],
    ['does not read مارس الرياضة as March', 'مارس الرياضة منذ صغره', WED, []],
    ['does not read a Nissan car as April', 'اشترى سيارة نيسان جديدة', WED, []],
    ['reads نيسان next to a day', 'في 5 نيسان', WED, [['5 نيسان', '2024-04-05']]],
    ['reads الإثنين الماضي as the Monday before', 'التقى الإثنين الماضي', WED, [['الإثنين الماضي', '2024-10-14']]],
    ['reads the weekday of the publication date as that day', 'قال الأربعاء', WED, [['الأربعاء', '2024-10-16']]],
    ['resolves a year-less date a few weeks ahead to this year', 'قبل المهلة المحددة في 20 أغسطس', '2015-08-09', [['20 أغسطس', '2015-08-20']]],
    ['resolves a Hijri date a few weeks ahead to this Hijri year', 'الموافق 8 ذو القعدة', '2015-08-04', [['8 ذو القعدة', '2015-08-23']]],
    ['resolves a year-less date a few weeks back to this year', 'في 18 يوليو', '2015-08-09', [['18 يوليو', '2015-07-18']]],
    ['reads الأربعاء الماضي on a Wednesday as a week before', 'قال الأربعاء الماضي', WED, [['الأربعاء الماضي', '2024-10-09']]],
    ['reads الخميس المقبل forward', 'يصل الخميس المقبل', WED, [['الخميس المقبل', '2024-10-17']]],
    ['reads a weekday forward after a future verb', 'سيزور الرئيس القاهرة الثلاثاء', WED, [['الثلاثاء', '2024-10-22']]],
    ['keeps part of the day in the span', 'وقع الانفجار مساء يوم الأحد', WED, [['مساء يوم الأحد', '2024-10-13']]],
    ['does not read بين الاثنين as Monday', 'الفرق بين الاثنين كبير', WED, []],
    ['reads اليوم, أمس, أول أمس and غداً', 'اليوم وأمس وأول أمس وغداً', WED, [['اليوم', '2024-10-16'], ['أمس', '2024-10-15'], ['أول أمس', '2024-10-14'], ['غداً', '2024-10-17']]],
    ['merges اليوم with its weekday in parentheses', 'اليوم (الأربعاء)', WED, [['اليوم (الأربعاء)', '2024-10-16']]],
    ['does not read اليوم التالي as today', 'وفي اليوم التالي', WED, []],
    ['reads the month, year and week relatives', 'الشهر الماضي والعام الماضي والأسبوع المقبل وهذا الأسبوع والعام الجاري', WED, [
      ['الشهر الماضي', '2024-09'], ['العام الماضي', '2023'], ['الأسبوع المقبل', '2024-10-21/2024-10-27'], ['هذا الأسبوع', '2024-10-14/2024-10-20'], ['العام الجاري', '2024'],
    ]],
    ['reads المنصرم and الفائت as past', 'الأسبوع المنصرم والشهر الفائت', WED, [['الأسبوع المنصرم', '2024-10-07/2024-10-13'], ['الشهر الفائت', '2024-09']]],
    ['reads parts of a month as thirds', 'مطلع حزيران ومنتصف آب وأواخر الشهر الماضي', WED, [
      ['مطلع حزيران', '2024-06-01/2024-06-10'], ['منتصف آب', '2024-08-11/2024-08-20'], ['أواخر الشهر الماضي', '2024-09-21/2024-09-30'],
    ]],
    ['counts days and weeks back', 'قبل ثلاثة أيام وقبل يومين وقبل أسبوعين ومنذ 20 عاما', WED, [
      ['قبل ثلاثة أيام', '2024-10-13'], ['قبل يومين', '2024-10-14'], ['قبل أسبوعين', '2024-10-02'], ['منذ 20 عاما', '2004'],
    ]],
    ['does not count back from an event', 'قبل عام من الانتخابات', WED, []],
    ['reads a Hijri date with its year', 'في 13 ذو الحجة 1445 هـ', WED, [['13 ذو الحجة 1445 هـ', '2024-06-19']]],
    ['reads رمضان after شهر as the latest Ramadan', 'خلال شهر رمضان', WED, [['شهر رمضان', '2024-03-11/2024-04-09']]],
    ['does not read رجب in a name as a month', 'قال رجب طيب أردوغان', WED, []],
    ['reads a later-this-year phrase as this year', 'في وقت لاحق هذا العام', WED, [['في وقت لاحق هذا العام', '2024']]],
  ])('%s', (_name, text, pub, expected) => {
    expect(run(text, pub)).toEqual(expected);
  });

  it('looks for a future verb only inside the sentence', () => {
    const text = 'سيزور الرئيس القاهرة. وصل الوزير الثلاثاء';
    const sentences = [{ start: 0, end: 21, block: 0 }, { start: 22, end: text.length, block: 0 }];
    expect(findTimes({ text, sentences, lang: 'ar', publishedAt: WED })[0].value).toBe('2024-10-15');
  });

  it('marks في وقت لاحق underspecified, with the previous time’s value', () => {
    const [, later] = findTimes({ text: 'اجتمعوا يوم الاثنين. وفي وقت لاحق، قال', sentences: [], lang: 'ar', publishedAt: WED });
    expect(later).toMatchObject({ text: 'في وقت لاحق', value: '2024-10-14', underspecified: true });
  });

  it('marks مؤخرا underspecified, as the 30 days before publication', () => {
    expect(findTimes({ text: 'زار مؤخرا', sentences: [], lang: 'ar', publishedAt: WED })[0]).toMatchObject({ value: '2024-09-16/2024-10-16', underspecified: true });
  });

  it('anchors relative times on the text’s first full date without a publication date, underspecified', () => {
    const times = findTimes({ text: 'القاهرة 14 أكتوبر 2024: قال الوزير أمس', sentences: [], lang: 'ar' });
    expect(times.map((t) => [t.text, t.value, t.underspecified])).toEqual([['14 أكتوبر 2024', '2024-10-14', undefined], ['أمس', '2024-10-13', true]]);
  });

  it('drops relative times with nothing to anchor them, keeps absolute ones', () => {
    expect(run('قال أمس إن اتفاق 2015م صامد', undefined)).toEqual([['2015م', '2015']]);
  });

  it('gives offsets into the text and the rule that matched', () => {
    const text = 'وفي الأسبوع الماضي';
    const [t] = findTimes({ text, sentences: [], lang: 'ar', publishedAt: WED });
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(t.rule).toBe('ar-past-week');
  });
});
