import type { Entity, Statement } from '../model/index.js';
import { firstWordAt } from '../text/words.js';
import { APPOSITION_GAP, definite, speakerWords, unlinked, type SpeakerState } from './05-speakers-state.js';
import type { Tok } from './keys.js';

// Arabic speaker phrases that name a person only as whose office the speaker holds (05-speakers.ts, before pass 1):
// `سفير خادم الحرمين الشريفين`, `مستشار الرئيس الفلسطيني`, `مساعد وزير الخارجية الأمريكي`. An indefinite title in
// construct with the person after it is that person's ambassador, adviser or aide; the entity stage linked the phrase to
// the person it names. The phrase stays unlinked, for the later passes to name its holder (English: 05-speakers-owner.ts).

/** Title-word kinds of the lexicon that name someone of a person (an office, a relative), not a body or a source. */
const OF_PERSON = new Set(['title', 'role']);

/** An honorific before a title (`معالي`, `سماحة`, `د.`): a title word of the lexicon with no gender. */
const honorific = (sp: SpeakerState, w: Tok) => w.forms.some((f) => { const t = sp.lex.titleWords.get(f); return t?.kind === 'title' && t.gender === '-'; });

/**
 * For an Arabic speaker linked to a person whose mention starts right after the phrase's head, an indefinite title word
 * (past honorifics) that opens no longer title of the gazetteer (`نائب الرئيس` is one): the statement unlinked.
 * Undefined otherwise (`الوزير النعيمي` names the minister; `مستشار الرئيس صبري صيدم` is linked to the adviser).
 */
export function unlinkedOfficeOf(sp: SpeakerState, s: Statement): Statement | undefined {
  const linked = s.speaker.entity ? sp.byId.get(s.speaker.entity) : undefined;
  if (sp.lang !== 'ar' || linked?.type !== 'person') return undefined;
  const ws = speakerWords(sp.toks, s);
  let k = 0;
  while (k < ws.length - 2 && honorific(sp, ws[k])) k++;
  const head = ws[k], owner = ws[k + 1];
  if (!head || !owner || owner.gap !== 'tight' || definite(head) || !head.forms.some((f) => OF_PERSON.has(sp.lex.titleWords.get(f)?.kind ?? ''))) return undefined;
  const i = sp.toks.indexOf(head);
  if (i < 0 || sp.g.titles.longestAt(sp.toks, i, (t, _, to) => !t.modifier && to > i + 1)) return undefined;
  // The person after the head, or a word of its mention that a pass read as a name (`سلمان` of `الملك سلمان`).
  const owned = [...sp.byId.values()].flatMap((e) => (e.type === 'person' ? e.mentions.filter((m) => m.start === owner.start) : []));
  const inOwner = linked.mentions.some((m) => owned.some((o) => m.start >= o.start && m.end <= o.end));
  return inOwner && !namedAfterOffice(sp, linked, head) ? unlinked(s) : undefined;
}

/**
 * Does the article name the person right after the whole office, its head included (`نائب وزير الدفاع الروسي، أناتولي
 * أنطونوف`)? Then the head is the person's own title, which the entity stage read short (`وزير الدفاع الروسي`).
 */
function namedAfterOffice(sp: SpeakerState, linked: Entity, head: Tok): boolean {
  const ms = [...linked.mentions].sort((a, b) => a.start - b.start);
  return ms.some((m, n) => {
    const next = ms[n + 1], i = firstWordAt(sp.toks, m.start);
    const byTitle = m.via === 'title' || m.via === 'role';
    return byTitle && i > 0 && sp.toks[i - 1].forms.includes(head.key) && !!next && APPOSITION_GAP.test(sp.text.slice(m.end, next.start));
  });
}
