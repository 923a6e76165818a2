import { MAX_SPEAKER_TOKENS } from '../constants.js';
import { matchKey } from '../../text/normalize/arabic.js';
import { gapHas, titleAt } from '../doc.js';
import { gapChars } from '../gaps.js';
import type { Doc } from '../types.js';
import { opensMediaAddressee, opensPressAddressee } from './addressee.js';
import { isConstructNoun } from './construct.js';
import { isEventNoun } from './event-nouns.js';
import { biFamilyName, biGivenName, familyBeforeParticle } from './name-words.js';
import { isNisba, looksNisba } from './nisba.js';
import { memberOfBody, officeInBody, placeBeforeName } from './office.js';
import { marks, namedAfterLam, startsMention } from './mention-marks.js';
import { placesAttached, placesSource, worksAt } from './source-place.js';
import { ARTICLE, BREAK_GAP, OBJECT_SUFFIX, dayBeforeTime, definiteAt, isBiPhrase, isLamObject, isStopWord, loneQuantifier, QUANTIFIERS } from './speaker-words.js';
import { timeAdjunctAt } from './time-adjunct.js';
import { lazyKeySet } from '../lexicon/index.js';
import { endsSpeakerAt } from './speaker-ends.js';
import { ACCUSATIVE_ALEF, adjectiveAtEnd, aliBeforeName, breaksForward, indefiniteObject, MIN_INDEFINITE_OBJECT_LETTERS, supervisedEnd, titledBefore } from './speaker-tails.js';

// The speaker chunker: the subject phrase after a VSO cue (arabicSubject); the phrase before an SVO cue is read in
// speaker-before.ts. Word tests in speaker-words.ts, speaker-ends.ts and speaker-tails.ts, an unnamed source's place
// in source-place.ts, token marks in mention-marks.ts.

/** Match keys of definite ordinals, from data/lexicons/ar/ordinals.tsv. */
const ordinals = lazyKeySet('ar', 'ordinals.tsv');

/** Tanwin fath on a word's end marks an accusative adverb (رسميًا، أيضاً), never part of a name. */
const TANWIN_FATH = /[\u064B]\u0627?$|\u0627\u064B$/;
const COLON = gapChars(':\uFF1A');
/**
 * "Any" (يستبعد أي خروج، نفى أية علاقة) opens an object, never a subject. Read from the text: its match key is that of
 * إي, which begins names (إي واي).
 */
const ANY = /^[وف]?(أي|أية|أيه|أى)$/u;


/** Adjectives of affiliation that take ل (فصائل تابعة للمعارضة، جماعة موالية للحكومة): the ل-word after them is no addressee. */
const AFFILIATED = new Set(['تابع', 'تابعة', 'تابعين', 'تابعون', 'موال', 'موالية', 'موالين', 'موالون', 'مؤيد', 'مؤيدة', 'مؤيدين', 'مؤيدون', 'مناهض', 'مناهضة', 'مناهضين', 'مناهضون'].map(matchKey));

/**
 * The subject noun phrase after a VSO cue, from token j (ARABIC.md §4): a head, then construct nouns,
 * nisba adjectives, باسم + body, titles and name words. Stops at punctuation, a function word, another
 * cue, a ب-word (the verb's frame), an accusative adverb, or a second definite noun (the object).
 * Returns the end token (exclusive); j when there is no subject.
 */
export function arabicSubject(doc: Doc, j: number, limit: number, objectless = false, lam = false, source = false): number {
  const { tokens } = doc;
  // وفقا لوزير التعليم (`lam`): the first word is read without the preposition written on it; after لل the article's
  // alef is back (للوزارة → الوزارة).
  const first = !lam ? doc.keys[j] : doc.keys[j].startsWith('لل') ? `ا${doc.keys[j].slice(1)}` : doc.keys[j].slice(1);
  const keyAt = (i: number) => (i === j ? first : doc.keys[i]);
  const titleHere = (i: number) => (lam && i === j ? doc.lex.titles.first(doc.keys, j, [first]) : titleAt(doc, i));
  const isTitleHere = (i: number) => doc.lex.titleWords.has(keyAt(i)) || titleHere(i) !== undefined;
  const def = (i: number) => definiteAt(doc, i, keyAt(i));
  const mk = marks(doc);
  const starts = doc.input.entities.length ? mk.mentions : undefined;
  /** A word of a personal name: no title, no article, no noun in construct, no function word. */
  const nameWord = (i: number) => !isTitleHere(i) && !def(i) && !isConstructNoun(keyAt(i)) && !doc.lex.words.has(keyAt(i)) && !gapHas(doc, i + 1, BREAK_GAP);
  // وفقا للقواعد الدولية، طبقا للقرار: after لل only a title, a body or a known name is a source, not a rule or a text.
  if (lam && doc.keys[j].startsWith('لل') && !isTitleHere(j) && !startsMention(doc, j)) return j;
  // تؤكد كل يوم مدى …، رأى مرة أن: "every day", "once" after the verb is a time adjunct; it names no one.
  if (timeAdjunctAt(doc, j, limit)) return j;
  let k = j;
  let named = false;
  // Tokens of an office, a membership, a lineage or an honorific (في المجلس الوطني …، بن، آل …، صاحب السمو) that a long
  // name chain may add past MAX_SPEAKER_TOKENS.
  let free = 0;
  // The token of a given name written with ب (بدر) read after a title, or -1: the family name after it is the name's.
  let givenBi = -1;
  while (k < limit && k - j - free < MAX_SPEAKER_TOKENS) {
    const key = keyAt(k);
    // فيصل بن مشعل بن سعود بن عبدالعزيز: a lineage's بن is not counted.
    if ((k > j && key === 'بن') || HONORIFIC_WORDS.has(key)) free++;
    // د. ناصر العريفي: the dot of a one-letter title does not end the phrase.
    if (k > j && breaksForward(doc, k)) break;
    // الرئيس باراك أوباما، الإمارات العربية المتحدة: a listed name that started in the phrase is never cut.
    if (k > j && mk.mentionFrom[k] >= j && mk.mentionFrom[k] < k) {
      if (!isTitleHere(k) && !def(k)) named = true;
      k++;
      continue;
    }
    // واتهمت الخارجية الروسية واشنطن بـ، وطالب الجيش الليبي تركيا بـ: a listed country or place right after a definite
    // word (no preposition between) is no name of the speaker but the verb's object; one that reads as a nisba
    // (الحملة الوطنية السعودية، المعارضة السورية) is the phrase's adjective.
    if (k > j && mk.placeStarts[k] && def(k - 1) && mk.mentionFrom[k] < 0 && !(def(k) && looksNisba(key))) break;
    // أبلغ الرئيس باراك أوباما نظيره: after a person's full known name only a title or an adjective continues the phrase.
    if (k > j && mk.personEnds[k] && mk.mentionFrom[k] < 0 && !isTitleHere(k) && !def(k) && !key.startsWith('ل') && key !== 'باسم') break;
    // مصادر في المقاومة، مسؤول في الوزارة; مصادر مقربة من الرئيس: a preposition phrase that places an unnamed source.
    if (k > j && placesSource(doc, k) && k + 1 < limit && !gapHas(doc, k + 1, BREAK_GAP) && !isStopWord(doc, k + 1)) { k++; continue; }
    // مدير العمليات في منظمة أطباء بلا حدود: an office in a body (ar/office.ts).
    // (Only at a في, which officeInBody asks first: titledBefore reads the phrase so far, at every word it would be quadratic.)
    const office = k > j && doc.keys[k] === 'في' ? officeInBody(doc, k, limit, titledBefore(doc, j, k, first), doc.lex.titleWords.get(first)?.kind === 'body') : -1;
    if (office > k) { free += Math.min(office - k, MAX_FREE_OFFICE_TOKENS); k = office; continue; }
    // القيادي في المقاومة الشعبية فلان: a member's body, definite as it is (ar/office.ts).
    const member = k > j && office < 0 ? memberOfBody(doc, k, limit, keyAt(k - 1)) : -1;
    if (member > k) { free += member - k; k = member; continue; }
    // ممثلة المنظمة في السودان هيلدا جونسون: a holder named after the place of the office (ar/office.ts).
    const place = office < 0 && k > j && doc.keys[k] === 'في' ? placeBeforeName(doc, k, limit, titledBefore(doc, j, k, first)) : -1;
    if (place > k) { k = place; named = true; continue; }
    // مسؤول يعمل في الوزارة: the verb of working joins the place to the source.
    if (k > j && worksAt(doc, k)) { k++; continue; }
    // مصدر بالوزارة، مسؤول بميناء البريقة: a ب-noun right after an unnamed source places it, as في does.
    if (k > j && placesAttached(doc, k)) { k++; continue; }
    // علي (a name) and على (on) share a match key: after a title or a name, written with ي, it is the name.
    if (k > j && key === 'علي' && tokens[k].text.endsWith('\u064A')) { named = true; k++; continue; }
    // الدكتور على أبو فلان: written with ى too, right after a title and before a kunya or a listed name, it is the name.
    if (k > j && !named && key === 'علي' && aliBeforeName(doc, k, limit)) { named = true; k++; continue; }
    if (isStopWord(doc, k) || TANWIN_FATH.test(tokens[k].text)) break;
    // أعلنت السلطات الأمريكية يوم الأحد: يوم before a time word (a weekday) opens a time adjunct, never a name word.
    if (k > j && dayBeforeTime(doc, k, limit)) break;
    // نفى الرئيس فلان وجود خلاف: an event noun opens the object; so does "any"; so do ل + a quantifier and a charge (speaker-ends.ts).
    if (isEventNoun(key) || ANY.test(tokens[k].text) || endsSpeakerAt(doc, k, limit, named)) break;
    if (mk.hitStart[k]) break;
    if (k === j) {
      // عدد من أولياء الأمور، أحد المسؤولين: a quantifier heads the phrase with its من.
      if ((doc.lex.words.get(key) === 'determiner' || QUANTIFIERS.has(key)) && keyAt(k + 1) === 'من' && k + 2 < limit) { k += 2; continue; }
      const multi = titleHere(k);
      if (multi && multi[1] > 1) {
        const e = supervisedEnd(doc, k + multi[1], limit, keyAt(k + multi[1] - 1));
        free += e - (k + multi[1]); // what is overseen is not counted against MAX_SPEAKER_TOKENS
        // صاحب السمو الملكي: an honorific read as one title stays uncounted, as its words are one by one.
        for (let m = k + 1; m < k + multi[1]; m++) if (HONORIFIC_WORDS.has(keyAt(m))) free++;
        k = e;
        continue;
      }
      // قال باراك أوباما، اتهمت باكستان: a ب-word that starts a listed person's, country's or place's name is no ب-phrase.
      // وأفاد بيان صادر عن …: a listed speech noun that starts with ب (بيان) is no ب-phrase either.
      if (isBiPhrase(key) && !doc.lex.titleWords.has(key) && !mk.personStarts[k] && !mk.placeStarts[k] && doc.lex.words.get(key) !== 'speech') break;
      if (key.startsWith('لل') || (key.startsWith('ل') && key.slice(1).startsWith(ARTICLE))) break; // قال للإيرانيين
      // قال لرويترز: ل + a named entity is the addressee (لافروف, a name that starts with ل, is one mention).
      if (key.startsWith('ل') && namedAfterLam(doc, k)) break;
      // تقديم طلب لوزير التعليم: ل + a title is the one addressed; a subject never carries a preposition.
      if (key.startsWith('ل') && key.length > 2 && !doc.lex.titleWords.has(key) && doc.lex.titleWords.has(key.slice(1))) break;
      // أبلغت دول الخليج، أعلنت قوات الجيش: a head in construct takes the definite noun after it; it is no name.
      if (isConstructNoun(key) && k + 1 < limit && def(k + 1) && !gapHas(doc, k + 1, BREAK_GAP)) { k++; continue; }
      named = !isTitleHere(k) && !def(k);
      k++;
      continue;
    }
    const prev = keyAt(k - 1);
    // صالح آل الشيخ، إبراهيم آل مرعي: آل ("the house of") and the family name after it continue a name.
    if (named && FAMILY.test(tokens[k].text) && k + 1 < limit && !gapHas(doc, k + 1, BREAK_GAP)) { k += 2; free += 2; continue; }
    // كما قال رئيس بلديتها فلان، وزير خارجيتها: a noun with an attached possessor after a title in construct completes it.
    if (!def(k - 1) && doc.lex.titleWords.get(prev)?.kind === 'title' && OBJECT_SUFFIX.test(tokens[k].text)) { k++; continue; }
    // بيان صادر عن وزارة الخارجية: a speech noun issued by a body takes the body in (the statement is the body's).
    if (k === j + 1 && doc.lex.words.get(first) === 'speech' && ISSUED.has(key) && keyAt(k + 1) === 'عن' && !gapHas(doc, k + 1, BREAK_GAP)) {
      const e = arabicSubject(doc, k + 2, limit, true);
      if (e > k + 2) { k = e; break; }
    }
    // المتحدث باسم الكرملين: باسم ("on behalf of") joins a title to its body; it is never a name word.
    if (key === 'باسم') { k++; continue; }
    // مساعد المدير العام: a title of several words after a title is read whole.
    const multi = def(k) && doc.lex.titleWords.has(prev) ? titleHere(k) : undefined;
    if (multi && multi[1] > 1) { k += multi[1]; continue; }
    // نائب رئيس المكتب السياسي: a title in construct takes the definite noun after it, even after a name.
    if (def(k) && !def(k - 1) && doc.lex.titleWords.has(prev) && !isStopWord(doc, k)) { k++; continue; }
    if (starts?.[k] && named && !isTitleHere(k) && mk.mentionEnds[k]) break;
    // أكد المحافظ عبد العزيز سالم تصريحات: a speech noun after a name is the verb's object.
    if (named && k - j > 1 && doc.lex.words.get(key) === 'speech') break; // تقرير حديث: the head's own adjective
    // حث ديل روساريو دول جنوب شرقي آسيا على: after two name words, a noun in construct opens the object (مدير أمن،
    // وزراء خارجية، مصدر في قيادة عمليات stay: a title or a noun before it takes it in).
    if (named && k - 2 >= j && isConstructNoun(key) && !isTitleHere(k) && nameWord(k - 1) && nameWord(k - 2) && mk.mentionFrom[k] < 0) break;
    // دعا كيري جميع الأطراف: a quantifier after the head opens the object; so does a number (حددت الوزارة ستة كيانات).
    if (doc.lex.words.get(key) === 'determiner' || CARDINALS.has(key)) break;
    // حذرت كندا رعاياها: a word with an attached pronoun (-ها، -هم) is the object, never part of a name.
    if (OBJECT_SUFFIX.test(tokens[k].text) && !isTitleHere(k)) break;
    // قال … عدنان الضميري لوكالة فرانس برس: a ل-word after a personal name is the addressee.
    if (named && key.startsWith('ل') && key.length > 2 && !doc.lex.titleWords.has(key) && !def(k - 1) && !doc.lex.titleWords.has(prev) && !AFFILIATED.has(prev)) break;
    // … فلان العلي لوكالة، وقالت المصادر لوكالة: the media after a name or an unnamed source, whatever the name's last word.
    // وقال المصدر لوكالة …، وقال الخزرجي لـ«الصحيفة»: after a definite head too (a role, a surname).
    if ((named || doc.lex.titleWords.get(prev)?.kind === 'unnamed' || def(k - 1)) && opensMediaAddressee(doc, k)) break;
    // قالت الممثلة الشابة للصحفيين إن: the press after a definite word is the one told, unless a body heads the phrase
    // (النقابة الوطنية للصحفيين, to which the press belongs).
    if (def(k - 1) && opensPressAddressee(doc, k) && doc.lex.titleWords.get(keyAt(j))?.kind !== 'body') break;
    const title = titleHere(k);
    if (title && title[1] > 1) {
      const e = supervisedEnd(doc, k + title[1], limit, keyAt(k + title[1] - 1));
      free += e - (k + title[1]);
      k = e;
      continue;
    }
    const kind = doc.lex.titleWords.get(key)?.kind;
    // أبلغت دول الخليج العربية وزير الخارجية: in a phrase headed by a noun in construct (no title, no role), a title
    // after a definite noun opens the object.
    if (kind === 'title' && !def(k) && def(k - 1) && isConstructNoun(first) && !titledBefore(doc, j, k, first)) break;
    // ar-body-object: وطالب الوزير لجنة التحقيق بالإسراع، اتهم وزير الداخلية مجلس النواب بعرقلة: after a definite word,
    // an indefinite body head (لجنة، هيئة، مجلس) is no apposition but the object of a verb that takes one; a body after
    // a word in construct (رئيسة اتحاد، عضو مجلس، دول مجلس) or after باسم stays in the phrase.
    if (kind === 'body' && !objectless && !def(k) && def(k - 1) && prev !== 'باسم') break;
    if (prev === 'باسم' || kind === 'title' || kind === 'role') { k++; continue; }
    // وشكر وزير الداخلية اليمني دول التحالف: after a definite word (no باسم, no title), a noun in construct opens the object.
    if (def(k - 1) && prev !== 'باسم' && !kind && isConstructNoun(key) && !mk.personStarts[k]) break;
    // وزير خارجية المملكة: a noun in construct after the head is no name word (باحثي no ب-phrase); the definite noun after it completes it.
    if (!named && !def(k - 1) && isConstructNoun(key) && k + 1 < limit && !gapHas(doc, k + 1, BREAK_GAP)) { k++; continue; }
    // دعا الرئيس باراك أوباما، قالت شارلوت باسترنك، المتحدثة: a listed name, or a family name before a title, is no ب-phrase.
    // عادل أبو بكر: the word after a kunya's أبو is a name, whatever it starts with.
    if (KUNYA.has(prev) && !def(k)) { named = true; k++; continue; }
    const biGiven = isBiPhrase(key) && !named && doc.lex.titleWords.get(prev)?.kind === 'title' && biGivenName(doc, k, limit);
    if (biGiven) givenBi = k;
    if (isBiPhrase(key) && !mk.personStarts[k] && !(named && !def(k - 1) && biFamilyName(doc, k, limit)) && !biGiven) break;
    if (key.startsWith('لل') || (key.startsWith('ل') && key.slice(1).startsWith(ARTICLE))) { k++; continue; }
    if (indefiniteObject(doc, k, limit, named && !objectless)) break;
    // ورفض الزعماء لهذه القرارات: ل + a demonstrative opens the object of a verbal noun.
    if (isLamObject(doc, k)) break;
    // لحقوق الإنسان: ل + a noun in construct with a definite noun.
    if (key.startsWith('ل') && k + 1 < limit && def(k + 1) && !gapHas(doc, k + 1, BREAK_GAP)) { k++; continue; }
    // عبد الباسط سيدا، عبد الله الأحمد: after a compound given name's definite half, the family name follows.
    const compoundBefore = named && k - 2 >= j && (prev === 'الدين' || keyAt(k - 2) === 'عبد');
    // الوزير السابق سامي نور، ونفى الرئيس السابق الاتهامات: "former" after a title is the title's, never the object.
    if (FORMER.has(key) && def(k - 1) && titledBefore(doc, j, k, first)) { k++; continue; }
    // الحكومة المعترف بها دوليا، الحركة المقربة من الحزب: a definite participle of affiliation takes its phrase in,
    // which closes the subject (… دوليا صحة التسريبات: the object follows).
    const affiliated = k > j && def(k) && def(k - 1) ? affiliationEnd(doc, k, limit) : k;
    if (affiliated > k) { k = affiliated; break; }
    // قائد المنطقة العسكرية الرابعة اللواء …: a definite ordinal after a definite word is its adjective, never the object.
    if (def(k) && def(k - 1) && ordinals().has(key)) { k++; continue; }
    if (def(k)) {
      // الخارجية الروسية: a feminine adjective agrees; after a verb that takes an object (كذبت الشرطة الرواية) it is the object.
      const agrees = prev.endsWith('ه') && key.endsWith('ه') && !kind && objectless;
      // وليد المعلم: a family name with the article, when the verb takes no object or a colon follows.
      // … or before a particle (أكد سامي العلي أن).
      // بحسب سليم الحص، فإن: after a source word (`source`, no verb to take an object), a definite word that closes the
      // phrase before the rest of the sentence (a comma after it) is the family name. (At the sentence's end, وفقا لإحصاء
      // المكتب، حسب موعد اللقاء: a noun and the noun it is in construct with.)
      const closes = source && k + 1 < limit && gapHas(doc, k + 1, BREAK_GAP);
      // الدكتور بدر السمحان، المدير …: the family name biGivenName saw after a ب-given name.
      const family = (!def(k - 1) || compoundBefore) && (objectless || closes || gapHas(doc, k + 1, COLON) || familyBeforeParticle(doc, k, limit) || givenBi === k - 1);
      // عز الدين، عبد الله، أبو الفتوح: the second half of a compound name (or of a kunya) is written with the article.
      const compound = named && (key === 'الدين' || prev === 'عبد' || KUNYA.has(prev));
      // الائتلاف السوري المعارض الأربعاء إن: after a nisba adjective, a definite word where the phrase ends is one more adjective.
      if (!named && looksNisba(prev) && def(k - 1) && !kind && adjectiveAtEnd(doc, k, limit)) { k++; continue; }
      if (named && !looksNisba(key) && !agrees && !family && !compound) break; // دميتري بيسكوف | التكهنات: a name takes no construct
      // ودعا الوزير الصحفيين: after a definite head, a noun listed with a nisba ending (الصحفيين، الرواية) is the object.
      if (!def(k - 1) || prev === 'باسم' || isNisba(key) || agrees || compound || (compoundBefore && family)) { k++; continue; }
      if (looksNisba(prev) && named) { k++; continue; } // a family name after a nisba-like name: اليافعي
      // قال الدكتور الربيعة إن: right after a title, a definite word before the particle is the surname (or the title's adjective).
      if (!named && doc.lex.titleWords.get(prev)?.kind === 'title' && familyBeforeParticle(doc, k, limit)) { k++; continue; }
      break;
    }
    // الجبهة | خطة تركيا: a name word follows a title or a nisba, never a body or a plain definite noun.
    const prevKind = doc.lex.titleWords.get(prev)?.kind;
    const titled = titledBefore(doc, j, k, first);
    if (!titled && def(k - 1) && !looksNisba(prev) && prevKind !== 'title' && prevKind !== 'role' && !compoundBefore) break;
    named = true;
    k++;
  }
  // مصدر مقرب من «…»: a phrase never ends on a preposition.
  while (k - 1 > j && isStopWord(doc, k - 1)) k--;
  return loneQuantifier(doc, j, k) ? j : k;
}

/** Participles of affiliation or recognition (with the article taken off) that take a preposition phrase, as match keys. */
const AFFILIATION = new Set([...AFFILIATED, ...['مقرب', 'مقربة', 'مقربين', 'مقربون', 'معترف', 'مدعوم', 'مدعومة', 'منضوية', 'متحالفة'].map(matchKey)]);
/** A preposition with a pronoun after such a participle (المعترف بها، الموالية لها، المقربة منه), as match keys. */
const AFFILIATION_PRONOUN = new Set(['به', 'بها', 'بهم', 'له', 'لها', 'لهم', 'منه', 'منها', 'منهم']);

/**
 * والحكومة المعترف بها دوليا، الحركة المقربة من حزب العمال، اللجنة التابعة لمجلس الشيوخ: where the phrase of a definite
 * participle of affiliation at k ends (its preposition phrase, or its pronoun and an accusative adverb), or k when it
 * is none or takes no such phrase.
 */
function affiliationEnd(doc: Doc, k: number, limit: number): number {
  const key = doc.keys[k];
  if (!key.startsWith(ARTICLE) || !AFFILIATION.has(key.slice(ARTICLE.length)) || k + 1 >= limit || gapHas(doc, k + 1, BREAK_GAP)) return k;
  const next = doc.keys[k + 1];
  if (AFFILIATION_PRONOUN.has(next)) {
    const e = k + 2;
    // دوليا، رسميا: an accusative adverb on the participle, written with or without its tanwin.
    const adverb = e < limit && !gapHas(doc, e, BREAK_GAP) && ACCUSATIVE_ALEF.test(doc.tokens[e].text) && doc.keys[e].length >= MIN_INDEFINITE_OBJECT_LETTERS
      && !definiteAt(doc, e) && doc.lex.words.get(doc.keys[e]) === undefined && !marks(doc).mentions[e];
    return adverb ? e + 1 : e;
  }
  const from = next === 'من' ? k + 2 : next.startsWith('ل') && next.length > 2 ? k + 1 : -1;
  if (from < 0 || from >= limit || gapHas(doc, from, BREAK_GAP)) return k;
  const e = arabicSubject(doc, from, limit, true, from === k + 1);
  return e > from ? e : k;
}

/** "Former" (السابق، الأسبق) as match keys: after a title, its adjective. */
export const FORMER = new Set(['السابق', 'السابقه', 'الاسبق', 'الاسبقه', 'السابقين', 'السابقون']);

/**
 * Cardinal numbers as match keys (ست، سبع، عشر left out: also "lady", "lion", "a tenth"). Kept here, not in
 * function-words.tsv: claim grouping reads every function word as empty, and a figure tells one claim from another.
 */
const CARDINALS = new Set(['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'ثلاثه', 'ثلاث', 'اربعه', 'اربع', 'خمسه', 'خمس', 'سته', 'سبعه', 'ثمانيه', 'ثماني', 'تسعه', 'تسع', 'عشره']);

/** Words of issuing after a speech noun (بيان صادر عن، بيان صدر عن), as match keys. */
const ISSUED = new Set(['صادر', 'صادره', 'صدر', 'صدرت', 'الصادر', 'الصادره']);

/** آل of a family name, as written (the match key folds it to the article). */
const FAMILY = /^[وف]?\u0622\u0644$/;
/** Words of an honorific before a title (صاحب السمو الملكي الأمير، معالي الوزير), as match keys: not counted either. */
const HONORIFIC_WORDS = new Set(['صاحب', 'السمو', 'الملكي', 'معالي', 'سمو', 'فضيله', 'سعاده']);
/** Most tokens of an office (في + a body) not counted against MAX_SPEAKER_TOKENS. */
const MAX_FREE_OFFICE_TOKENS = 6;

/** أبو/أبي of a kunya (أبو بكر، أبي بكر), as match keys. */
const KUNYA = new Set(['ابو', 'ابي']);
