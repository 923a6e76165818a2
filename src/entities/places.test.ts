import { describe, expect, it } from 'vitest';
import type { Entity, Lang } from '../model/index.js';
import { findEntities } from './index.js';

function find(text: string, lang: Lang): Entity[] {
  return findEntities({ text, blocks: [], sentences: [], lang });
}
/** `id[mention|mention]` for each entity, in the order found. */
function linked(text: string, lang: Lang): string[] {
  return find(text, lang).map((e) => `${e.id}[${e.mentions.map((m) => m.text).join('|')}]`);
}
const ids = (text: string, lang: Lang) => find(text, lang).map((e) => e.id);

describe('findEntities: outlets written as Arabic letter names', () => {
  it.each([
    ['reads سي إن إن as CNN', 'قالت شبكة سي إن إن إن الوفد وصل', 'org:cnn'],
    ['reads سي أن أن (hamza on the alef) as CNN', 'ذكرت سي أن أن أمس', 'org:cnn'],
    ['reads بي بي سي after the article', 'قال الوزير للبي بي سي إنه', 'org:bbc'],
    ['reads إيه بي سي as ABC News', 'أفادت شبكة إيه بي سي بأن', 'org:abc-news'],
    ['reads سي بي إس as CBS News', 'نقلت سي بي إس عن مسؤول', 'org:cbs-news'],
    ['reads an acronym after و', 'قالت سي بي إس وإم إس إن بي سي', 'org:msnbc'],
    ['reads CNN after إن "that"', 'وقال إن سي إن إن أخطأت', 'org:cnn'],
    ['reads CNN before التي ("which", not the letter تي)', 'قالت سي إن إن التي نشرت الخبر', 'org:cnn'],
  ])('%s', (_name, text, id) => {
    expect(ids(text, 'ar')).toContain(id);
  });

  it.each([
    ['does not find CNN inside البي بي سي followed by أن أن', 'قالت الشركة للبي بي سي أن أن الأمر انتهى', 'org:cnn'],
    ['does not find NBC inside سي إن بي سي (CNBC)', 'أفادت شبكة سي إن بي سي بأن الأسواق تراجعت', 'org:nbc-news'],
    ['does not find ABC inside a longer acronym (دي إيه بي سي)', 'ذكرت دي إيه بي سي أن', 'org:abc-news'],
    ['does not read the WAM agency (وام) in وإم before letter names', 'قالت وإم إس إن بي سي', 'org:wam'],
    ['does not read RT inside أر تي أس (RTS)', 'قال لقناة أر تي أس السويسرية', 'org:rt'],
  ])('%s', (_name, text, id) => {
    expect(ids(text, 'ar')).not.toContain(id);
  });

  it('links the whole acronym to BBC, not a part of it to CNN', () => {
    expect(linked('قالت الشركة للبي بي سي أن أن الأمر انتهى', 'ar')).toEqual(['org:bbc[للبي بي سي]']);
  });
});

describe('findEntities: an acronym in brackets defined by the article', () => {
  it.each([
    ['is the unlisted body before it (English)', 'en', 'says Canadian Blood Services (CBS), a charity', 'org:cbs-news', false],
    ['is the unlisted body before it (Arabic)', 'ar', 'تقول منظمة خدمات الدم الكندية (سي بي إس) إن', 'org:cbs-news', false],
    ['is the listed body when its own name comes before it', 'en', 'the International Airlines Group (IAG) said', 'org:iag', true],
    ['is the listed child body a few words after its parent', 'en', 'the United Nations Educational, Scientific and Cultural Organization (UNESCO) said', 'org:unesco', true],
    ['is the listed agency after its Arabic name', 'ar', 'قالت وكالة الأنباء السعودية (واس) إن', 'org:spa', true],
    ['is the listed network outside brackets', 'en', 'CBS reported that the vote was delayed', 'org:cbs-news', true],
  ])('%s', (_name, lang, text, id, found) => {
    expect(ids(text, lang as Lang).includes(id)).toBe(found);
  });
});

describe('findEntities: the longer place name wins over the country inside it', () => {
  it.each([
    ['British Columbia is not Colombia nor Britain', 'en', 'Police in British Columbia said on Monday', ['place:ca-bc[British Columbia]']],
    ['B.C. is British Columbia', 'en', 'Police in B.C. say they have questions', ['place:ca-bc[B.C]']],
    ['بريتيش كولومبيا is not Colombia', 'ar', 'قالت شرطة بريتيش كولومبيا إن', ['place:ca-bc[بريتيش كولومبيا]']],
    ['New Mexico is not Mexico', 'en', 'a ranch in New Mexico', ['place:us-nm[New Mexico]']],
    ['Western Australia is not Australia', 'en', 'mines in Western Australia', ['place:au-wa[Western Australia]']],
    ['Northern Ireland is in the UK, not Ireland', 'ar', 'الانتخابات في أيرلندا الشمالية', ['place:gb-nir[أيرلندا الشمالية]']],
    ['the Niger Delta is not Niger', 'en', 'oil spills in the Niger Delta', ['place:ng-niger-delta[Niger Delta]']],
    ['the South China Sea is not China', 'ar', 'دوريات في بحر الصين الجنوبي', ['place:south-china-sea[بحر الصين الجنوبي]']],
    ['the Indian Ocean is not India', 'en', 'a cyclone over the Indian Ocean', ['place:indian-ocean[Indian Ocean]']],
    ['Guinea-Bissau is not Guinea', 'en', 'troops left Guinea-Bissau', ['country:GW[Guinea-Bissau]']],
    ['Papua New Guinea is not Guinea', 'en', 'an earthquake in Papua New Guinea', ['country:PG[Papua New Guinea]']],
    ['South Sudan is not Sudan', 'ar', 'اللاجئون من جنوب السودان', ['country:SS[جنوب السودان]']],
    ['North and South Korea stay apart', 'en', 'North Korea fired at South Korea', ['country:KP[North Korea]', 'country:KR[South Korea]']],
    ['the Sea of Japan is not Japan', 'en', 'missiles fell into the Sea of Japan', ['place:sea-of-japan[Sea of Japan]']],
    ['the Kurdistan Region of Iraq is a place of Iraq', 'ar', 'قالت حكومة إقليم كردستان العراق', ['place:iq-kurdistan[إقليم كردستان العراق]']],
    ['East Timor is Timor-Leste', 'ar', 'زار تيمور الشرقية', ['country:TL[تيمور الشرقية]']],
    ['The Washington Post is a newspaper, not the US', 'en', 'The Washington Post reported', ['org:washington-post[The Washington Post]']],
    ['British Airways is an airline, not Britain', 'ar', 'قالت الخطوط الجوية البريطانية إن', ['org:british-airways[الخطوط الجوية البريطانية]']],
  ])('%s', (_name, lang, text, expected) => {
    expect(linked(text, lang as Lang)).toEqual(expected);
  });
});

describe('findEntities: Georgia, the US state or the country', () => {
  it.each([
    ['is the US state beside another US state', 'en', 'Voters in Georgia and New Mexico went to the polls', 'place:us-ga'],
    ['is the US state beside the White House', 'en', 'The governor of Georgia met White House officials', 'place:us-ga'],
    ['is the US state in Arabic beside the US', 'ar', 'فاز المرشح في جورجيا بحسب الإعلام الأمريكي', 'place:us-ga'],
    ['is the US state when named so', 'ar', 'في ولاية جورجيا', 'place:us-ga'],
    ['is the country beside Tbilisi', 'en', 'Georgia recalled its envoy; Tbilisi and Washington spoke', 'country:GE'],
    ['is the country when a third country is named', 'en', 'Washington and Moscow discussed Georgia', 'country:GE'],
    ['is the country alone', 'en', 'Georgia signed the agreement', 'country:GE'],
  ])('%s', (_name, lang, text, id) => {
    expect(ids(text, lang as Lang)).toContain(id);
  });
});

describe('findEntities: phrases that name no entity', () => {
  it.each([
    ['اليمنى ("right") is not اليمني ("Yemeni")', 'ar', 'ورم في رئتها اليمنى ويدها اليسرى'],
  ])('%s', (_name, lang, text) => {
    expect(find(text, lang as Lang).filter((e) => e.type === 'country')).toEqual([]);
  });

  it('reads a three-letter country before التي', () => {
    expect(ids('وصل المرض إلى مصر التي تعاني', 'ar')).toContain('country:EG');
  });

  it('still reads اليمني as Yemeni', () => {
    expect(ids('قال الرئيس اليمني إن', 'ar')).toContain('country:YE');
  });
});

describe('findEntities: a country name as a surname', () => {
  it('reads Jordan after a given name as a surname, and alone as the country', () => {
    expect(linked('Michael Jordan played in Jordan', 'en')).toEqual(['local:michael-jordan[Michael Jordan]', 'country:JO[Jordan]']);
  });
});

describe('findEntities: a described acronym in brackets', () => {
  it('keeps a listed agency after a lower-case description of it', () => {
    expect(ids("the kingdom's state news agency (SPA) said", 'en')).toContain('org:spa');
  });
});
