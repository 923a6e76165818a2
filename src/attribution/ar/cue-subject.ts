import { MAX_QUOTED_NAME_TOKENS, MAX_SPEAKER_TOKENS } from '../constants.js';
import { CLAUSE_MARKS, colonBefore, SENTENCE_END_MARKS, commaBefore, isComplement, quoteTokensAt } from '../clause.js';
import { gapChars } from '../gaps.js';
import { gapHas, hitStartsAt, titleAt, quoteClosingBefore, quoteOpeningAt, sentenceStart } from '../doc.js';
import type { Cue } from '../lexicon/index.js';
import type { Doc, Hit } from '../types.js';
import { relativeGender, RESUMPTIVE } from './antecedent.js';
import { objectlessSubject } from './objectless-subject.js';
import { afterSameAdjunct, speechQuoteAt } from './content.js';
import { adjunctBeforeParticle } from './particle.js';
import { opensMediaAddressee } from './addressee.js';
import { marks, startsMention } from './mention-marks.js';
import { arabicSubject } from './speaker.js';
import { arabicSubjectBefore } from './speaker-before.js';
import { definiteAt, hasPronounSuffix, isBiPhrase, isStopWord, isTitle, QUANTIFIERS } from './speaker-words.js';
import { biSurnameBeforeParticle, surnameBeforeParticle } from './surname.js';
import { nameAfterOutlet } from './outlet-name.js';
import { isPluralNoun } from './number.js';
import { subjectBeforeObjectAndBi } from './double-object.js';
import { KANA } from './subjects.js';
import { conjoinedSubjectEnd } from './conjoined.js';
import { TELLING } from './told.js';
import { urgedNameAt, urgedObject } from './urged-object.js';

// Where a cue's written subject stands: after the verb (VSO), before it (SVO), or after the topic particle أما.

/** عن + a pronoun (قال عنه، قالت عنها), as match keys. */
const ABOUT = new Set(['عنه', 'عنها', 'عنهم']);
/** Longest apposition between commas after a title (وزير الخارجية الأميركي، جون كيري، أنه), in tokens. */
const MAX_APPOSITION_TOKENS = 10;

/** A short quotation at token i holding a name (no function word): its token range. */
function quotedName(doc: Doc, i: number, end: number): [number, number] | null {
  const q = quoteTokensAt(doc, i);
  if (!q || q.to > end || q.to - q.from > MAX_QUOTED_NAME_TOKENS || colonBefore(doc, i)) return null;
  for (let k = q.from; k < q.to; k++) if (isStopWord(doc, k)) return null;
  return [q.from, q.to];
}

/** Lemmas of cues that never take a direct object (لوّح بـ "brandished"): a noun after them is their subject. */
const NO_OBJECT = new Set(['لوح']);
/** Most words of the subject of such a verb before its ب-phrase. */
const MAX_NO_OBJECT_SUBJECT = 5;
/** Documents that can be the subject of a cue (match keys): البيان، التقرير، القرار، الرسالة. */
const DOCUMENTS = new Set(['البيان', 'التقرير', 'القرار', 'الرساله', 'المذكره', 'الوثيقه']);

/** Where the explicit subject after a cue is, or why there is none. */
export function subjectAfter(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, j: number, end: number): [number, number] | null {
  const { cue } = hit;
  if (cue.kind === 'participle' || j >= end) return null;
  if (RESUMPTIVE.has(doc.keys[j]) && j + 1 < end && !isStopWord(doc, j + 1)) j++;
  // الوضع الذي قالت عنه الوزيرة إنه …: "about it" before the subject of a verb that takes no عن of its own.
  else if (ABOUT.has(doc.keys[j]) && !cue.frame.has('an') && j + 1 < end && !isStopWord(doc, j + 1)) j++;
  if (cue.gender === 'pl' || cue.gender === 'du') return null; // VSO keeps the verb singular: قالوا has its subject before it
  if (colonBefore(doc, j)) return null;
  // ودعا في الوقت نفسه، إثيوبيا إلى …: after a "the same" adjunct set off by a comma, a dropped subject and the object.
  if (afterSameAdjunct(doc, j)) return null;
  // إن الولايات المتحدة تتهم النظام السوري بـ: a listed name right before the verb is its subject (SVO); what follows is the object.
  if (!hit.prefixed && namedRightBefore(doc, hit.start)) return null;
  if (quoteOpeningAt(doc, j)) return quotedName(doc, j, end);
  const cls = doc.lex.words.get(doc.keys[j]);
  // ويؤكد هؤلاء الصحافيون أن: a demonstrative before a plural noun of people points at the subject.
  if (cls === 'demonstrative' && j + 1 < end && isPluralNoun(doc, j + 1) && !gapHas(doc, j + 1, CLAUSE_MARKS)) {
    const k = arabicSubject(doc, j + 1, end, !cue.frame.has('obj'));
    if (k > j + 1) return [j + 1, k];
  }
  if (cls === 'complement' || cls === 'preposition' || cls === 'demonstrative' || cls === 'pronoun' || cls === 'object') return null;
  if (hasPronounSuffix(doc, j) && !haSubjectBeforeParticle(doc, hit, j, end)) return null; // أعلنت انسحابها: an object
  let k = arabicSubject(doc, j, end, !cue.frame.has('obj'));
  // وقال بادماناتان «…»: a surname whose letters read as a ب-phrase, named in full before (ar/surname.ts).
  if (k === j && biSurnameBeforeParticle(doc, j)) return [j, j + 1];
  // وقال لـ"الصحيفة" بادي فلان الرئيس …: a ب-name after the outlet spoken to, with its title (ar/name-words.ts).
  const outletName = k === j ? nameAfterOutlet(doc, j, end, !cue.frame.has('obj')) : j;
  if (outletName > j) k = outletName;
  if (k === j) return null;
  // هدد جزيني بحرمان …: a verb framed by بـ ends its subject at the first ب-word after the head.
  if (cue.frame.size === 1 && cue.frame.has('bi')) {
    for (let m = j + 1; m < k; m++) {
      if (doc.keys[m].startsWith('ب') && doc.keys[m] !== 'بن' && doc.keys[m] !== 'باسم' && !doc.lex.titleWords.has(doc.keys[m])) { k = m; break; }
    }
  }
  // ولوحت الدول الأعضاء بفرض …: a verb that never takes an object has all the words up to its ب-phrase as subject.
  if (NO_OBJECT.has(cue.lemma)) {
    let m = k;
    while (m < end && m - j < MAX_NO_OBJECT_SUBJECT && !doc.keys[m].startsWith('ب') && !gapHas(doc, m, CLAUSE_MARKS) && !isStopWord(doc, m)) m++;
    if (m < end && doc.keys[m].startsWith('ب') && !gapHas(doc, m, CLAUSE_MARKS)) k = m;
  }
  // وطالب منظمة الحج …: a masculine verb does not agree with a feminine body or title, which is then its object.
  const head = titleAt(doc, j)?.[0].value ?? doc.lex.titleWords.get(doc.keys[j]);
  if (cue.gender === 'm' && head?.gender === 'f') return null;
  // وأشار بيان المنظمة، وقال بيان وزارة الخارجية: a speech noun in construct with a body or a title names that source,
  // so the speaker is the body (after the verb agreed with the noun) (which a role mention links to its entity), not its statement.
  if (k > j + 1 && doc.lex.words.get(doc.keys[j]) === 'speech' && (isTitle(doc, j + 1) || startsMention(doc, j + 1))) j++;
  // A lone definite noun that is no title (رفض الإفصاح، وذكر التصريح) is the object of a pro-drop verb; a document
  // (وقال البيان إن، يطالب القرار الحكومة) speaks, except as what is denied or accused (ورفض القرار).
  const document = DOCUMENTS.has(doc.keys[j]) && cue.stance !== 'deny' && cue.stance !== 'accuse';
  // Known (knownSubject) and the tests of a و-verb mid-sentence are asked last, only where they decide: they scan the
  // article (surnameBeforeParticle) or the words after the phrase, and most phrases are settled before.
  if (k - j === 1 && definiteAt(doc, j) && !isTitle(doc, j) && !document && !NO_OBJECT.has(cue.lemma) && !knownSubject(doc, hit, j, end)) return null;
  if (hit.prefixed && !isTitle(doc, j) && outletName === j && midSentence(doc, hit.start) && !saysOf(doc, cue, j, k, end)) return null;
  // وحث جميع الأطراف على، ودعا المواطنين إلى: the one urged, the subject dropped (ar/urged-object.ts).
  if (urgedObject(doc, hit, j, k)) return null;
  // وحث فلان كاميرون على: the name after the subject's is the one urged.
  const urged = urgedNameAt(doc, hit, j, k);
  if (urged > j) return [j, urged];
  // المواطن "سلمان العلي" أن: a quoted name after a title.
  const named = k < end && quoteOpeningAt(doc, k) ? quotedName(doc, k, end) : null;
  if (named) k = named[1];
  // وزير الخارجية الأميركي، جون كيري، أنه: a name in apposition between commas.
  // ريد برودي، أبرز الداعين إلى هذه المحاكمة، "إنها …": a longer one when a particle or a quotation follows it.
  else if (k < end && commaBefore(doc, k) && !isStopWord(doc, k) && !quoteOpeningAt(doc, k)) {
    for (let m = k + 1; m < Math.min(end, k + MAX_APPOSITION_TOKENS + 1); m++) {
      if (quoteOpeningAt(doc, m - 1) || hitStartsAt(doc, m - 1)) break;
      if (!commaBefore(doc, m)) continue;
      if (isComplement(doc, m) || speechQuoteAt(doc, m) || adjunctBeforeParticle(doc, m, end)) k = m;
      break;
    }
  }
  // وأكدت الولايات المتحدة ودول مجلس التعاون على: a second subject joined by و (ar/conjoined.ts).
  return [j, conjoinedSubjectEnd(doc, k, end, QUANTIFIERS.has(doc.keys[j]) && doc.keys[j + 1] === 'من')];
}

/**
 * True when a listed name ends right before the cue at `at` (no punctuation between) and starts the sentence or the
 * clause after a complement particle: the verb's subject stands before it.
 */
function namedRightBefore(doc: Doc, at: number): boolean {
  const floor = sentenceStart(doc, at);
  const mk = marks(doc);
  if (at <= floor || !mk.mentionEnds[at] || gapHas(doc, at, CLAUSE_MARKS)) return false;
  const s = mk.mentionFrom[at - 1] >= 0 ? mk.mentionFrom[at - 1] : at - 1;
  if (!mk.mentions[s]) return false;
  return s === floor || (isComplement(doc, s - 1) && !gapHas(doc, s, CLAUSE_MARKS));
}

/**
 * حذرت اليابان من …: a known entity (a country, a body) after the cue is a subject, unless قد puts the subject before the
 * verb (وكانت الوزارة قد اتهمت الصين). وذكر الشهود بأن: a plural noun of people right before the particle is the subject
 * too (ar/number.ts), unless its ين marks an object (وصف السياسيين بأنهم).
 */
function knownSubject(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, j: number, end: number): boolean {
  if (doc.keys[hit.start - 1] === 'قد') return false;
  // وقال الساهر لوكالة الأنباء، وأكد المصدر لـ«الصحيفة»: the one who talks to the media is the subject.
  return startsMention(doc, j) || surnameBeforeParticle(doc, j) || (opensMediaAddressee(doc, j + 1) && !gapHas(doc, j + 1, CLAUSE_MARKS))
    || loneBodyBeforeParticle(doc, hit, j, end) || saidBeforeParticle(doc, hit, j, end) || objectlessSubject(doc, hit.cue, j, end)
    || (isPluralNoun(doc, j) && !doc.keys[j].endsWith('ين') && j + 1 < end && (isComplement(doc, j + 1) || definitePluralSubject(doc, hit, j)));
}

/** Lemmas whose object stands before their particle: the one told, warned or described (أبلغ الوفد أن، وصف المشروع بأنه). */
const OBJECT_BEFORE_PARTICLE = new Set([...TELLING, 'أنذر', 'وصف']);

/**
 * وأكدت الجوازات أن، وأوضح المرور أن: a lone definite noun between the verb and its particle is no object but the
 * subject (a body the lexicon does not list), unless the verb's object stands there (OBJECT_BEFORE_PARTICLE).
 */
function loneBodyBeforeParticle(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, j: number, end: number): boolean {
  return !OBJECT_BEFORE_PARTICLE.has(hit.cue.lemma) && j + 1 < end && isComplement(doc, j + 1) && !gapHas(doc, j + 1, CLAUSE_MARKS);
}

/** Most words from a word in ه to the particle after it when that word is the subject (وقال وجيه السيد إن). */
const MAX_HA_SUBJECT_WORDS = 2;

/**
 * وقال وجيه السيد إن، قالت جاله إريكان: إن: a word ending in ه, with the bare particle of a verb of
 * saying at most MAX_HA_SUBJECT_WORDS words after it, is that verb's subject, a name (وجيه، فاطمه، جاله), not an
 * attached-pronoun object, which takes no bare particle after it (أكد التزامه بأن، أعلنت انسحابها من). Not for a verb whose object stands before its particle (أبلغ نظيره أن), nor for ها/هم, which also end
 * time adverbs (قال وقتها إن), nor for a listed function word or a ب/ل-word (عنه، بدوره).
 */
function haSubjectBeforeParticle(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, j: number, end: number): boolean {
  const key = doc.keys[j];
  if (!doc.tokens[j].text.endsWith('\u0647') || OBJECT_BEFORE_PARTICLE.has(hit.cue.lemma) || hit.cue.frame.has('obj')) return false;
  if (key.startsWith('ب') || key.startsWith('ل') || doc.lex.words.has(key)) return false;
  for (let k = j + 1; k < end && k <= j + MAX_HA_SUBJECT_WORDS; k++) {
    const particle = isComplement(doc, k) && !doc.keys[k].startsWith('ب');
    if (gapHas(doc, k, CLAUSE_MARKS) && !(particle && colonBefore(doc, k))) return false;
    if (particle) return true;
    if (doc.lex.words.has(doc.keys[k]) || hitStartsAt(doc, k) || quoteOpeningAt(doc, k) !== undefined) return false;
  }
  return false;
}

/** Most words between a lone definite subject of a verb of saying and its particle (المطرب الشهير في دبي اليوم إن). */
const MAX_WORDS_TO_SAID_PARTICLE = 6;

/**
 * وقال المطرب في دبي اليوم إن، قالت الممثلة الشابة إن: a verb that takes no object has no object to read in a lone
 * definite noun after it; with its particle a few words on (an adjective, a place, a time between; no comma, cue or
 * quotation), the noun is the subject.
 */
function saidBeforeParticle(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, j: number, end: number): boolean {
  if (hit.cue.frame.has('obj')) return false;
  for (let k = j + 1; k < Math.min(end, j + 1 + MAX_WORDS_TO_SAID_PARTICLE); k++) {
    if (gapHas(doc, k, CLAUSE_MARKS) || hitStartsAt(doc, k) || quoteOpeningAt(doc, k)) return false;
    if (isComplement(doc, k)) return true;
  }
  return false;
}

/**
 * وأدان الوزراء الهجمات، ويتهم المحتجون الحكومة: a definite plural of people right after the verb is its subject when
 * it is nominative (-ون) or a broken plural after a masculine verb; ودعت الأهالي إلى الخروج (a feminine verb after a
 * subject already named) calls on them.
 */
function definitePluralSubject(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, j: number): boolean {
  return definiteAt(doc, j) && (doc.keys[j].endsWith('ون') || hit.cue.gender === 'm');
}

/** A و-verb at token `at` inside a sentence shares the subject of the verb before it (واستدعت السفير … وطالبت موسكو):
 * what follows it is its object unless it is headed by a title (or saysOf). */
function midSentence(doc: Doc, at: number): boolean {
  return at > sentenceStart(doc, at) && !commaBefore(doc, at) && !gapHas(doc, at, SENTENCE_END_MARKS) && !quoteClosingBefore(doc, at);
}

/**
 * …بالسجن وقالت سلمى إنها: a verb that takes no object has its subject [j, k) right before the particle or the colon; a
 * known name after it is its subject too (a subheading run into the sentence: تدقيق الاتفاق وقال روحاني في كلمة).
 * ولوحت الدول الأعضاء بفرض عقوبات: a verb that never takes an object has its subject before its ب-phrase.
 */
function saysOf(doc: Doc, cue: Cue, j: number, k: number, end: number): boolean {
  return !cue.frame.has('obj') && ((k < end && (isComplement(doc, k) || colonBefore(doc, k))) || startsMention(doc, j)
    || (NO_OBJECT.has(cue.lemma) && k < end && doc.keys[k].startsWith('ب')))
    // واتهمت السلطات التنظيمين بالوقوف وراءها: two noun phrases before the ب-phrase, the first is the subject (double-object.ts).
    || subjectBeforeObjectAndBi(doc, cue, k, end);
}

/** SVO (P9): a title- or name-headed phrase right before the cue, starting at a clause boundary (لكن الرئيس … قال). */
export function subjectBefore(doc: Doc, cueStart: number): [number, number] | null {
  const floor = sentenceStart(doc, cueStart);
  // وكان المرشد … قد قال: the particle قد stands between the subject and its verb.
  const e = cueStart - 1 > floor && doc.keys[cueStart - 1] === 'قد' ? cueStart - 1 : cueStart;
  // سبق- وكالات: أعلنت الوزارة، الرياض - واس: قال: a phrase closed by a colon before the verb is a dateline or a byline, never its subject.
  if (colonBefore(doc, e)) return null;
  const s = arabicSubjectBefore(doc, e, floor);
  // مما يؤكد أن …: the relative "which" is no subject (the verb goes on with the last speaker); nor is a relative
  // clause (الأغنية التي تولى تلحينها بنفسه، كتب …): the words after التي/الذي are its own.
  if (doc.keys[s] === 'مما' || (s > floor && s < e && relativeGender(doc.keys[s - 1]) !== undefined)) return null;
  // نقلت الوكالة عن مسؤول قوله إن: the one quoted stands between عن and the verbal noun.
  const quotedFrom = QUOTED_SAYING.has(doc.keys[cueStart]);
  const atBoundary = (x: number) => x === floor || commaBefore(doc, x) || quoteOpeningAt(doc, x) !== undefined || (quotedFrom && doc.keys[x - 1] === 'عن')
    || ['complement', 'boundary'].includes(doc.lex.words.get(doc.keys[x - 1]) ?? '');
  const headed = (x: number) => (isTitle(doc, x) || !definiteAt(doc, x)) && !hasPronounSuffix(doc, x);
  // وبالنسبة لعدم تخفيض الرواتب، دعا المانحون: a preposition phrase set off by a comma before the verb is an adjunct,
  // not its subject (a name set off by commas is: …، تشاك شومر، قد أعلن).
  const adjunct = s < e && commaBefore(doc, e) && isBiPhrase(doc.keys[s].replace(/^[وف]/, ''));
  // وكان النواب الفرنسيون قد أكدوا: كان … قد brackets the subject, whatever heads it.
  const bracketed = e < cueStart && s < e && s > floor && KANA.has(doc.keys[s - 1]) && !hasPronounSuffix(doc, s);
  // وعن المسلسلين «الدار» و«ليل طويل» قالت: the last of quoted titles joined by و is no subject (the verb drops it).
  if (s < e && coordinatedQuote(doc, s)) return null;
  if (s < e && atBoundary(s) && (headed(s) || bracketed) && !adjunct) {
    // لكن سامي نور، رئيس الشركة، أوضح: the name before a title in apposition belongs to the subject.
    const n = commaBefore(doc, s) && isTitle(doc, s) ? arabicSubjectBefore(doc, s, floor) : s;
    return n < s && atBoundary(n) && headed(n) && !doc.keys[n].startsWith('ال') ? [n, e] : [s, e];
  }
  // لكن مدير الوكالة (سي آي إيه) جورج تينيت هدد: a short bracketed aside (an abbreviation) inside the subject is passed
  // back to the title before it.
  const o = s < e ? asideOpening(doc, s, floor) : -1;
  if (o >= 0) {
    const n = arabicSubjectBefore(doc, o, floor);
    if (n < o && atBoundary(n) && isTitle(doc, n)) return [n, e];
  }
  // إلا أن مارك زوكربيرغ، مؤسس الشركة ورئيسها التنفيذي، أوضح أن …: a name, then a title-headed apposition between commas.
  if (!commaBefore(doc, e)) return null;
  for (let c = e - 1; c > floor && e - c <= MAX_APPOSITION_TOKENS; c--) {
    if (!commaBefore(doc, c)) continue;
    if (!isTitle(doc, c)) return null;
    const n = arabicSubjectBefore(doc, c, floor);
    return n < c && atBoundary(n) && headed(n) && !doc.keys[n].startsWith('ال') ? [n, e] : null;
  }
  return null;
}

const OPEN_BRACKET = gapChars('('), CLOSE_BRACKET = gapChars(')');
/** Longest bracketed aside passed inside a subject before its verb (سي آي إيه), in tokens. */
const MAX_ASIDE_TOKENS = 5;

/** The token whose gap opens the bracket that closes right before token s, or -1 when there is none that short. */
function asideOpening(doc: Doc, s: number, floor: number): number {
  if (!gapHas(doc, s, CLOSE_BRACKET)) return -1;
  for (let o = s - 1; o > floor && s - o <= MAX_ASIDE_TOKENS; o--) {
    if (o + 1 < s && gapHas(doc, o + 1, CLOSE_BRACKET)) return -1;
    if (gapHas(doc, o, OPEN_BRACKET)) return o;
  }
  return -1;
}

/** True when a quotation opens at token s right after a lone و that follows another quotation («…» و«…»). */
function coordinatedQuote(doc: Doc, s: number): boolean {
  return s > 1 && doc.keys[s - 1] === 'و' && quoteOpeningAt(doc, s) !== undefined && quoteClosingBefore(doc, s - 1) !== undefined;
}

/** The verbal noun of saying with the quoted one's pronoun (عن مسؤول قوله إن), as match keys. */
export const QUOTED_SAYING = new Set(['قوله', 'قولها', 'قولهم']);


/** Longest quoted name inside a subject between كان and its verb, in characters. */
const MAX_QUOTED_NAME_CHARS = 40;
/** Clause marks that a subject between كان and its verb never spans (quotation marks may: شبكتا «…» و«…»). */
const KANA_BREAK = gapChars(',\u060C:;\u061B.!?\u061F()');

/**
 * وكانت الحكومة التركية اكدت تزامنا مع …، وكانت شبكتا «…» و«…» أكدتا: كان/كانت, a subject, then the verb with no قد
 * (قد is read by subjectBefore): the words between are the subject, and what follows the verb (تزامنا) is not.
 */
export function kanaSubject(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): [number, number] | null {
  if (hit.prefixed || hit.cue.kind !== 'verb') return null;
  const floor = sentenceStart(doc, hit.start);
  // Words inside quotation marks are not counted against MAX_SPEAKER_TOKENS (a quoted name is one).
  for (let k = hit.start - 1, words = 0; k >= floor && words <= MAX_SPEAKER_TOKENS; k--) {
    // وكأن "as if" shares the match key of وكان: the hamza, as written, tells them apart.
    if (KANA.has(doc.keys[k]) && !doc.tokens[k].text.includes('\u0623')) {
      // وكانت … قال: a feminine كان heads no masculine verb's subject.
      const feminine = doc.keys[k].endsWith('ت');
      // فإن النائب الذي كان أول المؤيدين … قال: كان right after a relative pronoun is the relative clause's own verb.
      if (k > floor && relativeGender(doc.keys[k - 1])) return null;
      return k + 1 < hit.start && !(feminine && hit.cue.gender === 'm') ? [k + 1, hit.start] : null;
    }
    // «سي ان ان تورك»: a function word inside quotation marks is part of a quoted name, and
    const quoted = inShortQuote(doc, k);
    // و standing alone joins two quoted names (شبكتا «…» و«…»).
    if ((isStopWord(doc, k) && !quoted && doc.keys[k] !== 'و') || hitStartsAt(doc, k) || gapHas(doc, k + 1, KANA_BREAK)) return null;
    if (!quoted) words++;
  }
  return null;
}

/** True when token k lies inside a quotation of at most MAX_QUOTED_NAME_CHARS (a loop, not quotes.some: kanaSubject asks at
 * every word back from every verb, and a closure per ask cost more than the test). */
function inShortQuote(doc: Doc, k: number): boolean {
  const { start, end } = doc.tokens[k];
  for (const q of doc.quotes) if (q.start <= start && end <= q.end && q.end - q.start <= MAX_QUOTED_NAME_CHARS) return true;
  return false;
}

/** قد with the ف that answers أما, as a match key. */
const FA_QAD = 'فقد';

/** True when the cue follows فقد (أما X فقد V): its subject may be the topic after أما (topicSubject). */
export function afterTopicQad(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): boolean {
  return !hit.prefixed && hit.start > 0 && doc.keys[hit.start - 1] === FA_QAD;
}

/**
 * أما المزارعون، فقد حمّلوا: a plural verb's topic may be a plural noun of people with no title (subjectBefore reads
 * only title- or name-headed phrases); أما, checked by topicSubject, must stand right before it.
 */
function pluralTopic(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, at: number, floor: number): [number, number] | null {
  if (hit.cue.gender !== 'pl') return null;
  const s = arabicSubjectBefore(doc, at, floor);
  return s < at && isPluralNoun(doc, s) ? [s, at] : null;
}

/** Prepositions that open a topic after أما (أما بخصوص …، أما بشأن …), as match keys. */
const TOPIC_PREPOSITIONS = new Set(['بخصوص', 'بشان', 'حول', 'عن', 'في']);

/**
 * أما سامي العلي، عضو الهيئة العليا للحزب، فقال: after the topic particle أما, a ف-cue's subject is the phrase right
 * after the particle (a name, with a title in apposition, or a title-headed phrase); أما الاستثمارات … فقال has none.
 */
export function topicSubject(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): [number, number] | null {
  // أما الوزير، فقد أكد: ف is written on قد, which then stands where the ف-cue would.
  const at = afterTopicQad(doc, hit) ? hit.start - 1 : hit.start;
  if (!doc.tokens[at].text.startsWith('ف')) return null;
  const floor = sentenceStart(doc, at);
  const s = subjectBefore(doc, at) ?? pluralTopic(doc, hit, at, floor);
  // أما بخصوص الخطة فأفاد: a topic opened by a preposition names no speaker.
  return s && s[0] > floor && doc.keys[s[0] - 1] === 'اما' && doc.tokens[s[0] - 1].text.replace(/^و/, '') === 'أما'
    && !isBiPhrase(doc.keys[s[0]]) && !TOPIC_PREPOSITIONS.has(doc.keys[s[0]]) ? s : null;
}
