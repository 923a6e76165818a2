import { MAX_QUOTED_NAME_TOKENS, MAX_SPEAKER_TOKENS } from './constants.js';
import { clauseEnd, commaBefore, contentRange, isComplement, quoteTokensAt } from './clause.js';
import { afterInitial, cueStartsAt, gapHas, sentenceEnd, sentenceStart } from './doc.js';
import { gapChars } from './gaps.js';
import type { Doc, Draft, Hit } from './types.js';

/** Fewest tokens on one side of a source phrase for that side to be its content. */
const MIN_SIDE_TOKENS = 3;
const BREAK = gapChars(',\u060C:;\u061B.!?\u061F()');
/** Marks after which a source before a contrast reports (…، يرفض المثول وفق الدفاع، غير أن …). */
const CLAUSE_OPEN = gapChars(',\u060C:;\u061B.!?\u061F');
/** Marks that end a sentence or a clause (not a comma): a content before its source never runs back over one. */
const STRONG_OPEN = gapChars(':;\u061B.!?\u061F');
/**
 * Contrastive openers, as match keys (و written on them too): a side that opens with one (وفق الدفاع، غير أن القضاة …)
 * answers the clause before the source, which is then what the source reports.
 */
const CONTRAST = new Set(['غير', 'لكن', 'ولكن', 'الا', 'بينما', 'فيما']);
/** A source word with a conjunction written on it, as a match key (وبحسب، ووفقا، فحسب; وفق and وفقا bear none). */
const CONJOINED = /^(?:و(?!فق)|ووفق|ف)/;

/**
 * …، قال فلان إن الهجوم وقع قرب الحدود، حسبما ذكرت الوكالة: a cue earlier in the clause a source ends reports it
 * from its particle on, and so does the source; the token after that particle when no comma follows it, else `before`.
 */
function afterEarlierParticle(doc: Doc, before: number, to: number): number {
  const cue = doc.hits.filter((h) => h.type === 'cue' && h.start >= before && h.end <= to).pop();
  if (!cue) return before;
  for (let i = cue.end; i < to - MIN_SIDE_TOKENS; i++) {
    // …، مشيرا إلى أن …، وسط …، بحسب عضو: past a comma the source may end a clause of its own.
    if (isComplement(doc, i)) return doc.tokens.slice(i + 1, to).some((_, n) => commaBefore(doc, i + 1 + n)) ? before : i + 1;
  }
  return before;
}

/** The first token of the clause that ends at token `to` (after its last mark of `marks`), else `start`. */
function clauseStartBefore(doc: Doc, start: number, to: number, marks: ReturnType<typeof gapChars>): number {
  for (let b = to - MIN_SIDE_TOKENS; b > start; b--) if (gapHas(doc, b, marks)) return b;
  return start;
}

/** Most time words (صباح اليوم، مساء أمس الأحد) between a source phrase and the comma after it. */
const MAX_TIME_WORDS = 3;

/** The token after the time words at k when a comma follows them (بحسب الإذاعة صباح اليوم، …); k otherwise. */
function pastTimeWords(doc: Doc, k: number, end: number): number {
  let t = k;
  while (t < end && t - k < MAX_TIME_WORDS && doc.lex.words.get(doc.keys[t]) === 'time' && (t === k || !gapHas(doc, t, BREAK))) t++;
  return t > k && t < end && commaBefore(doc, t) ? t : k;
}

/** Skips words listed as not yet the source (بحسب ما ذكر X). */
function skipListed(doc: Doc, hit: Extract<Hit, { type: 'source' }>): number {
  for (const seq of hit.source.skip) {
    if (seq.every((k, n) => doc.keys[hit.end + n] === k)) return hit.end + seq.length;
  }
  return hit.end;
}

/**
 * P7 / "according to X": the source is the phrase after the source words (to a comma, at most
 * MAX_SPEAKER_TOKENS); the content is the clause after it, else the sentence before it.
 * `chunk` finds the source phrase's end for the language.
 */
export function accordingTo(doc: Doc, hit: Hit | undefined, id: string, chunk: (doc: Doc, from: number, end: number, lam: boolean) => number): Draft | null {
  if (hit?.type !== 'source') return null;
  const end = sentenceEnd(doc, hit.start);
  const s = skipListed(doc, hit);
  if (s >= end) return null;
  // وفقا لوزير التعليم: the preposition written on the source's first word is not part of the source. After لل the
  // article's alef is not written, so the source shown starts without its article (للوزارة → وزارة).
  const lam = Boolean(hit.source.lam) && s === hit.end && /^ل/.test(doc.tokens[s].text);
  const cut = !lam ? 0 : /^لل/.test(doc.tokens[s].text) ? 2 : 1;
  let k = chunk(doc, s, end, lam);
  if (k === s) return null;
  k = Math.min(k, s + MAX_SPEAKER_TOKENS);
  // وفقا لصحيفة «المدينة»: the quoted name of the body just read is part of the source.
  const named = k < end && doc.lex.titleWords.get(doc.keys[k - 1].replace(/^ل/, ''))?.kind === 'body' ? quoteTokensAt(doc, k) : undefined;
  if (named && named.to - named.from <= MAX_QUOTED_NAME_TOKENS && named.to <= end) k = named.to;
  for (let i = s + 1; i < k; i++) if (gapHas(doc, i, BREAK) && !afterInitial(doc, i)) { k = i; break; }
  // وحسب الإذاعة صباح اليوم، كانت …: time words between the source and its comma are neither source nor content.
  const timed = doc.lex.lang === 'ar' ? pastTimeWords(doc, k, end) : k;
  let from = timed;
  // فإن: the particle behind a conjunction is still one.
  const particleAt = (i: number) => isComplement(doc, i) || doc.lex.words.get(doc.keys[i].replace(/^[وف]/, '')) === 'complement';
  while (from < end && particleAt(from)) from++;
  const after = from < end ? Math.min(end, clauseEnd(doc, from)) : from;
  const start = sentenceStart(doc, hit.start);
  // …، وقال مدير المرصد: a side that opens with a cue is that cue's own statement.
  const cueAfter = doc.lex.lang === 'ar' && cueStartsAt(doc, from);
  // نقلا عن مصادر حكومية أن …: a complement particle after the source opens the content.
  const particle = doc.lex.lang === 'ar' && from > timed;
  const contrast = doc.lex.lang === 'ar' && from < end && CONTRAST.has(doc.keys[from]) && hit.start - start >= MIN_SIDE_TOKENS;
  // Arabic: before a contrast the source reports the clause it ends; else the sentence, but never past a full stop or a
  // colon inside it (a quotation paired across sentences: … . وهذه المسؤولية لا تحمل اي شك بنظر X).
  const before = doc.lex.lang !== 'ar' ? start
    : afterEarlierParticle(doc, clauseStartBefore(doc, start, hit.start, contrast ? CLAUSE_OPEN : STRONG_OPEN), hit.start);
  // …، حسب مراقبين، ونزوح …: a source between commas in mid-sentence, with no conjunction of its own and no particle or
  // cue after it, is attached to the clause before it (وبحسب المصدر، فإن …: one with و opens the clause after it).
  const attachedBefore = doc.lex.lang === 'ar' && !particle && !CONJOINED.test(doc.keys[hit.start]) && commaBefore(doc, hit.start)
    && hit.start - start >= MIN_SIDE_TOKENS && !cueStartsAt(doc, from + 1);
  const range = !cueAfter && !contrast && !attachedBefore && after - from >= MIN_SIDE_TOKENS && (particle || commaBefore(doc, from) || hit.start - start < MIN_SIDE_TOKENS)
    ? contentRange(doc, from, after)
    : hit.start - start >= MIN_SIDE_TOKENS ? contentRange(doc, before, hit.start) : null;
  if (!range) return null;
  // بحسب قوله: a pronoun for the last speaker; never after skipped words (بحسب ما ذكرته فلورا: a name ending like one).
  const pronoun = doc.lex.lang === 'ar' && k - s === 1 && s === hit.end && /[\u0647\u0627\u0645]$/.test(doc.tokens[s].text);
  const earlierCue = doc.hits.filter((h) => h.type === 'cue' && h.end <= hit.start && doc.sentOf[h.start] === doc.sentOf[hit.start]).pop();
  // قال الرئيس إن …، بحسب قوله: the cue already reports it.
  if (pronoun && earlierCue) return null;
  // وأضافت الصحيفة نقلا عن مصادر: the cited source never becomes the antecedent of a later bare verb.
  // (هدد جزيني … وفقا لقانون الجرائم: any source after a cue in its sentence.)
  const secondary = doc.lex.lang === 'ar' && earlierCue !== undefined;
  return {
    rule: id,
    cue: [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end],
    stance: 'assert',
    speaker: pronoun ? { kind: 'inherit', gender: '-', sentence: doc.sentOf[hit.start] }
      : { kind: 'span', start: doc.tokens[s].start + cut, end: doc.tokens[k - 1].end, gender: '-' },
    content: range,
    direct: false,
    targets: [],
    sentence: doc.sentOf[hit.start],
    ...(secondary ? { secondary } : {}),
  };
}
