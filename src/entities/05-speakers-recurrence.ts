import type { Statement } from '../model/index.js';
import { firstWordAt } from '../text/words.js';
import { AR_ARTICLE, definite, linkedTo, span, speakerWords, type SpeakerState } from './05-speakers-state.js';
import { DOCUMENT_MAX_CHARS, MIN_BARE_NAME_CHARS, MIN_BARE_NAME_TIMES } from './constants.js';
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
 * of the statement whose sentence last names a statement before it (`وقال فلان … في بيان`, `أصدرت الوزارة بيانا`).
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
      const [from, to] = t.speaker.start < named.start ? [t.speaker.start, named.end] : [named.start, t.speaker.end!];
      if (SENTENCE_END.test(sp.text.slice(from, to))) continue;
      const distance = Math.abs(t.speaker.start - named.start);
      if (distance < bestDistance) [best, bestDistance] = [t, distance];
    }
    if (best) out[n] = linkedTo(s, best.speaker.entity);
  }
  return out;
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
  return w.forms.length === 1 && !definite(w) && codePoints(w.key) >= MIN_BARE_NAME_CHARS && !AR_COMMON_WORD.test(w.key)
    && !commonWord(sp, w) && !writtenAsNoun(sp, w.key);
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
