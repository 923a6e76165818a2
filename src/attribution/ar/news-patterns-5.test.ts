import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): patterns of Arabic news prose, fifth batch.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);

describe('Arabic dual verbs take the two speakers before them', () => {
  it('X وY، أعلنا: the pair is the speaker', () => {
    const s = all('رجلا الأعمال سامي نور وكريم خالد، أعلنا دعمهما للخطة الحكومية الجديدة.');
    expect(s[0]).toMatchObject({ speaker: 'رجلا الأعمال سامي نور وكريم خالد', content: 'دعمهما للخطة الحكومية الجديدة' });
  });
  it('وكانت شبكتا «…» و«…» أكدتا أن: two quoted channels', () => {
    const s = all('وكانت شبكتا «النهار» و«الفجر» الإخباريتان أكدتا أن الطائرات أقلعت من القاعدة الشمالية فجرا.');
    expect(s[0]).toMatchObject({ speaker: 'شبكتا «النهار» و«الفجر» الإخباريتان', content: 'الطائرات أقلعت من القاعدة الشمالية فجرا' });
  });
});

describe('Arabic كان + a subject + a verb without قد', () => {
  it('the subject between كانت and the verb speaks, an accusative adverb after the verb does not', () => {
    const s = all('وكانت الحكومة الليبية أكدت تزامنا مع الاجتماع أنها لن تقبل أي تدخل خارجي في شؤونها.');
    expect(s[0]).toMatchObject({ speaker: 'الحكومة الليبية', content: 'لن تقبل أي تدخل خارجي في شؤونها' });
  });
  it('a feminine كانت never brackets the subject of a masculine verb', () => {
    const s = all('وقال المدير إن العمل مستمر. وكانت الشركة قال مديرها إن الأرباح ارتفعت هذا العام.');
    expect(s.map((x) => x.speaker)).not.toContain('الشركة');
  });
});

describe('Arabic participles of plural and feminine subjects', () => {
  it('معتبرين أن reports for the plural speaker before it', () => {
    const s = all('وقال مسؤولون في الحزب إن الخطة فاشلة، معتبرين أنها تضر بالفقراء في البلاد.');
    expect(s[1]).toMatchObject({ speaker: 'مسؤولون في الحزب', rule: 'ar-participle', content: 'تضر بالفقراء في البلاد' });
  });
  it('داعية … إلى is a demand; داعية without إلى (the preacher) is none', () => {
    const s = all('وقالت الوزيرة سلمى خالد إن الحوار ضروري، داعية الأحزاب إلى الجلوس إلى طاولة المفاوضات.');
    expect(s[1]).toMatchObject({ speaker: 'الوزيرة سلمى خالد', stance: 'demand', rule: 'ar-participle', content: 'الجلوس إلى طاولة المفاوضات' });
    const p = all('وقال وزير الأوقاف سامي نور إن المسجد سيفتح غدا، داعية معروف من المدينة سيلقي فيه محاضرة.');
    expect(p.map((x) => x.rule)).not.toContain('ar-participle');
  });
  it('مرجحا + a verbal noun is a forecast by the last speaker', () => {
    const s = all('وقال قائد الشرطة سامي نور إن الهدوء عاد إلى المدينة، مرجحا عودة السكان إلى منازلهم خلال أيام.');
    expect(s[1]).toMatchObject({ speaker: 'قائد الشرطة سامي نور', rule: 'ar-participle', stance: 'assert', content: 'عودة السكان إلى منازلهم خلال أيام' });
  });
});

describe('Arabic رفض with a plain object and no subject', () => {
  it('a refusal to act by a bare verb is no denial of the last speaker', () => {
    const s = all('وقال وزير الخارجية سامي نور إن المفاوضات متعثرة. ورفض الإفراج عن المعتقلين في المنطقة الشرقية.');
    expect(s.map((x) => x.stance)).toEqual(['assert']);
  });
  it('with its subject written, or with a clause, it stays', () => {
    const s = all('ورفض وزير المالية سامي نور الاتهامات الموجهة إليه بالفساد. وقال المدير إن العمل مستمر، ورفض أن تكون الشركة قد خسرت أموالا.');
    expect(s.filter((x) => x.stance === 'deny').map((x) => x.speaker)).toEqual(['وزير المالية سامي نور', 'المدير']);
  });
});

describe('Arabic sources written after what they report', () => {
  it('بنظر X after a clause reports that clause', () => {
    const s = all('والحكومة مسؤولة عن الأزمة بنظر رئيس النقابة سامي نور.');
    expect(s[0]).toMatchObject({ speaker: 'رئيس النقابة سامي نور', rule: 'ar-according-to', content: 'والحكومة مسؤولة عن الأزمة' });
  });
  it('…. X بنظر Y never runs back over a full stop inside a quotation paired across sentences', () => {
    const s = all('وقال الوزير: «نحن مستعدون. والحكومة مسؤولة عن الأزمة بنظر النقابة»، وأضاف أن الحوار مستمر.');
    expect(s.find((x) => x.rule === 'ar-according-to')?.content ?? '').not.toContain('مستعدون');
  });
  it('وفق X before a contrast reports the clause it ends, not the contrast', () => {
    const s = all('وتأجلت الجلسة إلى الشهر المقبل، وبقي المتهم في السجن وفق الدفاع، غير أن القضاة قد يفرجون عنه قريبا.');
    expect(s[0]).toMatchObject({ speaker: 'الدفاع', content: 'وبقي المتهم في السجن' });
  });
});

describe('Arabic وكأن (as if) is not كان', () => {
  it('وكأن X يصر على … makes no statement', () => {
    expect(all('وانتهت الأزمة بسرعة، وكأن التاريخ القديم يصر على تكرار نفسه في المنطقة.')).toEqual([]);
  });
});
