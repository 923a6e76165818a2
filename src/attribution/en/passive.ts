import { contentRange } from '../clause.js';
import { cueStartsAt, gapBefore } from '../doc.js';
import type { Doc, Draft, Hit } from '../types.js';
import { englishContent } from './content.js';
import { englishSource } from './source-phrase.js';
import { englishBefore, englishAfter, isBe, POSSESSIVES, skipBackAdverbs } from './speaker.js';
import { DOCUMENTS, skipTimeBack, span } from './speaker-before.js';
import { objectWords } from './objects.js';

type CueHit = Extract<Hit, { type: 'cue' }>;

/**
 * A passive cue: "The attack was claimed by X" (also "was on Wednesday reported to …", "a pattern described by X as
 * Y"). Returns the statement, null when the passive reports nothing (was reported to …, with no "by"), or 'active'
 * when the cue is no passive and the active reading goes on.
 */
export function passiveReading(doc: Doc, hit: CueHit, floor: number, end: number, cueChars: [number, number]): Draft | null | 'active' {
  const { cue } = hit;
  // "Workers are demanding …": an -ing form after "be" is progressive, never passive (speaker-before.ts skips the "be").
  if (/ing$/.test(doc.keys[hit.start])) return 'active';
  const prev = hit.start - 1;
  const bePrev = skipTimeBack(doc, skipBackAdverbs(doc, hit.start, floor), floor) - 1;
  if (bePrev >= floor && isBe(doc, bePrev) && bePrev !== prev && doc.keys[hit.end] !== 'by') return laterBy(doc, hit, bePrev, floor, end, cueChars);
  if (prev >= floor && isBe(doc, prev)) {
    // ("was condemned in a joint statement by X": the document names where, its "by" the agent)
    const by = doc.keys[hit.end] === 'by' ? hit.end : byAfterDocument(doc, hit.end, end);
    if (by < 0) return laterBy(doc, hit, prev, floor, end, cueChars);
    const e = englishAfter(doc, by + 1, end);
    // "was cited by Interfax as saying …": the one cited speaks (clause-subject.ts: en-quoted-as), not the agent.
    if (doc.keys[e] === 'as' && e + 1 < end && /ing$/.test(doc.keys[e + 1]) && cueStartsAt(doc, e + 1)) return null;
    // "was described by X as Y": Y is what X said.
    const asContent = e > by + 1 && doc.keys[e] === 'as' && e + 1 < end ? englishContent(doc, e + 1, false, end, true) : null;
    // "was told by X that C", "was warned by X of "…"": a cue with an addressee reports what follows its agent.
    // (the agent may be lower-case: was told by engineers that …)
    const agent = asContent ? e : englishSource(doc, by + 1, end);
    const toldContent = !asContent && agent > by + 1 && cue.frame.has('obj') && cue.frame.has('that') && (doc.keys[agent] === 'that' || doc.keys[agent] === 'of')
      ? englishContent(doc, doc.keys[agent] === 'of' ? agent + 1 : agent, false, end, true) : null;
    if (toldContent && (doc.keys[agent] === 'that' || toldContent.direct)) {
      return { rule: 'en-passive-by', cue: cueChars, stance: cue.stance, speaker: span(doc, by + 1, agent), content: toldContent.range, direct: toldContent.direct, targets: [], sentence: doc.sentOf[hit.start] };
    }
    if (asContent) {
      return { rule: 'en-passive-by', cue: cueChars, stance: cue.stance, speaker: span(doc, by + 1, e), content: asContent.range, direct: asContent.direct, targets: [], sentence: doc.sentOf[hit.start] };
    }
    const s = passiveSubject(doc, prev, floor);
    // "X was reported by local media to have visited …": the subject and the infinitive after the agent are what was
    // said (the passive between them is kept: the content is one span).
    const source = englishSource(doc, by + 1, end);
    if (source > by + 1 && doc.keys[source] === 'to' && s < prev) {
      const rest = englishContent(doc, source, false, end, true);
      const range = rest && contentRange(doc, s, doc.tokens.findIndex((t) => t.end >= rest.range[1]) + 1);
      if (range) return { rule: 'en-passive-by', cue: cueChars, stance: cue.stance, speaker: span(doc, by + 1, source), content: range, direct: false, targets: [], sentence: doc.sentOf[hit.start] };
    }
    // ("The minister was invited by the king": an infinitive-cue without its infinitive reports
    // nothing, as in the active.)
    if (objectWords().get('infinitive-cue')!.has(cue.lemma)) return null;
    const content = contentRange(doc, s, prev);
    // "The suspect was questioned by police": an interview, unless what was questioned is a said thing (the claim).
    if (cue.lemma === 'question' && !doc.keys.slice(s, prev).some((w) => objectWords().get('speech')!.has(w))) return null;
    // "was condemned by members of the EU", "were denied by the company": a lower-case agent for a cue that is always
    // speech in the passive (a rejection or dismissal by the senate may be a vote, a question by police an interview).
    const agentEnd = e > by + 1 || !LOWER_AGENT_STANCES.has(cue.stance) && !LOWER_AGENT_LEMMAS.has(cue.lemma) ? e
      : beforeOfAct(doc, hit, by, englishSource(doc, by + 1, end));
    if (agentEnd === by + 1 || !content) return null;
    return { rule: 'en-passive-by', cue: cueChars, stance: cue.stance, speaker: span(doc, by + 1, agentEnd), content, direct: false, targets: [], sentence: doc.sentOf[hit.start] };
  }
  // "a pattern described by Marine Bulletin as "rather hectic"": a reduced passive names its source after "by".
  if (doc.keys[hit.end] === 'by' && cue.kind === 'verb' && !/[^\s]/.test(gapBefore(doc, hit.end))) {
    const e = englishAfter(doc, hit.end + 1, end);
    if (e > hit.end + 1 && doc.keys[e] === 'as' && e + 1 < end) {
      const content = englishContent(doc, e + 1, false, end, true);
      if (content) return { rule: 'en-passive-by', cue: cueChars, stance: cue.stance, speaker: span(doc, hit.end + 1, e), content: content.range, direct: content.direct, targets: [], sentence: doc.sentOf[hit.start] };
    }
    return null;
  }
  return 'active';
}

/**
 * Start of the subject before the passive's "be" at `be`: "The claims were denied by …", "his claims …", "the family's
 * claims …" (a cue form that is a said thing, objects.tsv: speech, after a determiner or a possessive is that noun, which
 * the speaker-phrase walk stops at).
 */
function passiveSubject(doc: Doc, be: number, floor: number): number {
  const s = englishBefore(doc, be, floor);
  const noun = be - 1;
  if (s !== be || noun - 1 < floor || !objectWords().get('speech')!.has(doc.keys[noun])) return s;
  if (doc.lex.words.get(doc.keys[noun - 1]) === 'determiner' || POSSESSIVES.has(doc.keys[noun - 1])) return noun - 1;
  // ("The family's claims were dismissed by …": a noun's possessive, with its article, opens the subject too.)
  if (!/\S['’]s$/u.test(doc.tokens[noun - 1].text) || /[^\s]/.test(gapBefore(doc, noun))) return s;
  return noun - 2 >= floor && doc.lex.words.get(doc.keys[noun - 2]) === 'determiner' && !/[^\s]/.test(gapBefore(doc, noun - 1)) ? noun - 2 : noun - 1;
}

/** Stances whose passive cue reports speech whatever its agent (was criticised by residents). */
const LOWER_AGENT_STANCES: ReadonlySet<string> = new Set(['accuse', 'warn']);
/** Other cue lemmas whose passive reports speech with a lower-case agent (was denied by the company). */
const LOWER_AGENT_LEMMAS: ReadonlySet<string> = new Set(['deny', 'announce', 'confirm', 'claim']);

/**
 * End of a lower-case agent ending at `e`, cut before "of" when the cue takes an "of" for its act or subject matter
 * (accused by opponents | of wasting money, warned by engineers | of flooding).
 */
function beforeOfAct(doc: Doc, hit: CueHit, by: number, e: number): number {
  if (!hit.cue.frame.has('of') && hit.cue.stance !== 'warn') return e;
  for (let k = by + 2; k < e; k++) if (doc.keys[k] === 'of') return k;
  return e;
}

/** Most words between "in" and the document noun of an adjunct before a passive's "by" (in a joint statement). */
const MAX_DOCUMENT_WORDS = 3;

/**
 * "Turkey was condemned in a joint statement by Egypt": the token of "by" after an "in" + determiner + document
 * adjunct (speaker-before.ts DOCUMENTS) right after the cue, with no mark between; -1 when there is none.
 */
function byAfterDocument(doc: Doc, k: number, end: number): number {
  if (doc.keys[k] !== 'in' || doc.lex.words.get(doc.keys[k + 1]) !== 'determiner') return -1;
  for (let d = k + 2; d < Math.min(end - 1, k + 2 + MAX_DOCUMENT_WORDS); d++) {
    if (/[^\s]/.test(gapBefore(doc, d))) return -1;
    if (DOCUMENTS.has(doc.keys[d])) return doc.keys[d + 1] === 'by' && !/[^\s]/.test(gapBefore(doc, d + 1)) ? d + 1 : -1;
  }
  return -1;
}

/** Most tokens of the complement between a passive cue and a later "by" (was announced to be a "pandemic" by X). */
const MAX_COMPLEMENT_TOKENS = 6;

/**
 * "COVID-19 was previously announced to be a "pandemic" by the World Health Organization": a passive cue whose
 * complement ("to be Y", "as Y") comes before its "by": the source after "by" said the clause before it, from the
 * subject to the complement's end. Null when no such "by" closes the clause.
 */
function laterBy(doc: Doc, hit: CueHit, be: number, floor: number, end: number, cueChars: [number, number]): Draft | null {
  const k = hit.end;
  const from = doc.keys[k] === 'to' && doc.keys[k + 1] === 'be' ? k + 2 : doc.keys[k] === 'as' ? k + 1 : -1;
  if (from < 0) return null;
  for (let b = from + 1; b < Math.min(end - 1, from + MAX_COMPLEMENT_TOKENS + 1); b++) {
    if (/[,;:.!?()\u2014\u2013]/.test(gapBefore(doc, b))) return null;
    if (doc.keys[b] !== 'by') continue;
    const e = englishAfter(doc, b + 1, end);
    const s = englishBefore(doc, be, floor);
    const content = contentRange(doc, s, b);
    // (the source phrase must close the clause: "by the WHO." not "by the end of March")
    if (e === b + 1 || !content || (e < end && !/[,;.!?(]/.test(gapBefore(doc, e)))) return null;
    return { rule: 'en-passive-by', cue: cueChars, stance: hit.cue.stance, speaker: span(doc, b + 1, e), content, direct: false, targets: [], sentence: doc.sentOf[hit.start] };
  }
  return null;
}
