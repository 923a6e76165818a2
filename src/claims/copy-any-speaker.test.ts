import { describe, expect, it } from 'vitest';
import { echoItemOf, echoOf } from './echo.js';
import type { Member } from './types.js';

// A long sentence reprinted nearly word for word is one proposition whoever each outlet gives it to (copy.ts `copyOf`,
// COPY_ANY_SPEAKER_LONG_MIN_WORDS): one outlet's minister is another's official. A shorter one still needs speakers
// that agree when either is linked.

const DAY = '2024-05-01T00:00:00.000Z';

function member(content: string, over: Partial<Member> = {}): Member {
  return {
    statementId: `${over.articleId ?? 'a'}:${content.length}`, articleId: 'a', position: 'for', stance: 'assert', rule: 'echo', origin: 'auto',
    speaker: { text: 'المتحدث' }, speakerKey: 'المتحدث', content, entities: [], lang: 'ar', date: DAY, ...over,
  };
}
const item = (m: Member) => echoItemOf(m);

/** Nineteen content words. */
const FREEZE = 'الحكومة قررت تجميد أسعار الخبز والوقود والكهرباء في جميع المحافظات حتى نهاية العام المقبل مع صرف دعم نقدي مباشر للأسر الفقيرة والعاطلين عن العمل';
/** Ten content words. */
const NO_RAISE = 'الحكومة لن ترفع أسعار الوقود في الأسواق المحلية خلال العام المقبل رغم ضغوط الموازنة';
const MINISTER = { speaker: { text: 'الوزير سامي خليل', entity: 'person:sami-khalil' }, speakerKey: 'person:sami-khalil' };
const OFFICIAL = { articleId: 'b', speaker: { text: 'مسؤول في الوزارة' }, speakerKey: 'مسؤول في الوزارة' };

describe('copies of long sentences whoever speaks', () => {
  it('a long sentence a linked minister says, reprinted by another outlet from an unnamed official, is a copy', () => {
    const m = echoOf(item(member(FREEZE, MINISTER)), item(member(FREEZE.replace('في جميع', 'بجميع'), OFFICIAL)));
    expect(m.ok && m.how).toBe('copy');
  });

  it('a ten-word sentence of a linked minister and another speaker\'s is no copy', () => {
    const m = echoOf(item(member(NO_RAISE, MINISTER)), item(member(NO_RAISE, OFFICIAL)));
    expect(m.ok && m.how === 'copy').toBe(false);
  });

  it('a long sentence that only half lies in the other is no copy, whoever speaks', () => {
    const half = FREEZE.split(' ').slice(0, 12).join(' ') + ' مع إلغاء الضرائب على السلع المستوردة من الخارج وتخفيض الرسوم الجمركية';
    const m = echoOf(item(member(FREEZE, MINISTER)), item(member(half, OFFICIAL)));
    expect(m.ok && m.how === 'copy').toBe(false);
  });
});
