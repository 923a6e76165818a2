import { lazyKeySet } from '../attribution/lexicon/index.js';
import type { Statement } from '../model/index.js';
import { gluedPreposition, opensUnnamedPhrase, speakerWords, unlinked, type SpeakerState } from './05-speakers-state.js';
import type { Tok } from './keys.js';

// Speaker phrases linked to who does not speak (05-speakers.ts, before pass 1): Arabic, many people or the media of a
// country (`الشعب اليمني`, `وسائل الإعلام البريطانية`, `مجموعة من العلماء الإسرائيليين`), linked to the country its
// nationality names, who do not speak for the state (English: 05-speakers-generic.ts); an unnamed source of or close
// to a person (`مصادر مقربة من الرئيس السابق فلان`, `مسؤول في مكتب رئيس الوزراء فلان`), linked to that person. The phrase
// stays unlinked.

/** Match keys of nouns of people or media who speak for no state, from data/lexicons/ar/non-state-people.tsv. */
const nonStatePeople = lazyKeySet('ar', 'non-state-people.tsv');
/** Words of number before the head (`عدة وسائل إعلام`, `عدد من المقيمين`, `مجموعة من العلماء`), with من after them or not. */
const QUANTITIES = new Set(['عده', 'عدد', 'مجموعه', 'بعض']);
/** من ("of") after a word of number, as a match key. */
const AR_OF = 'من';

/**
 * For an Arabic speaker linked to a country, the statement unlinked when the phrase's head (its first word, past a word of
 * number and من) is a noun of people or media who speak for no state; undefined otherwise.
 */
export function unlinkedCrowd(sp: SpeakerState, s: Statement): Statement | undefined {
  if (sp.lang !== 'ar' || !s.speaker.entity || sp.byId.get(s.speaker.entity)?.type !== 'country') return undefined;
  const ws = speakerWords(sp.toks, s);
  let k = 0;
  if (ws.length > 1 && QUANTITIES.has(ws[0].key)) k = ws[1].key === AR_OF ? 2 : 1;
  const head = ws[k];
  if (!head || k + 1 >= ws.length || !head.forms.some((f) => nonStatePeople().has(f))) return undefined;
  return unlinked(s);
}

/**
 * For a speaker phrase opened by an unnamed source's word (`مصادر`, `مسؤول`, `a source`) and linked to a person named in
 * it after a preposition (`مقربة من فلان`, `في مكتب فلان`), the statement unlinked: the source is not that person.
 * Undefined otherwise (a person known by titles only, or named in apposition, may be the source).
 */
export function unlinkedSourceOf(sp: SpeakerState, s: Statement): Statement | undefined {
  const { start, end, entity } = s.speaker;
  if (!entity || start === undefined || end === undefined || !opensUnnamedPhrase(s.speaker.text)) return undefined;
  const linked = sp.byId.get(entity);
  const named = linked?.type === 'person' ? linked.mentions.find((m) => m.start > start && m.end <= end && m.via !== 'title' && m.via !== 'role') : undefined;
  if (!named) return undefined;
  const before = speakerWords(sp.toks, s).filter((w) => w.end <= named.start);
  if (!before.some((w, k) => k > 0 && preposition(sp, w))) return undefined;
  return unlinked(s);
}

/** A preposition, or in Arabic ب or ل glued to a noun (`بمكتب`, `لرئيس`). */
function preposition(sp: SpeakerState, w: Tok): boolean {
  return sp.lex.words.get(w.key) === 'preposition' || gluedPreposition(w);
}
