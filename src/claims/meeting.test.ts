import { describe, expect, it } from 'vitest';
import { groupArticle } from './group.js';
import { aboutMeeting } from './meeting.js';
import { syntheticSource } from './test-helpers.js';

// What a meeting discussed (meeting.ts, group.ts 2b). Invented sentences about an invented meeting in Oslo.

describe('aboutMeeting: a content opening on what a meeting discussed', () => {
  it('reads a meeting with its verb of discussing, and a first-person verb of discussing', () => {
    expect(aboutMeeting('اجتماع أوسلو ناقش تطوير شبكات الكهرباء المشتركة', 'ar')).toBe(true);
    expect(aboutMeeting('إن الاجتماع المشترك تطرق إلى أسعار الغاز', 'ar')).toBe(true);
    expect(aboutMeeting('الجانبان بحثا تعزيز التبادل التجاري', 'ar')).toBe(true);
    expect(aboutMeeting('لقد ناقشنا خطط النقل البحري', 'ar')).toBe(true);
    expect(aboutMeeting('تم بحث خطط النقل البحري', 'ar')).toBe(true);
    expect(aboutMeeting('The meeting discussed fishing quotas', 'en')).toBe(true);
    expect(aboutMeeting('we discussed fishing quotas', 'en')).toBe(true);
  });

  it('leaves out a discussion added at the end of another point, and a meeting with no verb of discussing', () => {
    expect(aboutMeeting('أسعار الغاز ستنخفض في الشتاء المقبل، كما تم بحث خطط النقل', 'ar')).toBe(false);
    expect(aboutMeeting('الاجتماع سيعقد في أوسلو الأسبوع المقبل', 'ar')).toBe(false);
    expect(aboutMeeting('we will meet again in Oslo', 'en')).toBe(false);
    expect(aboutMeeting('اتفقنا على خطط النقل البحري', 'ar')).toBe(false);
  });
});

describe('group.ts 2b: the statements of one article telling a meeting\'s agenda form one group', () => {
  const a = 'اجتماع أوسلو ناقش تطوير شبكات الكهرباء المشتركة';
  const b = 'لقد ناقشنا خطط النقل البحري بين البلدين';
  const c = 'أسعار الغاز ستنخفض في الشتاء المقبل';

  it('groups two speakers\' accounts of what the meeting discussed, and leaves another point out', () => {
    const src = syntheticSource(`وقال الوزير النرويجي إن ${a}. وقال نظيره السويدي إن ${b}. وقال الخبير إن ${c}.`,
      [{ speaker: 'الوزير النرويجي', content: a }, { speaker: 'نظيره السويدي', content: b }, { speaker: 'الخبير', content: c }], {});
    const groups = groupArticle(src, '2024-05-01');
    expect(groups.map((g) => g.members.map((m) => m.content))).toEqual([[a, b]]);
    expect(groups[0].concept).toBe('meeting-agenda');
  });

  it('makes no group of one account alone', () => {
    const src = syntheticSource(`وقال الوزير النرويجي إن ${a}. وقال الخبير إن ${c}.`,
      [{ speaker: 'الوزير النرويجي', content: a }, { speaker: 'الخبير', content: c }], {});
    expect(groupArticle(src, '2024-05-01')).toEqual([]);
  });
});
