import { join } from 'node:path';
import { readTsv } from '../attribution/lexicon/tsv.js';
import type { Lang } from '../model/index.js';
import { matchKey } from '../text/normalize/arabic.js';
import { boundedMemo } from '../text/memo.js';
import { tokenize } from '../text/tokens.js';
import { isRelativePronoun } from './fragment.js';
import { claimsDataFile, conceptOf, keysOf } from './lexicon.js';
import { quantitiesOf } from './numbers.js';
import { familyWordsIn } from './incident-words.js';

// Does a statement evaluate rather than claim a fact (R3 of the claims gold)? Praise, thanks and satisfaction, pledges,
// condolences, welcomes, wishes, verse and characterisations (`جريمة حرب`, `يعد بداية`) make a sentence an evaluation
// wherever they stand in it; epithets of condemnation (`الغاشمة`) do unless the content also names an event
// (data/lexicons/claims/evaluative.tsv); labels (`a victim`) and attitudes (`is troubled by`) too, and they keep a
// statement out of concept groups as well (frame.ts `evaluation`). Officials' releases are reprinted word for word as often for such sentences as
// for facts: the copy rule (copy.ts) takes a linked speaker's reprint only when it has none of these words.

const FILE = join('data', 'lexicons', 'claims', 'evaluative.tsv');
export const EVALUATIVE_KINDS = ['praise', 'pledge', 'condolence', 'welcome', 'characterisation', 'label', 'attitude', 'wish', 'verse', 'epithet'] as const;
export type EvaluativeKind = (typeof EVALUATIVE_KINDS)[number];

interface Marker { words: string[]; lang: Lang; kind: EvaluativeKind }

/** Contents whose verdict is remembered before the memo is emptied (a pool statement is compared with many). */
const EVALUATIVE_MEMO_LIMIT = 10_000;

let markers: Marker[] | undefined;
/** The evaluative markers, loaded and validated once. */
function evaluativeMarkers(): Marker[] {
  return (markers ??= readTsv(claimsDataFile(FILE), ['form', 'lang', 'kind'], { 1: ['ar', 'en'], 2: EVALUATIVE_KINDS })
    .map(({ cells: [form, lang, kind] }) => ({ words: tokenize(form).map((t) => matchKey(t.text)), lang: lang as Lang, kind: kind as EvaluativeKind })));
}

/** Does token i start the marker (each word a clitic form of the text's word: `وجرائم` has `جرائم`)? */
const startsAt = (m: Marker, keys: readonly (readonly string[])[], i: number) => m.words.every((w, k) => keys[i + k]?.includes(w));

/**
 * Kinds a relative pronoun right before the marker leaves to its clause (`المشروع الذي يعد واحدا من أكبر المشاريع`): the
 * clause describes a noun of the statement, it is not the statement's own verdict.
 */
const CLAUSE_KINDS: ReadonlySet<EvaluativeKind> = new Set(['characterisation']);

/**
 * Kinds that yield to an event the same content states (`the cowardly attack killed ten`: the epithet qualifies the
 * event, which is still reported): such a marker makes no evaluation when the content names an event or a figure.
 */
const EVENT_YIELDING_KINDS: ReadonlySet<EvaluativeKind> = new Set(['epithet']);

/**
 * Does the content name an event: an event concept (lexicon.ts), an incident word (`تفجير`, `bombing`: title-events.tsv)
 * or a figure (`killed ten`: numbers.ts)? A condemnation rarely counts; a report does.
 */
const statesEvent = (lang: Lang, text: string) => conceptOf(text) !== undefined || familyWordsIn(text, lang).length > 0 || quantitiesOf(text).size > 0;

function evaluativeOf(lang: Lang, text: string): EvaluativeKind | undefined {
  const toks = tokenize(text);
  const keys = toks.map((t) => keysOf(t.text));
  for (const m of evaluativeMarkers()) {
    if (m.lang !== lang) continue;
    for (let i = 0; i < keys.length; i++) {
      if (!startsAt(m, keys, i)) continue;
      if (CLAUSE_KINDS.has(m.kind) && i > 0 && isRelativePronoun(lang, toks[i - 1].text)) continue;
      if (EVENT_YIELDING_KINDS.has(m.kind) && statesEvent(lang, text)) continue;
      return m.kind;
    }
  }
  return undefined;
}

/**
 * The offset in `text` of the earliest marker of one of `kinds`, if any. Frame.ts reads it for the kinds that make a
 * statement an evaluation even beside an event phrase: a `label` anywhere (`is a victim`, `a cannibal`: the statement
 * is about what the speaker thinks of someone), an `attitude` before the event phrase (`is troubled by the support`:
 * the speaker's feeling about the event, not the event).
 */
export function evaluativeOffset(text: string, lang: Lang, kinds: ReadonlySet<EvaluativeKind>): number | undefined {
  const toks = tokenize(text);
  const keys = toks.map((t) => keysOf(t.text));
  let best: number | undefined;
  for (const m of evaluativeMarkers()) {
    if (m.lang !== lang || !kinds.has(m.kind)) continue;
    for (let i = 0; i < keys.length && (best === undefined || toks[i].start < best); i++) if (startsAt(m, keys, i)) best = toks[i].start;
  }
  return best;
}

const memo = boundedMemo(EVALUATIVE_MEMO_LIMIT, (s: string) => evaluativeOf(s.slice(0, s.indexOf('\t')) as Lang, s.slice(s.indexOf('\t') + 1)));

/** The kind of the first evaluative marker (lexicon order) the content has, if any. */
export const evaluativeKind = (content: string, lang: Lang): EvaluativeKind | undefined => memo(`${lang}\t${content}`);

/** Kinds that make a cue evaluate its content (`أشاد بـ`, `welcomed`); `يعتبر أن` (considers that) opens a proposition. */
const CUE_KINDS: ReadonlySet<EvaluativeKind> = new Set(['praise', 'welcome', 'condolence']);

/** Does the cue praise, welcome or condole, so that its content is what is evaluated? */
export function evaluativeCue(cue: string, lang: Lang): boolean {
  const kind = evaluativeKind(cue, lang);
  return kind !== undefined && CUE_KINDS.has(kind);
}
