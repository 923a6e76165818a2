import { MAX_QUOTED_NAME_TOKENS, MAX_TOKENS_QUOTE_TO_CUE, MIN_QUOTE_TOKENS } from '../constants.js';
import { charRange, colonBefore, commaBefore, isComplement, PHRASE_END, quoteTokensAt } from '../clause.js';
import { gapChars } from '../gaps.js';
import { gapBefore, gapHas, hitStartsAt, titleAt, quoteClosingBefore, quoteOpeningAt, sentenceEnd, sentenceStart } from '../doc.js';
import { opensNestedClause } from '../nested.js';
import { addresseeEnd } from './told.js';
import { arabicTargets } from './targets.js';
import { surnameBeforeParticle } from './surname.js';
import { firstWordAt } from '../../text/words.js';
import { ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW } from '../../text/chars.js';
import type { Doc, Draft, Hit, Rule, SpeakerRef } from '../types.js';
import { arabicContent, skipAdjuncts, speechQuoteAt } from './content.js';
import { antecedentHead, frontedRelativeSubject, relativeGender, RELATIVES, relativeSpeaker, RESUMPTIVE } from './antecedent.js';
import { arabicSubject, arabicSubjectBefore, definiteAt, hasPronounSuffix, isBiPhrase, isLamObject, isStopWord, isTitle, startsMention } from './speaker.js';

/** عن + a pronoun (قال عنه، قالت عنها), as match keys. */
const ABOUT = new Set(['عنه', 'عنها', 'عنهم']);
/** Longest apposition between commas after a title (وزير الخارجية الأميركي، جون كيري، أنه), in tokens. */
const MAX_APPOSITION_TOKENS = 10;
/** Words left after كما ذكرت + a subject that are still part of the source (… وكالة فرانس برس.), at most. */
const SHORT_TAIL_TOKENS = 2;
// Punctuation looked for between two words (attribution/gaps.ts).
/** A sentence end. */
const SENTENCE_END = gapChars('.!?\u061F');
/** A sentence end or a colon. */
const END_OR_COLON = gapChars('.!?\u061F:');
/** Anything that ends a clause, quotation marks and brackets included. */
const CLAUSE_MARKS = gapChars(',\u060C:;.!?\u061F()«»“”"');
/** A comma or a closing bracket (before a relative pronoun). */
const COMMA_OR_CLOSE = gapChars(',\u060C)');
/** Longest prepositional adjunct after a subject before its particle (خلال حضوره اجتماعا … أمس الخميس أن), in tokens. */
const MAX_ADJUNCT_TOKENS = 16;

/** A short quotation at token i holding a name (no function word): its token range. */
function quotedName(doc: Doc, i: number, end: number): [number, number] | null {
  const q = quoteTokensAt(doc, i);
  if (!q || q.to > end || q.to - q.from > MAX_QUOTED_NAME_TOKENS || colonBefore(doc, i)) return null;
  for (let k = q.from; k < q.to; k++) if (isStopWord(doc, k)) return null;
  return [q.from, q.to];
}

/** The person prefixes of an imperfect verb (يكشف، تكشف). */
const IMPERFECT = /^[\u064A\u062A]/;

/**
 * يكشف ويفضح أعمال …: right after an imperfect cue, و + a word with the cue's own person prefix is a second verb
 * joined to it, never a subject (unless a listed name or a title starts there).
 */
function coordinatedVerb(doc: Doc, cueAt: number, j: number, end: number): boolean {
  if (j >= end) return false;
  const cue = doc.tokens[cueAt].text.replace(/^[\u0648\u0641]?\u0633?/, ''), w = doc.tokens[j].text;
  if (!IMPERFECT.test(cue) || !w.startsWith('\u0648') || w.length < 5 || w[1] !== cue[0] || gapHas(doc, j, CLAUSE_MARKS)) return false;
  return !startsMention(doc, j) && !isTitle(doc, j);
}

/** "The same" after a time word (في اليوم ذاته، في الوقت نفسه), as match keys. */
const SAME = new Set(['ذاته', 'نفسه', 'ذاتها', 'نفسها', 'عينه']);

/** Lemmas of cues that never take a direct object (لوّح بـ "brandished"): a noun after them is their subject. */
const NO_OBJECT = new Set(['لوح']);
/** Most words of the subject of such a verb before its ب-phrase. */
const MAX_NO_OBJECT_SUBJECT = 5;

/** Where the explicit subject after a cue is, or why there is none. */
function subjectAfter(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, j: number, end: number): [number, number] | null {
  const { cue } = hit;
  if (cue.kind === 'participle' || j >= end) return null;
  if (RESUMPTIVE.has(doc.keys[j]) && j + 1 < end && !isStopWord(doc, j + 1)) j++;
  // الوضع الذي قالت عنه الوزيرة إنه …: "about it" before the subject of a verb that takes no عن of its own.
  else if (ABOUT.has(doc.keys[j]) && !cue.frame.has('an') && j + 1 < end && !isStopWord(doc, j + 1)) j++;
  if (cue.gender === 'pl' || cue.gender === 'du') return null; // VSO keeps the verb singular: قالوا has its subject before it
  if (colonBefore(doc, j)) return null;
  if (quoteOpeningAt(doc, j)) return quotedName(doc, j, end);
  const cls = doc.lex.words.get(doc.keys[j]);
  if (cls === 'complement' || cls === 'preposition' || cls === 'demonstrative' || cls === 'pronoun' || cls === 'object') return null;
  if (hasPronounSuffix(doc, j)) return null; // أعلنت انسحابها: an object
  let k = arabicSubject(doc, j, end, !cue.frame.has('obj'));
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
  // حذرت اليابان من …: a known entity (a country, a body) is a subject, unless قد puts the subject before the verb (وكانت الوزارة قد اتهمت الصين).
  const known = (startsMention(doc, j) || surnameBeforeParticle(doc, j)) && doc.keys[hit.start - 1] !== 'قد';
  if (k - j === 1 && definiteAt(doc, j) && !isTitle(doc, j) && !document && !known && !NO_OBJECT.has(cue.lemma)) return null;
  // A و-verb inside a sentence shares the subject of the verb before it (واستدعت السفير … وطالبت موسكو):
  // what follows is its object unless it is headed by a title.
  const midSentence = hit.start > sentenceStart(doc, hit.start) && !commaBefore(doc, hit.start)
    && !gapHas(doc, hit.start, SENTENCE_END) && !quoteClosingBefore(doc, hit.start);
  // …بالسجن وقالت سلمى إنها: a verb that takes no object has its subject right before the particle or the colon; a known
  // name after it is its subject too (a subheading run into the sentence: تدقيق الاتفاق وقال روحاني في كلمة).
  // ولوحت الدول الأعضاء بفرض عقوبات: a verb that never takes an object has its subject before its ب-phrase.
  const saysOf = !cue.frame.has('obj') && ((k < end && (isComplement(doc, k) || colonBefore(doc, k))) || startsMention(doc, j)
    || (NO_OBJECT.has(cue.lemma) && k < end && doc.keys[k].startsWith('ب')));
  if (hit.prefixed && midSentence && !isTitle(doc, j) && !saysOf) return null;
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
  return [j, k];
}

/**
 * مديرة المعهد، د. سابرينا فلورا، في مؤتمر صحفي، أن: a preposition phrase at token i set off by commas, with the
 * particle right after its closing comma (within MAX_ADJUNCT_TOKENS, no quotation, cue, colon or full stop before it).
 */
function adjunctBeforeParticle(doc: Doc, i: number, end: number): boolean {
  if (doc.lex.words.get(doc.keys[i]) !== 'preposition') return false;
  for (let n = i + 1; n < Math.min(end, i + MAX_ADJUNCT_TOKENS); n++) {
    if (quoteOpeningAt(doc, n) || hitStartsAt(doc, n) || gapHas(doc, n, END_OR_COLON)) return false;
    if (commaBefore(doc, n)) return isComplement(doc, n);
  }
  return false;
}

/** SVO (P9): a title- or name-headed phrase right before the cue, starting at a clause boundary (لكن الرئيس … قال). */
function subjectBefore(doc: Doc, cueStart: number): [number, number] | null {
  const floor = sentenceStart(doc, cueStart);
  // وكان المرشد … قد قال: the particle قد stands between the subject and its verb.
  const e = cueStart - 1 > floor && doc.keys[cueStart - 1] === 'قد' ? cueStart - 1 : cueStart;
  const s = arabicSubjectBefore(doc, e, floor);
  // مما يؤكد أن …: the relative "which" is no subject (the verb goes on with the last speaker).
  if (doc.keys[s] === 'مما') return null;
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
  if (s < e && atBoundary(s) && (headed(s) || bracketed) && !adjunct) {
    // لكن سامي نور، رئيس الشركة، أوضح: the name before a title in apposition belongs to the subject.
    const n = commaBefore(doc, s) && isTitle(doc, s) ? arabicSubjectBefore(doc, s, floor) : s;
    return n < s && atBoundary(n) && headed(n) && !doc.keys[n].startsWith('ال') ? [n, e] : [s, e];
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

/** The verbal noun of saying with the quoted one's pronoun (عن مسؤول قوله إن), as match keys. */
const QUOTED_SAYING = new Set(['قوله', 'قولها', 'قولهم']);

/** كان and كانت, with و/ف, as match keys: before a subject and قد + its verb (وكانت الوزارة قد أعلنت). */
const KANA = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت']);

/** Prepositions that open a topic after أما (أما بخصوص …، أما بشأن …), as match keys. */
const TOPIC_PREPOSITIONS = new Set(['بخصوص', 'بشان', 'حول', 'عن', 'في']);

/**
 * أما سامي العلي، عضو الهيئة العليا للحزب، فقال: after the topic particle أما, a ف-cue's subject is the phrase right
 * after the particle (a name, with a title in apposition, or a title-headed phrase); أما الاستثمارات … فقال has none.
 */
function topicSubject(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): [number, number] | null {
  if (!doc.tokens[hit.start].text.startsWith('ف')) return null;
  const floor = sentenceStart(doc, hit.start);
  const s = subjectBefore(doc, hit.start);
  // أما بخصوص الخطة فأفاد: a topic opened by a preposition names no speaker.
  return s && s[0] > floor && doc.keys[s[0] - 1] === 'اما' && doc.tokens[s[0] - 1].text.replace(/^و/, '') === 'أما'
    && !isBiPhrase(doc.keys[s[0]]) && !TOPIC_PREPOSITIONS.has(doc.keys[s[0]]) ? s : null;
}

/** «…». قال الممثل: the quotation that ends just before the cue's clause (P5). */
function quoteBefore(doc: Doc, cueStart: number): [number, number] | null {
  const from = doc.tokens[Math.max(0, cueStart - MAX_TOKENS_QUOTE_TO_CUE)]?.start ?? 0;
  const at = doc.tokens[cueStart].start;
  const q = [...doc.quotes].reverse().find((x) => x.closeEnd <= at && x.closeEnd >= from);
  if (!q || !/^[\s.,\u060C]*$/.test(doc.text.slice(q.closeEnd, at))) return null;
  const words = doc.text.slice(q.start, q.end).trim().split(/\s+/).length;
  return words >= MIN_QUOTE_TOKENS ? [q.start, q.end] : null;
}

/**
 * Prepositions that keep a pronoun (فيه، له) or a time (بعد، منذ) before a verb (في كلمة له قال فيها، منذ قال):
 * after any other preposition a cue word is a verbal noun (عبر وصف، من إعلان), as match keys.
 */
const BEFORE_VERB = new Set(['فيه', 'فيها', 'فيهم', 'له', 'لها', 'لهم', 'بعد', 'قبل', 'منذ', 'ل', 'لـ']);
/** True when token i (in the cue's sentence, no punctuation after it) is a preposition that governs the cue word as a noun. */
function governsNoun(doc: Doc, i: number, key: string): boolean {
  return key !== '' && doc.lex.words.get(key) === 'preposition' && !BEFORE_VERB.has(key) && !gapHas(doc, i + 1, CLAUSE_MARKS);
}

/**
 * The first complement particle within MAX_ADJUNCT_TOKENS after token `from`, with no cue, source, quotation
 * or full stop before it; -1 when there is none.
 */
function laterParticle(doc: Doc, from: number, end: number): number {
  for (let k = from + 1; k < Math.min(end, from + MAX_ADJUNCT_TOKENS); k++) {
    if (hitStartsAt(doc, k) || quoteOpeningAt(doc, k) || gapHas(doc, k, END_OR_COLON)) return -1;
    // خاصة أن، بعد أن، رغم أن: a particle that opens an adjunct (the speaker's reason, a time) is not the report.
    if (isComplement(doc, k)) return ADJUNCT_AN.has(doc.keys[k - 1]) ? -1 : k;
  }
  return -1;
}

/** Tokens from a subject to the relative pronoun of an apposition after it (طبيب القلب (51 عاما)، الذي), at most. */
const MAX_APPOSITION_TO_RELATIVE = 6;
/** Longest relative aside on a speaker, closed by a comma before its particle (…، الذي …، أن), in tokens. */
const MAX_RELATIVE_ASIDE_TOKENS = 40;

/**
 * …، الذي كان يتولى …، أن: the particle that closes a relative aside on the speaker (a relative pronoun after a
 * comma or a bracket, a few words after the subject; the particle after a comma), or -1. Cue words inside
 * the aside do not stop it; a full stop, a colon or a quotation does.
 */
function particleAfterAside(doc: Doc, from: number, end: number): number {
  let r = -1;
  for (let m = from; m < Math.min(end, from + MAX_APPOSITION_TO_RELATIVE); m++) {
    if (gapHas(doc, m, END_OR_COLON) || quoteOpeningAt(doc, m)) return -1;
    if (m > from && relativeGender(doc.keys[m]) && gapHas(doc, m, COMMA_OR_CLOSE)) { r = m; break; }
  }
  if (r < 0) return -1;
  for (let k = r + 1; k < Math.min(end, r + MAX_RELATIVE_ASIDE_TOKENS); k++) {
    if (gapHas(doc, k, END_OR_COLON) || quoteOpeningAt(doc, k)) return -1;
    if (isComplement(doc, k) && commaBefore(doc, k)) return k;
  }
  return -1;
}

/** Words before أن that make it an adjunct, not the reported clause (match keys). */
export const ADJUNCT_AN = new Set(['خاصه', 'خصوصا', 'سيما', 'بعد', 'قبل', 'منذ', 'حيث', 'رغم', 'برغم', 'بما', 'دون', 'بدون', 'لاسيما']);

/** Words before a required أن that make it an adjunct (بعد أن) or a condition (على أن), as match keys. */
const REQUIRED_AN_BLOCKERS = new Set([...ADJUNCT_AN, 'علي']);

/**
 * Nouns that take a verbal noun in construct (في حال رفض الكونجرس، عدم ذكر), or a noun (تقديم طلب "filing a request"),
 * as match keys.
 */
const NOUN_HEADS = new Set(['حال', 'حاله', 'عدم', 'مجرد', 'تقديم']);
/** Number words that count a noun (مليون طالب، آلاف المطالبين), as match keys. */
const NUMBERS = new Set(['الف', 'الاف', 'مليون', 'ملايين', 'مئات', 'عشرات', 'مئه', 'مائه']);
/** Words before أن that make it "after/before/since he …" (بعد أن رفض): a verb may follow with its subject dropped (match keys). */
const TEMPORAL_AN = new Set(['بعد', 'قبل', 'منذ', 'دون', 'بدون']);

/** Demonstratives that stand before a noun (هذا طلب), unlike ذلك in إلى ذلك نفى (match keys). */
const NOUN_DEMONSTRATIVES = new Set(['هذا', 'هذه', 'هذان', 'هاتان', 'هؤلاء']);
/** Objects of رفض/طلب in the anonymity formula (رفض الكشف عن اسمه، طلب عدم ذكر هويته), as match keys. */
const ANONYMITY = new Set(['الكشف', 'الافصاح', 'ذكر', 'عدم', 'نشر']);
/**
 * Particles that negate the verb right after them (لم يكشف، لن يعلن، لا ينفي), with و/ف, as match keys. A negated cue
 * reports nothing (as "did not say" in English): the source did not say the content. It is no `doubt` either, which
 * GUIDELINES.md keeps for a source that cannot confirm, questions or has no evidence (لم يتمكن من تأكيد، لم يؤكد are
 * hedges, matched before any cue).
 */
const NEGATIONS = new Set(['لم', 'ولم', 'فلم', 'لن', 'ولن', 'فلن', 'لا', 'ولا', 'فلا']);
/**
 * Verbal nouns of disclosing, as match keys: رفض المتحدث الكشف عن أسماء المعتقلين is a refusal to speak, not a denial of
 * the names (as "declined to comment" in English), so no statement; see NEGATIONS for why it is no `doubt`.
 */
const DISCLOSURE = new Set(['الكشف', 'الافصاح']);
/**
 * Prepositions with a pronoun that refers back (وهو ما أشار إليه X، ما أكد عليه، ما حذر منه), as match keys: after the
 * relative ما the cue's content is the clause before, not what follows, so the verb–subject reading would take the
 * wrong words (05-resumptive.ts reads it).
 */
export const RESUMPTIVES = new Set(['اليه', 'اليها', 'عليه', 'عليها', 'به', 'بها', 'له', 'لها', 'منه', 'منها', 'عنه', 'عنها']);
/** Longest relative clause on a subject before its complement particle, in tokens. */
const MAX_RELATIVE_TOKENS = 14;
/** Tokens after a ل-object searched for a particle, colon or quotation that makes it an addressee (أكد الوزير للصحفيين أن). */
const LAM_ADDRESSEE_WINDOW = 3;

/**
 * رفض الكونجرس للاتفاق، ورفض الزعماء لهذه القرارات: a cue word that takes a direct object, then a noun, then ل + a
 * definite noun or a demonstrative, is a verbal noun in construct (a noun phrase), unless a particle, a colon or a
 * quotation soon follows (the ل-phrase is then the addressee: أكد الوزير للصحفيين أن).
 */
function verbalNounPhrase(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, subject: [number, number] | null, end: number): boolean {
  if (!subject || hit.cue.kind !== 'verb' || !hit.cue.frame.has('obj') || hit.cue.frame.has('li') || hit.cue.frame.has('ila')) return false;
  // The noun right after the cue word, then the ل-word (inside the chunked subject or right after it); a title
  // takes ل in construct (الأمين العام للأمم المتحدة، رئيس الوزراء للشؤون).
  const l = subject[0] + 1;
  if (isTitle(doc, subject[0]) || startsMention(doc, subject[0]) && !doc.keys[subject[0]].startsWith('ال')) return false;
  if (l >= end || !isLamObject(doc, l) || gapHas(doc, l, PHRASE_END)) return false;
  for (let k = l + 1; k < Math.min(end, l + 1 + LAM_ADDRESSEE_WINDOW); k++) {
    if (isComplement(doc, k) || colonBefore(doc, k) || quoteOpeningAt(doc, k)) return false;
  }
  return true;
}

/** Documents that can be the subject of a cue (match keys): البيان، التقرير، القرار، الرسالة. */
const DOCUMENTS = new Set(['البيان', 'التقرير', 'القرار', 'الرساله', 'المذكره', 'الوثيقه']);
/**
 * Longest adverbial before a verb's own preposition, its first preposition included (بعد زيارتهم للمدينة على), in
 * tokens. Tuned on dev-arnews and the ar-news corpus, checked on the held-out speaker figure: a longer reach takes
 * the على or إلى of a noun further on (حرص … على) and moved a held-out content off its gold.
 */
const MAX_ADVERBIAL_TOKENS = 5;
/** Nouns of need after a frame preposition (أكد على ضرورة، شدد على أهمية), as match keys: no noun before them takes that على. */
const NEED_NOUNS = new Set(['ضروره', 'اهميه', 'وجوب']);
/** Prepositions a frame names that are told apart from an adverbial's (أكد على، أشار إلى), as match keys. */
const FRAME_PREPOSITION: Partial<Record<string, string>> = { ala: 'علي', ila: 'الي' };

/**
 * The token after the cue's own frame preposition in an adverbial opened by the preposition at `from` and running to
 * `to` (بعد زيارتهم للمدينة على ضرورة …), or -1 when there is none or nothing follows it.
 */
function frameAfterAdverbial(doc: Doc, frame: ReadonlySet<string>, from: number, to: number): number {
  const keys = [...frame].map((f) => FRAME_PREPOSITION[f]).filter((k): k is string => k !== undefined);
  // دعت الأهالي إلى الخروج … والتوجه إلى: the preposition at `from` is the frame's own; nothing to skip.
  if (keys.includes(doc.keys[from])) return -1;
  for (let k = from + 2; k < Math.min(to, from + MAX_ADVERBIAL_TOKENS + 1); k++) if (keys.includes(doc.keys[k])) return k + 1 < to ? k + 1 : -1;
  // وأكد المسؤول في مؤتمر مسؤولي … في قم على ضرورة …: further on, only before a noun of need that the verb's على takes.
  for (let k = from + MAX_ADVERBIAL_TOKENS + 1; k + 1 < to; k++) if (keys.includes(doc.keys[k]) && NEED_NOUNS.has(doc.keys[k + 1])) return k + 1;
  return -1;
}

/** A content cut before the first comma inside it (the range of its tokens up to there). */
function cutAtComma(doc: Doc, content: NonNullable<ReturnType<typeof arabicContent>>): NonNullable<ReturnType<typeof arabicContent>> {
  for (let k = content.from + 1; k < doc.tokens.length && doc.tokens[k].end <= content.range[1]; k++) {
    if (commaBefore(doc, k)) return { ...content, range: [content.range[0], doc.tokens[k - 1].end] };
  }
  return content;
}

/** The lemma of "say", whose reported clause opens with إنّ (قال إنّ), not أنّ. */
const SAY = 'قال';

/**
 * The particle that opens what قال reports when the one at k is أن (written with its hamza above, so it belongs to
 * another verb: في تصريحات يرجح أن تثير …): the first إنّ after a comma within MAX_ADJUNCT_TOKENS, before a colon, a
 * quotation or another cue; k itself when there is none.
 */
function saidParticleAfter(doc: Doc, k: number, end: number): number {
  if (!doc.tokens[k].text.startsWith(ALEF_HAMZA_ABOVE)) return k;
  for (let m = k + 1; m < Math.min(end, k + MAX_ADJUNCT_TOKENS); m++) {
    if (colonBefore(doc, m) || quoteOpeningAt(doc, m) || hitStartsAt(doc, m)) return k;
    if (commaBefore(doc, m) && isComplement(doc, m) && doc.tokens[m].text.startsWith(ALEF_HAMZA_BELOW)) return m;
  }
  return k;
}

/** A percent sign or the Arabic one. */
const PERCENT = /[%\u066A]/;
/** A figure written in digits, with و/ف before it (و42). */
const FIGURE = /^[\u0648\u0641]?[0-9\u0660-\u0669]+(?:[.,\u066B][0-9\u0660-\u0669]+)?$/;

/**
 * وقال 38% إنهم، و42% قالوا إن: a share of a poll's respondents (a figure with a percent sign at token i) is no
 * speaker: a poll's results, not a statement (the poll's own report is the statement, where a verb gives it).
 */
function pollShare(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]?.text;
  if (!t) return false;
  if (PERCENT.test(t)) return FIGURE.test(t.replace(PERCENT, ''));
  return FIGURE.test(t) && i + 1 <= doc.tokens.length && PERCENT.test(gapBefore(doc, i + 1).slice(0, 2));
}

/** How far a poll's share is looked for around a bare verb: words before it (after the last cue), words after it. */
const POLL_BACK_TOKENS = 8;
const POLL_AHEAD_TOKENS = 3;

/**
 * ومن بين 79% من المستطلعين قالوا أنهم، وقال ما مجموعه 54% إن، حيث قالوا إنهم (after أفاد 72 % من …): a bare verb
 * with a poll's share after the last cue or right after it reports the respondents, not the last speaker.
 */
function pollAround(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, end: number): boolean {
  const last = doc.hits.filter((h) => h.type === 'cue' && h.end <= hit.start).pop();
  const from = Math.max(last ? last.end : 0, hit.start - POLL_BACK_TOKENS, sentenceStart(doc, hit.start));
  // Back to a clause mark or a particle: a share inside an earlier clause (النمو بلغ 5%، وأضاف) is none of this verb's.
  for (let i = hit.start - 1; i >= from && !gapHas(doc, i + 1, CLAUSE_MARKS); i--) {
    if (pollShare(doc, i)) return true;
    if (isComplement(doc, i)) break;
  }
  // أفاد 72 % من أصحاب العمل أنهم …، حيث قالوا: the share right after the last cue of the sentence.
  if (last && doc.sentOf[last.start] === doc.sentOf[hit.start]) {
    for (let i = last.end; i < Math.min(hit.start, last.end + POLL_AHEAD_TOKENS); i++) if (pollShare(doc, i)) return true;
  }
  for (let i = hit.end; i < Math.min(end, hit.end + POLL_AHEAD_TOKENS); i++) if (pollShare(doc, i)) return true;
  return false;
}

/** P1–P6: CUE [SUBJECT] [أن/إن/بأن | : | «»] CONTENT, or a bare و-cue inheriting the last speaker. */
export const arVerbSubject: Rule = {
  id: 'ar-verb-subject',
  on: 'cue',
  apply(doc, hit): Draft | null {
    if (hit?.type !== 'cue') return null;
    const { cue } = hit;
    const end = sentenceEnd(doc, hit.start);
    // هذا طلب، طالب أو طالبة: a cue word after a demonstrative or before أو is a noun.
    const prevKey = hit.start > sentenceStart(doc, hit.start) ? doc.keys[hit.start - 1] : '';
    if (NOUN_DEMONSTRATIVES.has(prevKey) || NOUN_HEADS.has(prevKey) || doc.keys[hit.end] === 'او') return null;
    // نصف مليون طالب، 500 طالب: a cue word counted by a number is a noun.
    if (NUMBERS.has(prevKey) || /^[0-9\u0660-\u0669]+$/.test(prevKey)) return null;
    // عبر وصف أدوية: a cue word right after a preposition is a verbal noun; it reports only with its speaker in
    // construct after it (حول وصف رئيس الحكومة …).
    if (cue.kind === 'verb' && governsNoun(doc, hit.start - 1, prevKey) && !(hit.end < end && (isTitle(doc, hit.end) || startsMention(doc, hit.end)))) return null;
    // رفض الكشف عن هويته، طلب عدم ذكر اسمه: the formula of an anonymous source, not a refusal or a request.
    if (ANONYMITY.has(doc.keys[hit.end]) && (cue.stance === 'deny' || cue.stance === 'demand')) return null;
    // …أم لا، قال إردمان: only a particle right before the cue (no punctuation between) negates it. A negated denial
    // or doubt (لا ينفي، لم يستبعد أن …) admits something rather than saying nothing, so it is left to those rules.
    if (NEGATIONS.has(prevKey) && !gapHas(doc, hit.start, CLAUSE_MARKS) && cue.stance !== 'deny' && cue.stance !== 'doubt') return null;
    // وهو ما ألمح إليه رئيس الوزراء: what X said is the clause before ما, which this rule cannot take; no statement
    // rather than one whose content is the speaker's own name.
    if (prevKey === 'ما' && RESUMPTIVES.has(doc.keys[hit.end] ?? '')) return null;
    let j = skipAdjuncts(doc, hit.end, end);
    // قال لي مسؤول، قال لـ"الصحيفة" فلان: the one told is neither subject nor content.
    j = skipAdjuncts(doc, addresseeEnd(doc, j, end, cue.kind === 'participle'), end);
    // إبان الحرب بعد أن، بين الطرفين على أن: a particle required after the cue word (بيّن … أن) that opens an adjunct
    // or a condition is no report, and the word is a preposition.
    if (hit.required && isComplement(doc, hit.required[0]) && REQUIRED_AN_BLOCKERS.has(doc.keys[hit.required[0] - 1])) return null;
    // بين الناخبين، قال 69% إن …: a required particle after another cue is that cue's.
    if (hit.required && doc.hits.some((h) => h.type === 'cue' && h.start >= hit.end && h.start < hit.required![0])) return null;
    // يكشف ويفضح أعمال …: a cue joined to a second verb tells what a thing shows, not what someone said.
    if (coordinatedVerb(doc, hit.start, j, end)) return null;
    const limit = hit.required ? hit.required[0] : end;
    if (j < limit && pollShare(doc, j)) return null;
    const subject = subjectAfter(doc, hit, j, limit);
    if (verbalNounPhrase(doc, hit, subject, end)) return null;
    // إن رفض الكونجرس للاتفاق …، من أن رفض الاتفاق …: right after إنّ/أنّ (not بعد أن) a cue word with no subject is a
    // verbal noun; with one, it reports inside another statement (nested) and is never a later antecedent.
    const afterParticle = hit.start > sentenceStart(doc, hit.start) && isComplement(doc, hit.start - 1) && !hit.prefixed
      && !TEMPORAL_AN.has(doc.keys[hit.start - 2] ?? '');
    if (afterParticle && !subject && cue.kind === 'verb') return null;
    let after = subject ? skipAdjuncts(doc, subject[1], end) : j;
    // قال القائد الذي رفض الكشف عن هويته لأسباب أمنية إن …: a relative clause on the subject, up to the particle.
    if (subject && after < end && RELATIVES[doc.keys[after]]) {
      for (let k = after + 1; k < Math.min(end, after + MAX_RELATIVE_TOKENS); k++) {
        if (doc.lex.words.get(doc.keys[k]) === 'complement') { after = k; break; }
      }
    }
    if (hit.required) after = skipAdjuncts(doc, hit.required[1], end);
    // أكدت اللجنة في اليوم ذاته مساندتها، وقال في الوقت نفسه إن: في + a time word (and ذاته/نفسه) is an adjunct.
    if (after + 1 < end && doc.keys[after] === 'في' && doc.lex.words.get(doc.keys[after + 1]) === 'time' && !gapHas(doc, after + 1, CLAUSE_MARKS)) {
      let k = after + 2;
      if (k < end && SAME.has(doc.keys[k])) k++;
      if (k < end && !gapHas(doc, k, CLAUSE_MARKS)) after = skipAdjuncts(doc, k, end);
    }
    // Where an object would start (the targets read it): a frame preposition passed below is recorded.
    const objectAt = after;
    let preposition = -1;
    // A preposition of the verb's frame before a complement (أشار إلى أن، حذر من أن) or a bare frame (أشار إلى X).
    while (after < end && doc.lex.words.get(doc.keys[after]) === 'preposition' && !colonBefore(doc, after)) {
      let next = after + 1;
      preposition = after;
      // قال لـ«الشرق الأوسط»: skip the quoted addressee.
      const addressee = speechQuoteAt(doc, next) ?? quoteTokensAt(doc, next);
      if (doc.keys[after].length === 1 && addressee) { after = skipAdjuncts(doc, addressee.to, end); continue; }
      if (next < end && doc.lex.words.get(doc.keys[next]) === 'complement') { after = next; break; }
      if (!hit.required) {
        // وأضاف في وقت لاحق أن، وقال عراقجي خلال حضوره اجتماعا … أمس الخميس أن: skip an adverbial before the particle
        // (short after a bare verb; up to a comma, a colon or another cue after a subject).
        const window = subject ? MAX_ADJUNCT_TOKENS : 4;
        let k = next;
        while (k < Math.min(end, next + window) && doc.lex.words.get(doc.keys[k]) !== 'complement' && !commaBefore(doc, k)
          && !colonBefore(doc, k) && !quoteOpeningAt(doc, k) && !hitStartsAt(doc, k)) k++;
        // أكدوا بعد زيارتهم للمدينة على ضرورة …: the verb's own preposition (على، إلى) after the adverbial opens the content.
        const own = k === next ? -1 : frameAfterAdverbial(doc, cue.frame, after, k);
        after = k < end && doc.lex.words.get(doc.keys[k]) === 'complement' ? k : own >= 0 ? own : next;
        // قال الوزير في تصريحات يرجح أن تثير …، إنّ …: the أن of a verb inside the adverbial is not قال's إنّ.
        if (after === k && cue.lemma === SAY) after = saidParticleAfter(doc, k, end);
      } else after = next;
      break;
    }
    // ندد بالحادث، هدد بالانسحاب، أشاد بمستوى: a verb framed by بـ alone reports only with its ب-phrase (تهدد أرواح الطلاب does not).
    if (cue.frame.size === 1 && cue.frame.has('bi') && !(after < end && doc.keys[after].startsWith('ب'))) return null;
    // وزاد: «…»: a verb framed by the colon alone (زاد "added", also "increased") reports only before a colon.
    if (cue.frame.size === 1 && cue.frame.has('colon') && !(after < end && colonBefore(doc, after))) return null;
    // أشاد بجهود …، تعهد بمفاوضات … من المتوقع أن: a verb framed by بـ alone reports its ب-phrase, so a particle further on
    // belongs to that phrase and is no new start of the content.
    const biOnly = cue.frame.size === 1 && cue.frame.has('bi') && !isComplement(doc, after);
    const keepObject = cue.stance === 'deny' || cue.stance === 'accuse' || cue.stance === 'demand' || biOnly;
    let content = arabicContent(doc, after, keepObject, end);
    // قال يونكر رئيس المفوضية، في مؤتمر صحفي، إنه …: a verb that takes no object reports the clause after a
    // particle further on, past an apposition or an adjunct with commas.
    if (content && !content.complement && !content.direct && cue.frame.has('anna') && !cue.frame.has('obj')) {
      const k = laterParticle(doc, after, end);
      if (k >= 0) content = arabicContent(doc, k, false, end) ?? content;
    } else if (subject && content && !content.complement && !content.direct && cue.frame.has('anna')) {
      // وأكد محامي X طبيب القلب (51 عاما)، الذي …، أن: a verb that may take an object still reports the clause after
      // the particle when an apposition with a relative clause (after a comma or a bracket) stands before it.
      const k = particleAfterAside(doc, after, end);
      if (k >= 0) content = arabicContent(doc, k, false, end) ?? content;
    }
    // …، مما يؤكد تفانيهم: "which confirms" with a plain object and no subject draws an inference from a fact, and
    // nobody is reported; with a clause (مما يؤكد أن إيران …) it goes on with the last speaker's claim, and with a
    // subject (مما دعا جماعة … لاتهام) that subject speaks.
    if (prevKey === 'مما' && cue.kind === 'verb' && !subject && !content?.complement) return null;
    // رفض المتحدث الكشف عن …: a refused disclosure after the subject (right after the cue, ANONYMITY above catches it).
    if (cue.stance === 'deny' && content && !content.complement && !content.direct && DISCLOSURE.has(doc.keys[content.from])) return null;
    // إن رفض الكونجرس للاتفاق سيسبب …: after a particle, a cue word with a plain object is a verbal noun.
    if (afterParticle && content && !content.complement && !content.direct) return null;
    // القرار الذي يطالب الأمين العام … بالتنسيق: after an agreeing relative the noun that follows is the object, unless a
    // particle with a pronoun takes the antecedent up again (الاتفاق الذي قال الوزير إنه …).
    if (subject && RELATIVES[prevKey] === cue.gender && !(content?.complement && /(ه|ها|هم)$/.test(doc.keys[content.from - 1] ?? ''))) {
      const a = antecedentHead(doc, hit.start - 1, sentenceStart(doc, hit.start));
      const object = a >= 0 ? arabicContent(doc, j, true, end) : null;
      if (!object) return null;
      return { rule: 'ar-relative', cue: [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end], stance: cue.stance,
        speaker: { kind: 'span', start: doc.tokens[a].start, end: doc.tokens[hit.start - 2].end, gender: cue.gender },
        content: object.range, direct: object.direct, targets: [], sentence: doc.sentOf[hit.start] };
    }
    // تسيبراس الذي تقول والدته إنه متعب، يواجه …: a report inside a relative clause (its particle taking the antecedent
    // up again) ends at the first comma, where the main clause resumes.
    if (subject && content && content.complement && !content.direct && RELATIVES[prevKey]) content = cutAtComma(doc, content);
    const relative = subject || cue.kind === 'participle' ? undefined : relativeSpeaker(doc, hit);
    if (relative === null) return null;
    // سلمى التي حاولت الهرب … قالت: a subject with a relative clause before the verb (the words right before the verb are the clause's).
    const fronted = relative || subject || cue.kind === 'participle' ? null : frontedRelativeSubject(doc, hit);
    const before = relative ?? (subject || fronted || cue.kind === 'participle' ? null : hit.prefixed ? topicSubject(doc, hit) : subjectBefore(doc, hit.start));
    if (before && pollShare(doc, before[0])) return null;
    if (!subject && !before && !fronted && cue.kind !== 'participle' && pollAround(doc, hit, end)) return null;
    // عن مسؤول قوله: the verbal noun reports only the one quoted right after عن; no other speaker is read into it.
    if (QUOTED_SAYING.has(doc.keys[hit.start]) && !(before && doc.keys[before[0] - 1] === 'عن')) return null;
    // والمستشار … قال: a fronted subject keeps its conjunction out of the speaker text.
    const conj = before && /^[وف]/.test(doc.keys[before[0]]) && doc.lex.titleWords.has(doc.keys[before[0]].slice(1)) ? 1 : 0;
    const speaker: SpeakerRef = subject
      ? { kind: 'span', start: doc.tokens[subject[0]].start, end: doc.tokens[subject[1] - 1].end, gender: cue.gender }
      : before ? { kind: 'span', start: doc.tokens[before[0]].start + conj, end: doc.tokens[before[1] - 1].end, gender: cue.gender }
      : fronted ? { kind: 'span', start: doc.tokens[fronted[0]].start, end: doc.tokens[fronted[1] - 1].end, gender: cue.gender }
      : { kind: 'inherit', gender: cue.gender, sentence: doc.sentOf[hit.start] };
    const cueChars: [number, number] = [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end];
    // …، كما ذكرت صحافية من وكالة فرانس برس.: the cue closes the sentence; what it reports comes before كما.
    if ((!content || end - after <= SHORT_TAIL_TOKENS) && subject && prevKey === 'كما' && commaBefore(doc, hit.start - 1) && hit.start - 1 - sentenceStart(doc, hit.start) >= MIN_QUOTE_TOKENS) {
      return { rule: 'ar-verb-subject-before', cue: cueChars, stance: cue.stance, speaker, content: charRange(doc, sentenceStart(doc, hit.start), hit.start - 1),
        direct: false, targets: [], sentence: doc.sentOf[hit.start] };
    }
    if (!content) {
      const q = subject ? quoteBefore(doc, hit.start) : null;
      if (!q) return null;
      return { rule: 'ar-quote-then-cue', cue: cueChars, stance: cue.stance, speaker, content: q, direct: true, targets: [], sentence: doc.sentOf[hit.start] };
    }
    const targets = arabicTargets(doc, { stance: cue.stance, content, object: objectAt, preposition, end });
    const rule = cue.kind === 'participle' ? 'ar-participle'
      : relative ? 'ar-relative'
      : before ? 'ar-subject-verb'
      : fronted ? 'ar-subject-relative-verb'
      : !subject ? 'ar-pro-drop'
      : content.direct ? 'ar-verb-subject-quote'
      : content.complement ? 'ar-verb-subject-anna' : 'ar-verb-subject-object';
    // قال الوزير إن الرئيس أكد أن …: the president is reported by the minister (nested), never a later antecedent.
    const nested = (before !== null && !relative && opensNestedClause(doc, before[0])) || (afterParticle && opensNestedClause(doc, hit.start));
    return { rule, cue: cueChars, stance: cue.stance, speaker, content: content.range, direct: content.direct, targets, sentence: doc.sentOf[hit.start],
      ...(nested ? { secondary: true } : {}) };
  },
};
