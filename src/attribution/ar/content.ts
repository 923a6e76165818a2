import { MAX_QUOTED_NAME_TOKENS, MAX_TOKENS_TO_COMPLEMENT, MIN_CONJOINED_VERB_LETTERS, MIN_QUOTE_TOKENS, SHORT_CONTENT_TOKENS } from '../constants.js';

/** Tokens searched after a cue for a colon that opens its content (لدى ترؤسه اجتماعا … في رام الله: «…»). */
const MAX_TOKENS_TO_COLON = 10;
/** Tokens searched after a cue, past commas, for a colon that opens a quotation closing the sentence (قال فلان، مدير …: «…»). */
const MAX_TOKENS_TO_QUOTED_COLON = 16;
/** A quotation after a particle this long (tokens) is a quoted clause, not a term (أن "الدولة الإسلامية"، التي …). */
const QUOTED_CLAUSE_TOKENS = 3;
/** A quotation right after a cue this long (tokens) is the content even when the clause goes on after it. */
const LONG_QUOTE_TOKENS = 5;
import { clauseEnd, colonBefore, commaBefore, contentRange, isComplement, quoteTokensAt } from '../clause.js';
import { gapHas, hitStartsAt, insideQuote, sentenceEnd } from '../doc.js';
import { gapChars } from '../gaps.js';

const OPEN_PAREN = gapChars('('), CLOSE_PAREN = gapChars(')');
const SENTENCE_END = gapChars('.!?\u061F');
/** A colon or an opening quotation mark before a word: what follows is speech. */
export const OPENS_SPEECH = gapChars(':\uFF1A«“"');
import type { Doc } from '../types.js';
import { dayBeforeTime } from './speaker-words.js';
import { contrastEnd } from './contrast.js';

export interface Content {
  range: [number, number];
  direct: boolean;
  /** Token where the content starts (after a complement particle, if any). */
  from: number;
  /** True when a complement particle (أن/إن/بأن) opened it. */
  complement: boolean;
}

// A spelled letter (إن. بي. سي) is no particle: isComplement knows it.
const isWord = (doc: Doc, i: number, cls: string) => (cls === 'complement' ? isComplement(doc, i) : doc.lex.words.get(doc.keys[i]) === cls);
/** فإن، وأن: a complement particle with a conjunction written on it. */
const conjoinedParticle = (doc: Doc, i: number) => doc.lex.words.get(doc.keys[i].replace(/^[وف]/, '')) === 'complement';

/**
 * Skips adverbs, time words and a parenthesis after token i (بقوة اليوم (الجمعة)); never past a colon or a quotation
 * mark, which open what was said (وقال: «لقد فعلنا …»: لقد is the quotation's first word).
 */
export function skipAdjuncts(doc: Doc, i: number, limit: number): number {
  while (i < limit) {
    if (gapHas(doc, i, OPENS_SPEECH)) break;
    if (isWord(doc, i, 'adverb') || isWord(doc, i, 'time')) { i++; continue; }
    // حذر مرارا وتكرارا من: an adverb joined by و to the adverb before it is one more.
    if (i > 0 && isWord(doc, i - 1, 'adverb') && doc.keys[i].startsWith('و') && doc.lex.words.get(doc.keys[i].slice(1)) === 'adverb') { i++; continue; }
    // مشددا في الوقت ذاته، على …: "in the same time/context" is an adjunct, whatever noun it names.
    const same = sameAdjunctEnd(doc, i, limit);
    if (same > i) { i = same; continue; }
    // يوم الأحد: "day" before a time word is part of the adjunct.
    if (dayBeforeTime(doc, i, limit)) { i += 2; continue; }
    if (gapHas(doc, i, OPEN_PAREN)) {
      const open = i;
      while (i < limit && !gapHas(doc, i + 1, CLOSE_PAREN)) i++;
      // الأحد (19 يوليو تموز” إن: a bracket left unclosed ends at the particle right after its few words.
      if (i >= limit) return unclosedBracketEnd(doc, open, limit);
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** "The same" after the noun of في الوقت ذاته، في السياق نفسه, as match keys. */
const SAME = new Set(['ذاته', 'نفسه', 'ذاتها', 'نفسها', 'عينه']);

/** After في + a definite noun + "the same" at token i, else i: the adjunct read as "meanwhile" or "likewise". */
function sameAdjunctEnd(doc: Doc, i: number, limit: number): number {
  if (i + 2 >= limit || doc.keys[i] !== 'في' || !doc.keys[i + 1].startsWith('ال') || !SAME.has(doc.keys[i + 2])) return i;
  return gapHas(doc, i + 1, OPENS_SPEECH) || gapHas(doc, i + 2, OPENS_SPEECH) ? i : i + 3;
}

/** True when a "the same" adjunct (في الوقت نفسه) and a comma end right before token i: the verb's object follows. */
export function afterSameAdjunct(doc: Doc, i: number): boolean {
  return i >= 3 && commaBefore(doc, i) && sameAdjunctEnd(doc, i - 3, i) === i;
}

/** Most words of a bracket left unclosed (a date, a name) before the particle that ends it. */
const MAX_UNCLOSED_BRACKET_TOKENS = 5;

/** Where an unclosed bracket opening at token `open` ends: at a complement particle a few words on, else at its start. */
function unclosedBracketEnd(doc: Doc, open: number, limit: number): number {
  for (let k = open + 1; k < Math.min(limit, open + MAX_UNCLOSED_BRACKET_TOKENS + 1); k++) if (isComplement(doc, k)) return k;
  return open;
}

/** A quotation opening at token i, long enough to be speech. */
export function speechQuoteAt(doc: Doc, i: number) {
  const q = quoteTokensAt(doc, i);
  return q && q.to - q.from >= MIN_QUOTE_TOKENS ? q : undefined;
}

/**
 * What a cue reports, from token `from` (after its speaker): a quotation after a colon or at once,
 * else the clause after a complement particle found within a few tokens (keepObject: the object before
 * the particle stays, as for نفى التكهنات بأن …), else the object to the clause end. `quoteAhead`: the cue takes no
 * object, so a long quotation a few words on is its content rather than a particle inside it.
 */
export function arabicContent(doc: Doc, from: number, keepObject: boolean, limit: number, quoteAhead = false): Content | null {
  if (from >= limit) return null;
  const end = Math.min(limit, clauseEnd(doc, from), nextColonClause(doc, from, limit));
  if (from >= end) return null;
  const q = speechQuoteAt(doc, from);
  // A quotation is the content when it runs to the clause end (متهما «قوى سوداء» بنشر … is not).
  // وقال "لم تكن … طوارئ" لمواجهة …: a long quotation right after the cue is the content even when the clause goes on.
  const long = q && q.to - q.from >= LONG_QUOTE_TOKENS && !commaBefore(doc, from);
  if (q && (q.to >= end - 1 || long) && (colonBefore(doc, from) || !commaBefore(doc, from))) {
    return { range: q.chars, direct: true, from, complement: false };
  }
  // وقال: إن …: a particle right after the colon opens the reported clause, and is no part of it (GUIDELINES.md).
  if (colonBefore(doc, from) && !particleAfterColon(doc, from, end)) return withRange(doc, from, end, false);
  const spoken = quotationAfterColon(doc, from, limit);
  if (spoken) return spoken;
  for (let i = from; i < Math.min(end, from + MAX_TOKENS_TO_COLON); i++) {
    // وقال عباس لدى ترؤسه اجتماعا … في رام الله: «…»: what follows a colon a few words on.
    if (i > from && colonBefore(doc, i)) {
      const inner = speechQuoteAt(doc, i);
      if (inner && inner.to >= end - 1) return { range: inner.chars, direct: true, from: i, complement: false };
      return particleAfterColon(doc, i, end) ? withRange(doc, i + 1, end, true) : withRange(doc, i, end, false);
    }
    if (i >= from + MAX_TOKENS_TO_COMPLEMENT) continue;
    // قالت ممثلة المنظمة في السودان فلانة "لم يسبق أن …": after a verb that takes no object (`quoteAhead`), a long
    // quotation that runs to the clause end is what was said; a particle inside it is the quotation's own.
    if (quoteAhead && i > from && !isWord(doc, i, 'complement')) {
      const quoted = quoteTokensAt(doc, i);
      if (quoted && quoted.to - quoted.from >= LONG_QUOTE_TOKENS && quoted.to >= end - 1 && !commaBefore(doc, i) && !objectBeforeQuote(doc, from, i)) {
        return { range: quoted.chars, direct: true, from: i, complement: false };
      }
    }
    // هدى القحطاني، معلمة، أن …: a comma right before the particle does not end the search.
    if (i > from && commaBefore(doc, i) && !isWord(doc, i, 'complement')) break;
    if (!isWord(doc, i, 'complement')) continue;
    const start = keepObject && i > from ? from : i + 1;
    if (i + 1 >= end) return null;
    const inner = speechQuoteAt(doc, i + 1);
    if (inner && start === i + 1 && (inner.to >= end - 1 || quoteEndsClause(doc, inner, end))) return { range: inner.chars, direct: true, from: start, complement: true };
    // …، فيما وعد الرئيس فلان …: another person's act after a contrast connective is no part of what was said (ar/contrast.ts).
    const c = withRange(doc, start, backgroundEnd(doc, start, contrastEnd(doc, start, end)), true);
    return c && extendShort(doc, c, end);
  }
  return withRange(doc, from, objectEnd(doc, from, contrastEnd(doc, from, end)), false);
}

/** Words after a bare إن that make it "if" (قال: إن لم يوجد تنسيق فإنه …), as match keys. */
const CONDITIONAL_NEXT = new Set(['لم', 'كان', 'كانت', 'كانوا', 'شاء']);

/**
 * True when a complement particle (إن، إنه) right after a colon at token i opens a clause that goes on (قال: إن …);
 * a conditional إن (إن لم …) stays in the content.
 */
function particleAfterColon(doc: Doc, i: number, end: number): boolean {
  return isWord(doc, i, 'complement') && i + 1 < end && !quoteTokensAt(doc, i) && !CONDITIONAL_NEXT.has(doc.keys[i + 1]);
}

/**
 * قال كيري لصحفيين في الدوحة، يوم الإثنين: «…»؛ قال فلان، مدير المكتب في البلاد: «…»: a colon a few words on, past an
 * addressee, a time or an apposition set off by commas (which end the clause searched above), that opens a quotation
 * closing the sentence: the quotation is what was said. No particle, cue or source may stand before the colon, and no
 * quotation but a short quoted name (باسم «دانون»).
 */
function quotationAfterColon(doc: Doc, from: number, limit: number): Content | null {
  const last = Math.min(limit, sentenceEnd(doc, from));
  for (let i = from + 1; i < Math.min(last, from + MAX_TOKENS_TO_QUOTED_COLON); i++) {
    // أكد المصدر أن الاعتقالات …: «…»، فإن الرئيس بات …: «…»: after a particle (و/ف on it too) the quotation goes on
    // with the clause it opened.
    if (hitStartsAt(doc, i) || gapHas(doc, i, SENTENCE_END) || isComplement(doc, i - 1) || conjoinedParticle(doc, i - 1)) return null;
    const q = quoteTokensAt(doc, i);
    if (colonBefore(doc, i)) return q && q.to - q.from >= MIN_QUOTE_TOKENS && q.to >= last - 1 ? { range: q.chars, direct: true, from: i, complement: false } : null;
    if (q && q.to - q.from > MAX_QUOTED_NAME_TOKENS) return null;
  }
  return null;
}

/**
 * True when the words from `from` to a quotation at `quote` govern it, so that it is part of an object rather than the
 * speech: a ب-word first (صرحت بوجود "…"), a preposition or ل-word right before it (الحاجة إلى "…"، لـ"الصحيفة"), or
 * another cue among them (وأضاف مؤكدا نية «…»).
 */
function objectBeforeQuote(doc: Doc, from: number, quote: number): boolean {
  if (doc.keys[from].startsWith('ب')) return true;
  const prev = doc.keys[quote - 1];
  if (prev.startsWith('ل') || doc.lex.words.get(prev) === 'preposition') return true;
  for (let k = from; k < quote; k++) if (hitStartsAt(doc, k)) return true;
  return false;
}

/**
 * إنه "ليس حياة طبيعية" وتعهدت …، أن "العمليات … ستتواصل"، وذلك في أعقاب …: a quoted clause right after the particle
 * is the whole content when an adjunct opener or the subject's next act (و + a feminine past verb) follows it. A comma
 * alone is not enough: ending there (…"، في المقابل شككت …) moved claim groups on claims-dev4.
 */
function quoteEndsClause(doc: Doc, q: { from: number; to: number }, end: number): boolean {
  if (q.to - q.from < QUOTED_CLAUSE_TOKENS || q.to >= end) return false;
  return ADJUNCT_OPENERS.has(doc.keys[q.to]) || conjoinedFeminineVerb(doc.keys[q.to]);
}

/** After a comma, words that open an adjunct clause rather than continue an object (…، حيث تواصلت، …، خاصة بعد). */
const ADJUNCT_OPENERS = new Set(['حيث', 'خاصه', 'خصوصا', 'اذ', 'بينما', 'فيما', 'مما', 'وذلك']);

/** "Especially" after a comma (…، خصوصا بعد، …، لا سيما عقب), as match keys: the speaker's clause is over. */
const ESPECIALLY = new Set(['خاصه', 'خصوصا', 'سيما']);
/** Prepositions of time after "especially" that open the background of a reported clause, as match keys. */
const BACKGROUND_TIME = new Set(['بعد', 'عقب', 'اثر', 'منذ']);

/**
 * Where a reported clause ends before its background (أكدت أنها لن تتهاون مع المتمردين، خصوصا بعد تبني الحزب قتل …): at
 * a comma outside quotation marks before "especially" + a time preposition (not خاصة أن, the speaker's own reason), else
 * `end`. The event told after it is the outlet's, and the clause it ends may be followed by another report.
 */
function backgroundEnd(doc: Doc, from: number, end: number): number {
  for (let i = from + 1; i + 1 < end; i++) {
    if (!commaBefore(doc, i)) continue;
    const w = doc.keys[i] === 'لا' || doc.keys[i] === 'ولا' ? i + 1 : i;
    if (!ESPECIALLY.has(doc.keys[w]) || (w === i && doc.keys[w] === 'سيما') || !BACKGROUND_TIME.has(doc.keys[w + 1] ?? '')) continue;
    const at = doc.tokens[i].start;
    if (!insideQuote(doc, at)) return i;
  }
  return end;
}

/** Words that with ما or أن open a time clause (بعد ما، قبل أن، منذ أن), as match keys. */
const TIME_CONJUNCTIONS = new Set(['بعد', 'قبل', 'منذ']);

/** Where an object content (no particle, no quotation) ends: at a comma before an adjunct clause, else `end`. */
function objectEnd(doc: Doc, from: number, end: number): number {
  for (let i = from + 1; i < end; i++) {
    if (!commaBefore(doc, i)) continue;
    // خاصة أن/خاصة في أن gives the speaker's reason: a proposition that stays in the content.
    if ((doc.keys[i] === 'خاصه' || doc.keys[i] === 'خصوصا') && (isWord(doc, i + 1, 'complement') || isWord(doc, i + 2, 'complement'))) continue;
    if (ADJUNCT_OPENERS.has(doc.keys[i]) || (doc.keys[i] === 'في' && doc.keys[i + 1] === 'حين')) return i;
    // …، بعد ما خرجت …، قبل أن …: a time clause after the object.
    if (TIME_CONJUNCTIONS.has(doc.keys[i]) && (doc.keys[i + 1] === 'ما' || isWord(doc, i + 1, 'complement'))) return i;
    if (conjoinedFeminineVerb(doc.keys[i])) return i;
  }
  return end;
}

/**
 * …، واستدعت السفير: after a comma, و + a feminine past verb starts the subject's next act, not more object.
 * A feminine past verb ends in ت; و + ال (a noun) and the plural ending ات are not verbs.
 */
function conjoinedFeminineVerb(key: string): boolean {
  return key.length >= MIN_CONJOINED_VERB_LETTERS && key.startsWith('و') && !key.startsWith('وال')
    && key.endsWith('ت') && !key.endsWith('ات');
}

/** …، وزاد: …: a comma, then a و-word right before a colon, opens the speaker's next statement; returns that token or `limit`. */
function nextColonClause(doc: Doc, from: number, limit: number): number {
  for (let i = from + 1; i + 1 < limit; i++) {
    if (commaBefore(doc, i) && /^[وف]/.test(doc.keys[i]) && colonBefore(doc, i + 1) && !quoteTokensAt(doc, from)) return i;
  }
  return limit;
}

function withRange(doc: Doc, from: number, to: number, complement: boolean): Content | null {
  const range = contentRange(doc, from, to);
  return range && { range, direct: false, from, complement };
}

/** MT damage: "بأنه نبأ. “”قصة كاذبة””": a very short content at the sentence end continues in a quotation. */
function extendShort(doc: Doc, c: Content, end: number): Content {
  if (end - c.from > SHORT_CONTENT_TOKENS || end !== sentenceEnd(doc, c.from)) return c;
  const q = speechQuoteAt(doc, end);
  return q ? { range: q.chars, direct: true, from: end, complement: true } : c;
}
