import { describe, expect, it } from 'vitest';
import type { Entity, Lang } from '../model/index.js';
import { findEntities, gazetteer, linkName } from './index.js';

function find(text: string, lang: Lang): Entity[] {
  return findEntities({ text, blocks: [], sentences: [], lang });
}
function mentionsOf(text: string, lang: Lang, id: string): string[] {
  return find(text, lang).find((e) => e.id === id)?.mentions.map((m) => `${m.text}/${m.via}`) ?? [];
}

describe('findEntities: gazetteer aliases', () => {
  it.each([
    ['finds a body through its clitics', 'ar', 'قال مصدر في الكرملين وبالكرملين', 'org:kremlin', ['الكرملين/gazetteer', 'الكرملين/gazetteer']],
    ['reads للأمم as ل + الأمم', 'ar', 'صرح دبلوماسي للأمم المتحدة', 'org:un', ['للأمم المتحدة/gazetteer']],
    ['takes a capital for its state', 'ar', 'وطالبت موسكو بوقف ذلك', 'country:RU', ['موسكو/capital']],
    ['takes a nisba for its state, keeping the article', 'ar', 'استدعت السفير الروسي', 'country:RU', ['الروسي/nisba']],
    ['reads the feminine two-word nisba', 'ar', 'نشر القوات الكورية الشمالية', 'country:KP', ['الكورية الشمالية/nisba']],
    ['knows the spellings of Pyongyang', 'ar', 'بيونج يانج ثم بيونغيانغ', 'country:KP', ['بيونج يانج/capital', 'بيونغيانغ/capital']],
    ['knows البنتاجون as the Pentagon', 'ar', 'قال البنتاجون', 'org:pentagon', ['البنتاجون/gazetteer']],
    ['reads الأميركي and الأمريكي alike', 'ar', 'الجيش الأميركي والرئيس الأمريكي', 'country:US', ['الأميركي/nisba', 'الأمريكي/nisba']],
    ['generates ministries from templates', 'ar', 'قالت وزارة الخارجية الروسية', 'org:ru-foreign-ministry', ['وزارة الخارجية الروسية/gazetteer']],
    ['accepts الشمال as North Korea after it was named', 'ar', 'كوريا الشمالية. التعاون مع الشمال', 'country:KP', ['كوريا الشمالية/gazetteer', 'الشمال/gazetteer']],
    ['reads an English possessive', 'en', "Russia's Foreign Ministry said", 'org:ru-foreign-ministry', ['Russia\'s Foreign Ministry/gazetteer']],
    ['keeps an upper-case acronym', 'en', 'the WHO said', 'org:who', ['WHO/gazetteer']],
    ['reads a demonym', 'en', 'the North Korean army', 'country:KP', ['North Korean/demonym']],
  ])('%s', (_name, lang, text, id, expected) => {
    expect(mentionsOf(text, lang as Lang, id)).toEqual(expected);
  });
});

describe('findEntities: unlisted bodies', () => {
  it('reads a newspaper named by its nationality as a body of that country', () => {
    const e = find('وقالت الصحيفة البريطانية إن', 'ar').find((x) => x.id === 'local:الصحيفه-البريطانيه');
    expect(e && { type: e.type, country: e.country }).toEqual({ type: 'org', country: 'country:GB' });
  });
});

describe('findEntities: negatives', () => {
  it('does not read a given name and the definite object after it as a name', () => {
    expect(find('استقبل محمد الوفد في الرياض', 'ar').filter((e) => e.type === 'person')).toEqual([]);
  });

  it('does not read a reporting cue after a title as a name', () => {
    expect(find('قال وزير الخارجية الأردني مشيرا إلى أن', 'ar').map((e) => e.id)).not.toContain('local:مشيرا');
  });

  it('keeps a nisba outside a lineage a country', () => {
    expect(find('قال المسؤول التركي إن', 'ar').some((e) => e.id === 'country:TR')).toBe(true);
  });

  it.each([
    ['كيف ("how") is not Kyiv', 'ar', 'لا نعرف كيف حدث ذلك', 'country:UA'],
    ['الجمعة (Friday) is not the General Assembly', 'ar', 'اجتمع الوفد يوم الجمعة', 'org:un-general-assembly'],
    ['الشمال is not North Korea before North Korea is named', 'ar', 'تقدم الجيش نحو الشمال', 'country:KP'],
    ['"who" is not the WHO', 'en', 'officials who spoke to reporters', 'org:who'],
    ['"us" is not the United States', 'en', 'he told us nothing', 'country:US'],
    ['"turkey" is not Turkey', 'en', 'they ate turkey', 'country:TR'],
  ])('%s', (_name, lang, text, id) => {
    expect(find(text, lang as Lang).map((e) => e.id)).not.toContain(id);
  });

  it('does not read a month name as a person', () => {
    const people = [
      ...find('The president spoke in March. The minister returned in June.', 'en'),
      ...find('أعلن الرئيس الروسي في حزيران/يونيو أنه', 'ar'),
    ].filter((e) => e.type === 'person');
    expect(people.map((e) => e.name).filter((n) => /March|June|حزيران|يونيو/.test(n))).toEqual([]);
  });

  it('does not take محمد for محمود in a fuzzy match', () => {
    const ids = find('قال الرئيس الفلسطيني محمد عباس إن', 'ar').map((e) => e.id);
    expect(ids).not.toContain('person:abbas');
    expect(ids).toContain('local:محمد-عباس');
  });
});

describe('findEntities: people by title', () => {
  it.each([
    ['names a listed person after title and nisba', 'ar', 'قال وزير الخارجية الإيراني محمد جواد ظريف إن', 'person:zarif', ['محمد جواد ظريف/gazetteer']],
    ['links a misspelt name by its skeleton', 'ar', 'نفى المتحدث باسم الكرملين ديمتري بسكوف ذلك', 'person:peskov', ['ديمتري بسكوف/skeleton']],
    ['reads an unlisted name after title + nisba', 'ar', 'قال الرئيس الكيني وليام روتو إن', 'local:وليام-روتو', ['وليام روتو/chunk']],
    ['names a listed person after title and nisba, and links the surname later', 'ar', 'وقال وزير الخارجية الأمريكي جون كيري إن. وأضاف كيري', 'person:kerry', ['جون كيري/gazetteer', 'كيري/surname']],
    ['names a listed person written with a lineage', 'ar', 'بحث وزير الخارجية عادل بن أحمد الجبير مع وزير الخارجية المصري سامح شكري الأوضاع. وقال الجبير إن', 'person:adel-al-jubeir', ['عادل بن أحمد الجبير/gazetteer', 'الجبير/surname']],
    ['links a later surname to the full name', 'ar', 'قال الرئيس الكيني وليام روتو إن. وأضاف روتو', 'local:وليام-روتو', ['وليام روتو/chunk', 'روتو/surname']],
    ['links a later role to the named person', 'ar', 'اتهم الرئيس الأوكراني فلاديمير زيلينسكي روسيا. وقال الرئيس الأوكراني', 'person:zelensky', ['فلاديمير زيلينسكي/gazetteer', 'الرئيس الأوكراني/role']],
    ['keeps a role-only person (a representative of a country)', 'ar', 'نفى ممثل كوريا الشمالية المزاعم. قال الممثل', 'local:ممثل-كوريا-الشماليه', ['ممثل كوريا الشمالية/title', 'الممثل/role']],
    ['reads a name with its lineage and family name after a title, and links the family name later', 'ar',
      'بحث وزير الخارجية إبراهيم بن عبد العزيز العساف أمس الموضوعات. وقال العساف إن', 'local:ابراهيم-بن-عبد-العزيز-العساف', ['إبراهيم بن عبد العزيز العساف/chunk', 'العساف/surname']],
    ['reads a lineage of two links, not the object after it', 'ar', 'افتتح الأمير فيصل بن خالد بن عبدالعزيز المهرجان', 'local:فيصل-بن-خالد-بن-عبدالعزيز', ['فيصل بن خالد بن عبدالعزيز/chunk']],
    ['reads a compound name in a lineage', 'ar', 'قال الأمير سعود بن فيصل بن عبد العزيز إن', 'local:سعود-بن-فيصل-بن-عبد-العزيز', ['سعود بن فيصل بن عبد العزيز/chunk']],
    ['reads a family name after آل', 'ar', 'استقبل الوزير خالد بن حمد آل ثاني الوفد', 'local:خالد-بن-حمد-ال-ثاني', ['خالد بن حمد آل ثاني/chunk']],
    ['leaves a nisba adjective after a lineage out of the name', 'ar', 'قال الأمير محمد بن فهد السعودي إن', 'local:محمد-بن-فهد', ['محمد بن فهد/chunk']],
    ['reads a first name that is also a nisba when a lineage follows it', 'ar', 'قال الأمير تركي بن سعود بن محمد إن', 'local:تركي-بن-سعود-بن-محمد', ['تركي بن سعود بن محمد/chunk']],
    ['reads a name without a title when a title follows it in apposition', 'ar', 'أكد إبراهيم العساف وزير الخارجية السعودي أنه. وقال العساف', 'local:ابراهيم-العساف', ['إبراهيم العساف/chunk', 'وزير الخارجية السعودي/role', 'العساف/surname']],
    ['reads a given name and a surname before a title in apposition, the title a mention of the person', 'ar',
      'وقال جيمس بيكر وزير الخارجية الأمريكي إن. وأضاف بيكر', 'local:جيمس-بيكر', ['جيمس بيكر/chunk', 'وزير الخارجية الأمريكي/role', 'بيكر/surname']],
    ['reads a name with a lineage without a title', 'ar', 'أكد محمد بن فهد أن', 'local:محمد-بن-فهد', ['محمد بن فهد/chunk']],
    ['reads a given name in apposition after a title and a comma, the title a mention too', 'ar', 'وقال وزير الخارجية الأميركي، جيمس بيكر، إن. وأضاف بيكر', 'local:جيمس-بيكر', ['وزير الخارجية الأميركي/title', 'جيمس بيكر/chunk', 'بيكر/surname']],
    ['reads no verb after a title and a comma as a name', 'ar', 'وزير الخارجية المصري، اجتمع أمس مع الأمير', 'local:اجتمع', []],
    ['reads no single word glued to a preposition after a title as a name', 'ar', 'طالب وزير الخارجية الأميركي بضرورة الحل', 'local:بضروره', []],
    ['reads no lone letter as a name', 'ar', 'وزير الداخلية اليمني لـ المدينة: لا مشاركة', 'local:ل', []],
    ['reads a compound given name written as one word', 'ar', 'وقال الوزير عبدالمطلب حناوي إن. وأكد الوزير أن', 'local:عبدالمطلب-حناوي', ['عبدالمطلب حناوي/chunk', 'الوزير/role']],
    ['links a bare title in construct to the person named with it and no country', 'ar',
      'بحث وزير الخارجية إبراهيم بن عبد العزيز العساف مع وزير الخارجية المصري أحمد ماهر الأوضاع. وشدد وزير الخارجية على', 'local:ابراهيم-بن-عبد-العزيز-العساف', ['إبراهيم بن عبد العزيز العساف/chunk', 'وزير الخارجية/role']],
    ['links a title with a country to the person of that country', 'ar',
      'بحث وزير الخارجية إبراهيم بن عبد العزيز العساف مع وزير الخارجية المصري أحمد ماهر الأوضاع. وقال وزير الخارجية المصري إن', 'local:احمد-ماهر', ['أحمد ماهر/chunk', 'وزير الخارجية المصري/role']],
    ['links no specific role to a holder of another title of its family', 'ar',
      'قال رئيس الوزراء البريطاني ديفيد كاميرون إن. وردا عليه قال الأمين العام لـ«المجلس» إن', 'person:cameron', ['ديفيد كاميرون/gazetteer']],
    ['links a role that names only its family to a holder of any title of it', 'ar',
      'قال رئيس الوزراء البريطاني ديفيد كاميرون إن. وقال الزعيم البريطاني إن', 'person:cameron', ['ديفيد كاميرون/gazetteer', 'الزعيم البريطاني/role']],
    ['reads an English title chunk', 'en', 'the Kremlin spokesman Dmitry Peskov said. Peskov added', 'person:peskov', ['Dmitry Peskov/gazetteer', 'Peskov/surname']],
    ['reads an unlisted English name after a title', 'en', 'US Ambassador to Germany Richard Grenell alleged', 'local:richard-grenell', ['Richard Grenell/chunk']],
    ['links "the Ukrainian president" back', 'en', 'Ukrainian President Volodymyr Zelenskyy said. The Ukrainian president added', 'person:zelensky', ['Volodymyr Zelenskyy/gazetteer', 'Ukrainian president/role']],
  ])('%s', (_name, lang, text, id, expected) => {
    expect(mentionsOf(text, lang as Lang, id)).toEqual(expected);
  });

  it('ties a body to its state and an organ to its parent', () => {
    const g = gazetteer();
    expect(g.entities.get('org:kremlin')?.country).toBe('country:RU');
    expect(g.entities.get('org:pentagon')?.country).toBe('country:US');
    expect(g.entities.get('org:un-general-assembly')?.parent).toBe('org:un');
  });
});

describe('linkName', () => {
  it.each([
    ['المتحدث باسم الكرملين دميتري بيسكوف', 'person:peskov'],
    ['الكرملين', 'org:kremlin'],
    ['موسكو', 'country:RU'],
    ['جمهورية كوريا الشعبية الديمقراطية', 'country:KP'],
    ['وزير الدفاع الأمريكي لويد أوستن', 'person:lloyd-austin'],
    ['Kremlin spokesman Dmitry Peskov', 'person:peskov'],
    ['the Pentagon', 'org:pentagon'],
    ['North Korea', 'country:KP'],
    ['Zelenskiy', 'person:zelensky'],
  ])('links %s to %s', (name, id) => {
    expect(linkName(name)?.id).toBe(id);
  });

  it.each([['ممثل كوريا الشمالية'], ['كيف'], ['the spokesman'], ['']])('links %j to nothing', (name) => {
    expect(linkName(name)).toBeUndefined();
  });

  it('returns both names', () => {
    expect(linkName('Pyongyang')).toEqual({ id: 'country:KP', type: 'country', names: { en: 'North Korea', ar: 'كوريا الشمالية' } });
  });
});
