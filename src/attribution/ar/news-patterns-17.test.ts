import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements-of.js';

// Our own sentences (none from a gold or corpus article): speakers of quotations that a word before the name, a
// quoted title before the verb, a relative clause on a time, a bracketed abbreviation or the joined form ورد lost.
const T = 'عنوان الخبر';
const all = (...paragraphs: string[]) => statementsOf('ar', T, ...paragraphs);
const LEAD = 'وقال المتحدث باسم الحكومة إن الوضع مستقر.';

describe('a word for age or standing before the name heads the speaker', () => {
  it('reads وقال الشاب فلان الذي …: «…»', () => {
    const s = all('وقال الشاب سامي العلي الذي وصل أولا إلى البيت: «كنت أتحدث إلى أخي عبر الهاتف».');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ speaker: 'الشاب سامي العلي', content: 'كنت أتحدث إلى أخي عبر الهاتف', direct: true });
  });
  it('reads الطفلة and السيدة before a name', () => {
    expect(all('وقالت الطفلة هدى العلي إن البيت احترق.')[0]).toMatchObject({ speaker: 'الطفلة هدى العلي' });
    expect(all('وقالت السيدة هدى العلي: «كنت في البيت».')[0]).toMatchObject({ speaker: 'السيدة هدى العلي' });
  });
});

describe('quoted titles joined by و before the verb are no subject', () => {
  it('keeps the last speaker for وعن المسلسلين «…» و«…» قالت: «…»', () => {
    const s = all('وقالت الممثلة منى العلي إن الموسم حافل. وعن المسلسلين «الدار» و«ليل طويل» قالت: «هما عملان مختلفان تماما».');
    expect(s[1]).toMatchObject({ speaker: 'الممثلة منى العلي', content: 'هما عملان مختلفان تماما' });
  });
});

describe('في الوقت الذي أعلن فيه X أن: the relative hangs on a time, the noun after the verb is its subject', () => {
  it('reads the report and gives the participle after it the same speaker', () => {
    const s = all(`${LEAD} ويأتي ذلك في الوقت الذي أعلن فيه رئيس البرلمان سامي العلي في كلمة متلفزة أمس أن البرلمان قرر استجواب الوزراء، مشيرا إلى أن المساءلة ستطال الجميع.`);
    expect(s[1]).toMatchObject({ speaker: 'رئيس البرلمان سامي العلي', content: 'البرلمان قرر استجواب الوزراء' });
    expect(s[2]).toMatchObject({ speaker: 'رئيس البرلمان سامي العلي', content: 'المساءلة ستطال الجميع' });
  });
});

describe('a bracketed abbreviation inside a subject before its verb', () => {
  it('reads لكن مدير الوكالة (…) فلان هدد', () => {
    const s = all('وأعلنت مصادر أمريكية عن احتمال الإفراج عن السجين. لكن مدير الوكالة (سي اي ايه) سامي العلي هدد بالاستقالة في حال الإفراج عنه.');
    expect(s[1]).toMatchObject({ speaker: 'مدير الوكالة (سي اي ايه) سامي العلي', stance: 'warn' });
  });
});

describe('ورد بقوله: the joined three-letter form', () => {
  it('reads ورد X بقوله إن …', () => {
    const s = all(`${LEAD} ورد الوزير بقوله إن الخطة ناجحة.`);
    expect(s[1]).toMatchObject({ speaker: 'الوزير', content: 'الخطة ناجحة' });
  });
  it('leaves ورد "came" with no saying alone', () => {
    expect(all(`${LEAD} ورد في التقرير أن الخطة ناجحة.`)).toHaveLength(1);
  });
});
