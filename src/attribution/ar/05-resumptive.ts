import { MIN_QUOTE_TOKENS } from '../constants.js';
import { charRange, commaBefore, SENTENCE_END_MARKS } from '../clause.js';
import { gapHas, quoteClosingBefore, sentenceEnd, sentenceStart } from '../doc.js';
import type { Cue } from '../lexicon/index.js';
import type { Doc, Draft } from '../types.js';
import { RESUMPTIVES } from './cue-sense.js';
import { arabicContent, skipAdjuncts } from './content.js';
import { ADJUNCT_AN } from './particle.js';
import { arabicSubject } from './speaker.js';
import { isStopWord } from './speaker-words.js';

/** Object pronouns a verb takes after a resumptive relative (أكده، أكدتها), longest first, as match-key endings. */
const OBJECT_SUFFIXES = ['ها', 'ه'];
/** Words between the relative and its verb (وهو ما كان قد أكده), as match keys. */
const AUXILIARIES = new Set(['كان', 'كانت', 'قد']);
/** Most auxiliaries skipped between the relative and the verb. */
const MAX_AUXILIARIES = 2;
/** Particles that negate the verb after them (وهو ما لم يؤكده): a negated cue reports nothing (see ar/cue-sense.ts). */
const NEGATIONS = new Set(['لم', 'لن', 'لا']);
/** Most tokens in a head phrase (وهذا هو ما = 3). */
const MAX_HEAD_TOKENS = 3;
/** The relative words a head ends with, as match keys (first checks, one string compare per token). */
const RELATIVE_ENDS = new Set(['ما', 'الذي']);
/** Fewest tokens of a clause taken up; shorter is a fragment (الأهم هو ما قاله …). Set by hand, no gold case. */
const MIN_RESUMED_TOKENS = 2;

/** The cue of token i read with an object pronoun stripped (أكده → أكد، نفاه → نفى، أكدوه → أكدوا), if any. */
function suffixedCue(doc: Doc, i: number): Cue | undefined {
  const key = doc.keys[i];
  for (const suffix of OBJECT_SUFFIXES) {
    if (!key.endsWith(suffix) || key.length < suffix.length + 3) continue;
    const stem = key.slice(0, -suffix.length);
    const forms = [stem];
    if (stem.endsWith('ا')) forms.push(stem.slice(0, -1) + 'ي'); // نفاه: the final ى is written ا before a pronoun
    if (stem.endsWith('و')) forms.push(stem + 'ا'); // أكدوه: the plural's silent alif drops
    const m = doc.lex.cues.match(doc.keys, i, forms).find(([, n]) => n === 1);
    if (m) return m[0].value;
  }
  return undefined;
}

/** The cue right after a head ending at token r, taking up the clause before: [cue token, first token after it, cue]. */
function resumedCue(doc: Doc, r: number, end: number): [number, number, Cue] | undefined {
  let v = r + 1;
  for (let n = 0; n < MAX_AUXILIARIES && v < end && AUXILIARIES.has(doc.keys[v]); n++) v++;
  if (v >= end || gapHas(doc, v, SENTENCE_END_MARKS)) return undefined;
  // وهو ما أشار إليه X: a listed cue with a resumptive preposition after it.
  const hit = doc.hits.find((h) => h.start === v);
  if (hit?.type === 'cue' && RESUMPTIVES.has(doc.keys[hit.end] ?? '')) return [v, hit.end + 1, hit.cue];
  if (hit) return undefined;
  // وهو ما أكده X، وهو ما نفته الوزارة: the verb's own object pronoun refers back.
  const cue = suffixedCue(doc, v);
  if (cue) return [v, v + 1, cue];
  // وهو ما عبرت عنه X: a cue that requires a preposition (عبرت … عن), the pronoun on the preposition.
  const next = v + 1 < end ? doc.keys[v + 1] : '';
  const suffix = OBJECT_SUFFIXES.find((x) => next.endsWith(x) && next.length > x.length);
  if (!suffix) return undefined;
  const bare = next.slice(0, -suffix.length);
  const m = doc.lex.cues.match(doc.keys, v, [doc.keys[v]]).find(([e, n]) => n === 1 && e.value.requires?.length === 1 && e.value.requires[0] === bare);
  return m ? [v, v + 2, m[0].value] : undefined;
}

/** First token of a head phrase (وهو ما، الأمر الذي) ending at relative token r, or -1. */
function headStart(doc: Doc, r: number): number {
  const floor = sentenceStart(doc, r);
  // Longest first: وهو الأمر الذي before الأمر الذي.
  for (let s = Math.max(floor, r - MAX_HEAD_TOKENS + 1); s <= r; s++) {
    if (doc.lex.resumptiveHeads.match(doc.keys, s, [doc.keys[s]]).some(([, n]) => s + n === r + 1)) return s;
  }
  return -1;
}

/** The last earlier statement of the sentence whose (unquoted) content runs on to the head at token h, if any. */
function outerDraft(doc: Doc, h: number, drafts: readonly Draft[]): Draft | undefined {
  const floor = sentenceStart(doc, h);
  if (h === floor) return undefined;
  const headAt = doc.tokens[h].start, before = doc.tokens[h - 1].end, sentAt = doc.tokens[floor].start;
  return drafts.filter((d) => !d.direct && d.content[0] >= sentAt && d.content[0] < headAt && d.content[1] >= before).pop();
}

/**
 * What the head at token h takes up: a quotation closing right before it («…»، هذا ما قاله X), the rest of an
 * earlier statement of the sentence up to the head, the clause after the last أن/إن before it (التأكيد على أن
 * …، وهو ما أكده X), the sentence up to the head, or the whole previous sentence when the head opens its own.
 */
function resumedClause(doc: Doc, h: number, drafts: readonly Draft[]): { range: [number, number]; direct: boolean } | null {
  const q = quoteClosingBefore(doc, h);
  // A scare quote (حزب «النور»، وهو ما …) is no quotation taken up.
  if (q && /^[\s.,\u060C\u061B:]*$/.test(doc.text.slice(q.closeEnd, doc.tokens[h].start))
    && doc.text.slice(q.start, q.end).trim().split(/\s+/).length >= MIN_QUOTE_TOKENS) return { range: [q.start, q.end], direct: true };
  const floor = sentenceStart(doc, h);
  if (h === floor) {
    const s = doc.sentOf[h] - 1;
    if (s < 0) return null;
    const [a, b] = doc.sentTokens[s];
    return b - a >= MIN_RESUMED_TOKENS ? { range: charRange(doc, a, b), direct: false } : null;
  }
  const outer = outerDraft(doc, h, drafts);
  if (outer) return { range: [outer.content[0], doc.tokens[h - 1].end], direct: false };
  let from = floor;
  for (let k = h - 1; k > floor; k--) {
    if (doc.lex.words.get(doc.keys[k]) !== 'complement') continue;
    if (!ADJUNCT_AN.has(doc.keys[k - 1])) from = k + 1;
    break;
  }
  return h - from >= MIN_RESUMED_TOKENS ? { range: charRange(doc, from, h), direct: false } : null;
}

/** True when a tanwin-fath noun (تغييرا) or a ب-phrase of a بـ-framed cue follows: the cue characterises what it takes up. */
function characterises(doc: Doc, k: number, end: number, cue: Cue): boolean {
  if (k >= end || commaBefore(doc, k) || isStopWord(doc, k)) return false;
  const key = doc.keys[k];
  return (cue.frame.has('bi') && key.startsWith('ب') && key.length > 3) || (!key.startsWith('ال') && key.endsWith('ا') && key.length > 3);
}

/**
 * …، وهو ما أكده وزير الخارجية; الأمر الذي انتقده الوزير; «…». هذا ما قالته المتحدثة: a head (resumptive-heads.tsv),
 * then a cue whose object pronoun or resumptive preposition refers back to the clause before the head. The phrase
 * after the cue is the speaker (the object slot is taken by the pronoun); the content is that earlier clause, or
 * what the cue says of it (وهو ما اعتبره الخبراء تغييرا …). New drafts, in no order; an explicit speaker is required.
 * An earlier statement whose content ran on past the head is cut at the head.
 */
/**
 * The quotation that holds offset `at`. Apart from resumptiveDrafts' loop: a closure over the loop's variables
 * there would allocate their context at every word.
 */
function quoteHolding(doc: Doc, at: number) {
  return doc.quotes.find((x) => at >= x.start && at < x.end);
}

export function resumptiveDrafts(doc: Doc, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let r = 1; r < doc.tokens.length; r++) {
    if (!RELATIVE_ENDS.has(doc.keys[r])) continue;
    const end = sentenceEnd(doc, r);
    const h = headStart(doc, r);
    if (h < 0) continue;
    const found = resumedCue(doc, r, end);
    if (!found) continue;
    const [v, j0, cue] = found;
    if (NEGATIONS.has(doc.keys[v - 1])) continue;
    const j = skipAdjuncts(doc, j0, end);
    // The pronoun fills the object slot, so a family name with the article (عادل الجبير) stays in the subject.
    const k = arabicSubject(doc, j, end, true);
    if (k <= j || isStopWord(doc, j)) continue;
    const rest = skipAdjuncts(doc, k, end);
    // …اعتبره العلماء دليلا على …، على أن آخرين …: what is said of it runs to the next comma.
    let stop = rest + 1;
    while (stop < end && !commaBefore(doc, stop)) stop++;
    const said = characterises(doc, rest, end, cue) ? arabicContent(doc, rest, true, stop) : null;
    const clause = said ? { range: said.range, direct: said.direct } : resumedClause(doc, h, drafts);
    if (!clause) continue;
    // Inside a quotation the quoted speaker reports someone (…وهو ما أكده الرئيس»): only when the clause is inside it too.
    const quote = quoteHolding(doc, doc.tokens[v].start);
    if (quote && clause.range[0] < quote.start) continue;
    // An earlier statement ends where the head starts: what follows is another source's.
    const outer = outerDraft(doc, h, drafts);
    if (outer) outer.content = [outer.content[0], doc.tokens[h - 1].end];
    out.push({
      rule: doc.keys[r] === 'ما' ? 'ar-resumptive-ma' : 'ar-resumptive-alladhi',
      cue: charRange(doc, v, j0), stance: cue.stance,
      speaker: { kind: 'span', start: doc.tokens[j].start, end: doc.tokens[k - 1].end, gender: cue.gender },
      content: clause.range, direct: clause.direct, targets: [], sentence: doc.sentOf[v],
    });
  }
  return out;
}
