import { MAX_SPEAKER_TOKENS, MAX_TOKENS_QUOTE_TO_CUE, MIN_QUOTE_TOKENS } from '../constants.js';
import { gapBefore, quoteOpeningAt, sentenceEnd } from '../doc.js';
import type { QuoteSpan } from '../../text/sentences-quotes.js';
import type { Doc, Draft, Rule, SpeakerRef } from '../types.js';
import { titledTail } from './05-inverted.js';
import { isReducedClause } from './said-object.js';
import { apposedSpeaker } from './apposed-speaker.js';
import { splitByClause } from './split-quote.js';
import { englishAfter, englishBefore, isBe, POSSESSIVES, skipBackAdverbs } from './speaker.js';

/** The quotation closing within a few tokens before token `at`, with only a speaker phrase between. */
function quoteBefore(doc: Doc, at: number): { q: [number, number]; head: [number, number]; after: number } | null {
  // At most MAX_TOKENS_QUOTE_TO_CUE tokens between the closing mark and the cue.
  // (English: a whole speaker phrase may stand between, "…," Hong Kong director of Amnesty International Man-kei Tam said.)
  const n = Math.max(MAX_TOKENS_QUOTE_TO_CUE, MAX_SPEAKER_TOKENS);
  const limit = at - n - 1 >= 0 ? doc.tokens[at - n - 1].end : 0;
  const q = [...doc.quotes].reverse().find((x) => x.closeEnd <= doc.tokens[at].start && x.closeEnd >= limit);
  if (!q) return null;
  let after = at;
  while (after > 0 && doc.tokens[after - 1].start >= q.closeEnd) after--;
  if (!/^[\s,.]*$/.test(doc.text.slice(q.closeEnd, doc.tokens[after]?.start ?? q.closeEnd))) return null;
  const words = doc.text.slice(q.start, q.end).trim().split(/\s+/).length;
  if (words >= MIN_QUOTE_TOKENS) return { q: [q.start, q.end], head: [q.start, q.end], after };
  // '"Yes," she said. "We knew it all along."': a one-word answer is no statement of its own, but the quotation the
  // next sentence is made of carries on what was said (the continuation it would be had the answer counted).
  const carried = quotedNextSentence(doc, at);
  return carried ? { q: [carried.start, carried.end], head: [q.start, q.end], after } : null;
}

/** The quotation making up the whole sentence after that of token `at` in the same paragraph, long enough to be speech. */
function quotedNextSentence(doc: Doc, at: number): QuoteSpan | null {
  const s = doc.sentOf[at] + 1, sentences = doc.input.sentences;
  if (s <= 0 || s >= sentences.length || sentences[s].block !== sentences[s - 1].block) return null;
  const q = doc.quotes.find((x) => x.open === sentences[s].start);
  if (!q || doc.text.slice(q.closeEnd, sentences[s].end).replace(/[\s.,!?]/g, '') !== '') return null;
  // ("We knew.": two words make a sentence of speech here, as they make a quotation before a cue)
  return doc.text.slice(q.start, q.end).trim().split(/\s+/).length >= MIN_QUOTE_TOKENS ? q : null;
}

/** True when the quotation ends in "?" or "!" and the lower-case word after its closing mark carries its sentence on. */
function runsOnAfterMark(doc: Doc, found: { head: [number, number]; after: number }): boolean {
  return /[?!]\s*$/.test(doc.text.slice(found.head[0], found.head[1])) && /^\p{Ll}/u.test(doc.tokens[found.after]?.text ?? '');
}

/**
 * "…," tweeted former thinktank executive Ken Gude (on Twitter).: lower-case words before a name, up to a
 * preposition or the clause end; `from` when the phrase does not end in a capitalised word.
 */
function invertedSpeakerEnd(doc: Doc, from: number, end: number): number {
  let b = from + 1;
  while (b < end && b - from < MAX_SPEAKER_TOKENS && !/[,.;:!?]/.test(doc.text.slice(doc.tokens[b - 1].end, doc.tokens[b].start))
    && doc.lex.words.get(doc.keys[b]) !== 'preposition') b++;
  return b - from < MAX_SPEAKER_TOKENS && b <= end && /^\p{Lu}/u.test(doc.tokens[b - 1].text) && (englishAfter(doc, from, b) < b || titleBeforeName(doc, from, b)) ? b : from;
}

/**
 * "…," said police spokesman John Smith.: the lower-case words before the first capitalised one hold a listed title,
 * so the whole phrase names the speaker (englishAfter reads it as one phrase too).
 */
function titleBeforeName(doc: Doc, from: number, b: number): boolean {
  for (let i = from; i < b && /^\p{Ll}/u.test(doc.tokens[i].text); i++) if (doc.lex.titleWords.has(doc.keys[i])) return true;
  return false;
}

/** Object pronouns that may be the whole addressee of a tell-cue (he told them at the rally). */
const ADDRESSEE_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
/** Most lower-case words of an addressee phrase (the crowd, local reporters, the party faithful). */
const MAX_ADDRESSEE_WORDS = 3;
/** Most capitalised words naming the addressee after those words (radio station DZR, broadcaster Channel One). */
const MAX_ADDRESSEE_NAME_WORDS = 3;

/**
 * "…," he told the crowd at the rally / told reporters gathered outside: after a tell-cue, a short addressee then only a
 * preposition, a time word or a participle opening an adjunct (no reported clause: "told reporters the plan failed").
 */
export function addresseeThenAdjuncts(doc: Doc, next: number, end: number): boolean {
  const cls = (i: number) => doc.lex.words.get(doc.keys[i]);
  let k = next;
  if (ADDRESSEE_PRONOUNS.has(doc.keys[k])) k++;
  else {
    if (cls(k) === 'determiner') k++;
    const s = k;
    while (k < end && k - s < MAX_ADDRESSEE_WORDS && !cls(k) && !/^\p{Ll}+(ed|ing)$/u.test(doc.tokens[k].text)
      && !/[,.;:!?()"“”]/.test(gapBefore(doc, k))) k++;
    if (k === s) return false;
    // (told local radio station DZR: the medium's name after its lower-case words)
    while (k < end && k - s < MAX_ADDRESSEE_WORDS + MAX_ADDRESSEE_NAME_WORDS && /^\p{Lu}/u.test(doc.tokens[k].text) && !cls(k)
      && !/[,.;:!?()"“”]/.test(gapBefore(doc, k))) k++;
  }
  if (k >= end) return true;
  return !/[,;:]/.test(gapBefore(doc, k)) && (cls(k) === 'preposition' || cls(k) === 'time' || /^\p{Ll}+(ed|ing)$/u.test(doc.tokens[k].text));
}

/** '"…," he was quoted as saying': the token before "was quoted as" when it stands before the cue at `at`, else `at`. */
function quotedAs(doc: Doc, at: number, floor: number): number {
  if (at - 2 <= floor || doc.keys[at - 1] !== 'as' || doc.keys[at - 2] !== 'quoted') return at;
  return at - 3 >= floor && isBe(doc, at - 3) ? at - 3 : at - 2;
}

/** Words counting an unnamed speaker (one woman, another resident, two farmers). */
const COUNT_WORDS = new Set(['one', 'another', 'two', 'three', 'several', 'some', 'many']);

/** Most lower-case words of a role before a name (rice farmer, local councillor). */
const MAX_ROLE_WORDS = 3;

/** Tokens [from, s) are lower-case words of no listed class (or titles) and token s opens a capitalised name. */
function roleWordsBefore(doc: Doc, from: number, s: number): boolean {
  if (s - from > MAX_ROLE_WORDS || !/^\p{Lu}/u.test(doc.tokens[s].text)) return false;
  for (let i = from; i < s; i++) {
    const title = doc.lex.titleWords.has(doc.keys[i]);
    if (!/^\p{Ll}/u.test(doc.tokens[i].text) || doc.lex.words.get(doc.keys[i]) && !title || /(ly|ing|ed)$/.test(doc.keys[i]) && !title
      || i > from && /[,.;:!?()"“”]/.test(gapBefore(doc, i))) return false;
  }
  // ('"fringe country" status. Netanyahu called …': the quotation was a phrase of another sentence)
  return !/[,.;:!?()"“”]/.test(gapBefore(doc, s)) && doc.sentOf[from] === doc.sentOf[s];
}

/** Most lower-case words after a possessive in a speaker phrase (her mother, his former lawyer). */
const MAX_POSSESSED_WORDS = 3;

/**
 * '"…," said her mother.', '"…," said his lawyer, John Doe.': a possessive and up to three lower-case words (no listed
 * class, no adverb or verb form) closing the sentence, or followed by a comma and a bare name to the sentence end, which
 * is then the speaker. Null otherwise.
 */
function possessedAfter(doc: Doc, from: number, end: number): SpeakerRef | null {
  // ('"…," said the hospital's director, Omar Haddad.': "the" and a lower-case noun's possessive are the possessive)
  const nounPossessive = doc.keys[from] === 'the' && from + 2 < end && /^\p{Ll}+['’]s$/u.test(doc.tokens[from + 1].text)
    && !/[,.;:!?()"“”]/.test(gapBefore(doc, from + 1));
  if (from + 1 >= end || !POSSESSIVES.has(doc.keys[from]) && !nounPossessive) return null;
  const head = nounPossessive ? from + 1 : from;
  let k = head + 1;
  while (k < end && k - head <= MAX_POSSESSED_WORDS && /^\p{Ll}+$/u.test(doc.tokens[k].text) && !/[,.;:!?()"“”]/.test(gapBefore(doc, k))
    && (!doc.lex.words.get(doc.keys[k]) || doc.lex.titleWords.has(doc.keys[k])) && !/(ly|ing|ed)$/.test(doc.keys[k])) k++;
  if (k === head + 1) return null;
  const spanOf = (s: number, e: number): SpeakerRef => ({ kind: 'span', start: doc.tokens[s].start, end: doc.tokens[e - 1].end, gender: '-' });
  if (k === end) return spanOf(from, k);
  if (!/^,\s*$/.test(gapBefore(doc, k))) return null;
  // (…, said her mother, who lives nearby / , a nurse: an aside about the one named)
  if (doc.keys[k] === 'who' || ['a', 'an', 'the'].includes(doc.keys[k])) return spanOf(from, k);
  const e = englishAfter(doc, k, end);
  return e === end && e > k && e - k <= MAX_POSSESSED_WORDS + 1 && /^\p{Lu}/u.test(doc.tokens[k].text) ? spanOf(k, e) : null;
}

/** Words that open an unnamed speaker phrase after an inverted cue (said one protester, shouted a woman). */
const COUNTED_OPENERS = new Set(['one', 'another', 'a', 'an', 'the']);

/**
 * '"…," said one protester.', '"…," shouted a woman in the crowd.': a count word or an article and up to three lower-case
 * nouns (no listed class, no adverb or verb form) closing the sentence or followed by a comma or a preposition; null
 * otherwise.
 */
function countedAfter(doc: Doc, from: number, end: number): SpeakerRef | null {
  if (from + 1 >= end || !COUNTED_OPENERS.has(doc.keys[from])) return null;
  let k = from + 1;
  while (k < end && k - from <= MAX_POSSESSED_WORDS && /^\p{Ll}+$/u.test(doc.tokens[k].text) && !/[,.;:!?()"“”]/.test(gapBefore(doc, k))
    && (!doc.lex.words.get(doc.keys[k]) || doc.lex.titleWords.has(doc.keys[k])) && !/(ly|ing|ed)$/.test(doc.keys[k])) k++;
  // ('"…," said the owner of the shop.': an "of" phrase after the noun belongs to the speaker)
  if (k > from + 1) k = ofPhraseEnd(doc, k, end);
  if (k === from + 1 || k < end && !/^,\s*$/.test(gapBefore(doc, k)) && doc.lex.words.get(doc.keys[k]) !== 'preposition') return null;
  return { kind: 'span', start: doc.tokens[from].start, end: doc.tokens[k - 1].end, gender: '-' };
}

/**
 * End of an "of" phrase at token `k` (of the shop, of one of the victims): "of", determiners and count words, then nouns
 * or names of no other class, no punctuation between; `k` when none.
 */
function ofPhraseEnd(doc: Doc, k: number, end: number): number {
  if (doc.keys[k] !== 'of') return k;
  let j = k;
  while (j < end && j - k < MAX_SPEAKER_TOKENS && !/[,.;:!?()"“”]/.test(gapBefore(doc, j))
    && (doc.lex.words.get(doc.keys[j]) === 'determiner' || COUNT_WORDS.has(doc.keys[j])
      || !doc.lex.words.get(doc.keys[j]) && /^\p{L}+$/u.test(doc.tokens[j].text) && !/(ly|ing|ed)$/.test(doc.keys[j]))) j++;
  // (the phrase ends in a noun or name, not in "of" or an article)
  while (j > k && (doc.lex.words.get(doc.keys[j - 1]) === 'determiner' || COUNT_WORDS.has(doc.keys[j - 1]))) j--;
  return j > k + 1 ? j : k;
}

/** "…," said a spokesman for the bank: a determiner-led phrase holding a title or body word after the cue. */
function titledAfter(doc: Doc, from: number, end: number): boolean {
  if (doc.lex.words.get(doc.keys[from]) !== 'determiner') return false;
  const e = englishAfter(doc, from, end);
  for (let i = from + 1; i < e; i++) if (doc.lex.titleWords.has(doc.keys[i])) return true;
  return false;
}

/** "…," he said / "…," said Wong / "…" Fernández said: the quotation before the cue is the content. */
export const enQuoteSaid: Rule = {
  id: 'en-quote-said',
  on: 'cue',
  apply(doc, hit): Draft | null {
    if (hit?.type !== 'cue') return null;
    const found = quoteBefore(doc, hit.start);
    if (!found) return null;
    // ('"…," as the minister put it.': "as" opens the aside naming the quotation's speaker.)
    if (doc.keys[found.after] === 'as' && found.after + 1 < hit.start) found.after++;
    // The quotation and the cue share a block, and nothing the cue reports follows it ("…," he said.).
    const block = (c: number) => doc.input.blocks.findIndex((b) => c >= b.start && c <= b.end);
    if (block(found.q[0]) !== block(doc.tokens[hit.start].start)) return null;
    // '"…". They called on Turkey to …': across a sentence end, a cue with its own content is not the quotation's.
    // ('"Is it safe?" asked Ms. Lee.': a question or exclamation ends no sentence before a lower-case reporting clause.)
    const crossed = found.after > 0 && doc.sentOf[found.after - 1] !== doc.sentOf[found.after] && !runsOnAfterMark(doc, found);
    const next = hit.end;
    // Calling it a "culture of death" the archbishop said "We need …": the quotation after the cue is its content.
    // ('"We will rebuild," he said, "and …": a quotation split by the cue is no such content; split-quote.ts reads both halves.
    // Not after a participle: '"…", adding, "…"' has no speaker between, the second quotation is the participle's.)
    const after = next < doc.tokens.length ? quoteOpeningAt(doc, next) : undefined;
    const split = after && hit.cue.kind !== 'participle' && doc.quotes.some((x) => x.start === found.head[0] && splitByClause(doc, x, after));
    if (after && !split && doc.sentOf[next] === doc.sentOf[hit.start]) return null;
    const nextCls = doc.lex.words.get(doc.keys[next]);
    const open = next < sentenceEnd(doc, hit.start) && !/[,.;:!?]/.test(doc.text.slice(doc.tokens[hit.end - 1].end, doc.tokens[next].start));
    // "…," Pompeo told the press on Tuesday.: an addressee and a time after a tell-cue, nothing reported.
    // ("…," he told the crowd gathered at the rally in Ohio: an addressee and adjuncts only, however long.)
    const addresseeOnly = open && hit.cue.frame.has('obj') && (sentenceEnd(doc, hit.start) - next <= 5 || addresseeThenAdjuncts(doc, next, sentenceEnd(doc, hit.start)))
      && !doc.keys.slice(next, sentenceEnd(doc, hit.start)).includes('that') && !quoteOpeningAt(doc, sentenceEnd(doc, hit.start) - 1);
    if (open && crossed) return null;
    // ('"…," said her mother.': a possessive and a kin or role noun after the cue)
    // ('"…," said a spokesman for the bank': a titled phrase runs on through its body, below; countedAfter stops at "for")
    const possessed = !open ? null : possessedAfter(doc, next, sentenceEnd(doc, hit.start))
      ?? (titledAfter(doc, next, sentenceEnd(doc, hit.start)) ? null : countedAfter(doc, next, sentenceEnd(doc, hit.start)));
    // ('"…," the villager said of the soldiers.': "of" names whom the quotation is about, nothing more is reported)
    // ('"…," he said when asked about …': a reduced adverbial clause after the cue reports nothing.)
    if (open && !addresseeOnly && !possessed && !isReducedClause(doc, next, sentenceEnd(doc, hit.start)) && nextCls !== 'preposition' && doc.keys[next] !== 'of' && nextCls !== 'adverb' && nextCls !== 'time' && !/^\p{Lu}/u.test(doc.tokens[next].text)
      && invertedSpeakerEnd(doc, next, sentenceEnd(doc, hit.start)) === next && !titledAfter(doc, next, sentenceEnd(doc, hit.start))) return null;
    const { keys } = doc;
    const end = sentenceEnd(doc, hit.start);
    const k = skipBackAdverbs(doc, quotedAs(doc, hit.start, found.after), found.after);
    let speaker: SpeakerRef | null = null;
    if (k - found.after === 1 && doc.lex.words.get(keys[found.after]) === 'pronoun') {
      speaker = { kind: 'pronoun', start: doc.tokens[found.after].start, end: doc.tokens[found.after].end, gender: '-' };
    } else if (k > found.after) {
      let s = englishBefore(doc, k, found.after);
      // '"…," farmer Paul Mensah told AFP.': lower-case role words before the name, right after the quotation.
      if (s > found.after && roleWordsBefore(doc, found.after, s)) s = found.after;
      // '"Why …?" one woman asked.': a count word and a bare noun.
      if (s === k && k - found.after === 2 && COUNT_WORDS.has(doc.keys[found.after]) && /^\p{Ll}+$/u.test(doc.tokens[k - 1].text)
        && !doc.lex.words.get(doc.keys[k - 1]) && !/[,.;:!?()"“”]/.test(gapBefore(doc, k - 1))) s = found.after;
      // ('"…," Paul Mensah, a farmer, told AFP.': the phrase before an apposition in commas)
      speaker = s === found.after && s < k ? { kind: 'span', start: doc.tokens[s].start, end: doc.tokens[k - 1].end, gender: '-' }
        : apposedSpeaker(doc, found.after, k);
      if (!speaker) return null;
    } else if (possessed) {
      speaker = possessed;
    } else {
      let e = englishAfter(doc, hit.end, end);
      // tweeted former thinktank executive Ken Gude.: lower-case words before a name, up to the clause end.
      e = titledTail(doc, hit.end, Math.max(e, invertedSpeakerEnd(doc, hit.end, end)), end);
      if (e > hit.end) speaker = { kind: 'span', start: doc.tokens[hit.end].start, end: doc.tokens[e - 1].end, gender: '-' };
    }
    if (!speaker) return null;
    return {
      rule: 'en-quote-said', cue: [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end], stance: hit.cue.stance,
      speaker, content: found.q, direct: true, targets: [], sentence: doc.sentOf[hit.start],
    };
  },
};
