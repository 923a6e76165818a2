import type { Statement } from '../model/index.js';
import { firstWordAt } from '../text/words.js';
import { AR_ARTICLE, definite, gluedOf, linkedTo, span, speakerWords, type SpeakerState } from './05-speakers-state.js';
import { DOCUMENT_MAX_CHARS, MIN_BARE_NAME_CHARS, MIN_BARE_NAME_TIMES, MIN_CLITIC_NAME_CHARS } from './constants.js';
import { codePoints, type Tok } from './keys.js';

// Passes 5 and 6 of the speaker passes (05-speakers.ts), over all of an article's statements: a bare name given to
// speakers twice or more (byRecurrence); a statement document, whoever issued it (byDocument).

/**
 * A country's government as a whole (حكومة, سلطات) as match keys: a statement issued by it is the country's. Not its
 * embassy (government-nouns.tsv lists both): session 22 kept an embassy's statement and its البيان apart (claims dev7).
 */
const AR_GOVERNMENT = new Set(['حكومه', 'سلطات']);
/** A statement document (بيان) as a match key: its issuer speaks through it. */
const AR_STATEMENT = 'بيان';
/** A sentence's end between two places of the text: a full stop, question or exclamation mark, or a line break. */
const SENTENCE_END = /[.!?؟\n]/u;

/** God's name as a match key: `رسول الله` names no family. */
const GOD = 'الله';
/** A bare name's endings and start that mark a common word: a plural (ات, ون, ين, a broken one in اء), a feminine (ة), a verbal noun or verb in ت (تصميم, تورط, تعالى). */
const AR_COMMON_WORD = /\d|(?:ات|ون|ين|ه|اء)$|^ت/u;
/** Endings that make a noun feminine or plural (مصورة, مصورون): a name takes none. */
const AR_NOUN_ENDINGS = ['ه', 'ات', 'ون', 'ين'];
/** A family name's endings that mark a plural or feminine noun (معظم المحللين, مؤرخ الكنيسة). */
const AR_COMMON_FAMILY = /(?:ات|ون|ين|ه)$/u;

/**
 * Pass 5: a bare name the article gives its speakers twice or more, unknown to the gazetteer's given names (`يوهانس`,
 * `ريان العنزي`, `Sharif Hotak`): words that are no title, body, function word, plural, feminine or ت-noun, and not
 * written elsewhere in the article with the article (`التصميم` beside `تصميم` is a common noun).
 */
export function byRecurrence(sp: SpeakerState, statements: readonly Statement[]): Statement[] {
  const bareOf = new Map<Statement, readonly Tok[]>();
  const times = new Map<string, number>();
  const keyOf = (ws: readonly Tok[]) => ws.map((w) => w.key).join(' ');
  for (const s of statements) {
    const ws = s.speaker.entity ? [] : speakerWords(sp.toks, s);
    if (!ws.length || !bare(sp, ws)) continue;
    bareOf.set(s, ws);
    times.set(keyOf(ws), (times.get(keyOf(ws)) ?? 0) + 1);
  }
  return statements.map((s) => {
    const ws = bareOf.get(s);
    return ws && (times.get(keyOf(ws)) ?? 0) >= MIN_BARE_NAME_TIMES ? linkedTo(s, sp.entityAt('person', span(ws), [span(ws)])) : s;
  });
}

/**
 * Pass 6: a statement document as speaker (`وتابع البيان`, `وأضاف البيان`): whoever issued it, the linked speaker
 * of the statement whose sentence (its speaker's or its cue's) last names a statement before it (`وقال فلان … في بيان`,
 * `أصدرت الوزارة بيانا`).
 */
export function byDocument(sp: SpeakerState, statements: readonly Statement[]): Statement[] {
  if (sp.lang !== 'ar') return [...statements];
  const out = [...statements];
  for (let n = 0; n < out.length; n++) {
    const s = out[n];
    const ws = s.speaker.entity ? [] : speakerWords(sp.toks, s);
    if (ws.length !== 1 || !ws[0].forms.includes(AR_STATEMENT)) continue;
    const named = lastStatementWord(sp, ws[0].start);
    if (!named || ws[0].start - named.end > DOCUMENT_MAX_CHARS) continue;
    let best: Statement | undefined, bestDistance = Infinity;
    for (const t of out) {
      if (!t.speaker.entity || t === s || t.speaker.start === undefined || t.speaker.start >= ws[0].start) continue;
      // A body named by its nationality (السفارة الأمريكية) is linked to the country: the country issued nothing; its
      // government as a whole did (الحكومة التركية, linked to the country by 05-speakers-named.ts `countryOfGovernment`).
      if (sp.byId.get(t.speaker.entity)?.type === 'country' && !speakerWords(sp.toks, t)[0]?.forms.some((f) => AR_GOVERNMENT.has(f))) continue;
      // Its speaker or its cue in the sentence: the speaker may be written a sentence before, its cue beside the
      // statement word (`أعلنت "خلية …" …. وذكرت الخلية في بيان لها، أن`).
      for (const at of subjectAfterCue(sp, t) ? [t.speaker.start, t.cue.start] : [t.speaker.start]) {
        const [from, to] = at < named.start ? [at, named.end] : [named.start, at];
        if (at >= ws[0].start || SENTENCE_END.test(sp.text.slice(from, to))) continue;
        const distance = Math.abs(at - named.start);
        if (distance < bestDistance) [best, bestDistance] = [t, distance];
      }
    }
    const issuer = best?.speaker.entity ?? issuerAfter(sp, named);
    if (issuer) out[n] = linkedTo(s, issuer);
  }
  return out;
}

/**
 * Does the word right after the statement's cue refer to its speaker: a mention of the speaker's entity, or the head
 * noun of its phrase again, with or without the article (`وذكرت الخلية` after `خلية الإعلام الحربي`)? Otherwise the
 * speaker was taken from a word elsewhere (`قال التحالف الذي … ضد داعش`) and the cue's sentence is not its speaker's.
 */
function subjectAfterCue(sp: SpeakerState, t: Statement): boolean {
  const subject = sp.toks[firstWordAt(sp.toks, t.cue.end)];
  const head = speakerWords(sp.toks, t)[0];
  if (!subject || !head) return false;
  if (sp.byId.get(t.speaker.entity!)?.mentions.some((m) => m.start <= subject.start && subject.end <= m.end)) return true;
  const bare = (w: Tok) => (definite(w) && w.key.startsWith(AR_ARTICLE) ? w.key.slice(AR_ARTICLE.length) : w.key);
  return bare(subject) === bare(head);
}

/**
 * The body or person written with ل right after the word that names a statement (`وجاء في بيان لوزارة الخارجية
 * الباكستانية`): whose statement it is, when no statement's speaker beside it says. A country is not (`بيان للسفارة
 * الأمريكية` would read as the country's, which session 22 kept apart).
 */
function issuerAfter(sp: SpeakerState, named: Tok): string | undefined {
  const of = sp.toks[firstWordAt(sp.toks, named.end)];
  if (!of || of.gap !== 'tight' || !gluedOf(of)) return undefined;
  return [...sp.byId.values()].find((e) => e.type !== 'country' && e.mentions.some((m) => m.start > of.start && m.start < of.end))?.id;
}

/** The last word before `before` that names a statement (بيان, بيانا, ببيان, البيان). */
function lastStatementWord(sp: SpeakerState, before: number): Tok | undefined {
  for (let i = firstWordAt(sp.toks, before) - 1; i >= 0; i--) {
    const t = sp.toks[i];
    if (t.forms.some((f) => f === AR_STATEMENT || f === AR_STATEMENT + 'ا')) return t;
  }
  return undefined;
}

function bare(sp: SpeakerState, ws: readonly Tok[]): boolean {
  if (sp.lang === 'en') return ws.length <= 2 && ws.every((w) => plainEn(sp, w)) && (ws.length === 1 || ws[1].gap === 'tight');
  return (ws.length === 1 && plainAr(sp, ws[0])) || (ws.length === 2 && plainAr(sp, ws[0]) && familyAr(sp, ws[1]));
}

function commonWord(sp: SpeakerState, w: Tok): boolean {
  return !w.arabic || sp.g.stop.has(w.key) || sp.lex.words.has(w.key) || sp.isRank(w) || sp.isBodyHead(w) || sp.lex.titleWords.has(w.key);
}

function plainAr(sp: SpeakerState, w: Tok): boolean {
  return !definite(w) && codePoints(w.key) >= MIN_BARE_NAME_CHARS && !AR_COMMON_WORD.test(w.key) && !commonWord(sp, w)
    && !writtenAsNoun(sp, w.key) && (w.forms.length === 1 || cliticLooking(sp, w));
}

/**
 * A word whose first letter may be a clitic (`بادماناتان` read also as ب + `ادماناتان`): a name still when what is left
 * is no word either (no function word, lexicon word or noun of the article) and the word is long enough not to be a
 * glued common noun (`بالموكب` has the article left, `بشدة` is short).
 */
function cliticLooking(sp: SpeakerState, w: Tok): boolean {
  return codePoints(w.key) >= MIN_CLITIC_NAME_CHARS && w.forms.slice(1).every((f) => !f.startsWith(AR_ARTICLE) && !AR_COMMON_WORD.test(f)
    && !sp.g.stop.has(f) && !sp.lex.words.has(f) && !sp.lex.titleWords.has(f) && !writtenAsNoun(sp, f));
}

/**
 * Is the word written elsewhere in the article as a common noun: with the article (`التصميم`, `بالموكب` beside `موكب`),
 * or with a feminine or plural ending (`مصورة` beside `مصور`)? A scan, asked of a few bare names per article: cheaper
 * than a set of every word.
 */
function writtenAsNoun(sp: SpeakerState, key: string): boolean {
  const nouns = new Set([AR_ARTICLE + key, ...AR_NOUN_ENDINGS.flatMap((e) => [key + e, AR_ARTICLE + key + e])]);
  for (const t of sp.toks) if (t.arabic && t.forms.some((f) => nouns.has(f))) return true;
  return false;
}

function familyAr(sp: SpeakerState, w: Tok): boolean {
  return definite(w) && w.gap === 'tight' && !AR_COMMON_FAMILY.test(w.key) && w.key !== GOD && !commonWord(sp, w);
}

function plainEn(sp: SpeakerState, w: Tok): boolean {
  return w.cap && !w.upper && !sp.g.stop.has(w.key) && !sp.isRank(w) && !sp.lex.titleWords.has(w.key) && !sp.g.orgHeads.has(w.text);
}
