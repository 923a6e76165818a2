import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// A bare إذا with a future or possible consequence warns, as في حال does (warn-conditions.tsv, condition.ts); a
// question or comparison (ما إذا، فيما إذا، إذا ما قورنت) opens no condition. Our own sentences, none from an article.
const MINISTER = 'الوزير سامي نور';
const stanceOf = (sentence: string) => statementsOf('ar', 'عنوان الخبر', sentence).find((s) => s.speaker === MINISTER)?.stance;

describe('Arabic stance: إذا with its consequence', () => {
  it.each([
    ['"will take measures if threatened" warns', 'وقال الوزير سامي نور إن الوزارة سوف تتخذ التدابير المناسبة إذا حصلت تهديدات من الجيران.', 'warn'],
    ['"if … then will" warns, the condition put first', 'وقال الوزير سامي نور إنه إذا انسحبت الحكومة من الاتفاق فإن المفاوضات سوف تتوقف.', 'warn'],
    ['"whether" asks: no condition', 'وقال الوزير سامي نور إن التصويت قد يحدد فيما إذا كان الناخبون يريدون البقاء في الاتحاد.', 'assert'],
    ['"will study whether" asks: no condition', 'وقال الوزير سامي نور إن الحكومة سوف تدرس ما إذا كانت الخطة ناجحة.', 'assert'],
    ['"if compared" compares: no condition', 'وقال الوزير سامي نور إن الأسعار قد ترتفع قليلا إذا ما قورنت بالعام الماضي.', 'assert'],
    ['"if" with no consequence stays an assertion', 'وقال الوزير سامي نور إن الوزارة تراجع الطلبات إذا وصلت قبل الموعد.', 'assert'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf(sentence)).toBe(stance);
  });
});
