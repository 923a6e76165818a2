/** Title chunks: a person named or described by a title, with the body or country the title is of and the name after it. */
import type { Gazetteer, Title } from './01-gazetteer.js';
import { startWithoutClitics } from './02-match.js';
import { MAX_TITLE_MODIFIERS } from './constants.js';
import { AR_NISBA_END, type Ctx, HONORIFIC, isHeadTitle, isModifier } from './03-chunks-words.js';
import { nisbaName, readName } from './03-chunks-names.js';
import { fastKey } from './keys.js';
import { namesAPlace } from './named-after.js';
import type { GazMatch, PersonChunk } from './types.js';

// Words that link a title to its body or country (المتحدث باسم الكرملين, السفير لدى الأمم المتحدة, envoy to the UN).
const AR_FOR = 'باسم';
const AR_AT = new Set(['لدي', 'في']);
const EN_OF = new Set(['of', 'to', 'at', 'for', 'in']);
const EN_THE = 'the';
/** The family titles.*.tsv give the modifiers that say a holder left office (السابق، المخلوع، الراحل; former, late). */
const FORMER = 'former';

function isPlace(m: GazMatch | undefined): m is GazMatch {
  return !!m && (m.type === 'country' || m.type === 'org' || m.type === 'place');
}

// No closures in titleChunk (and orgChunk): they run at every word, and the context of what a closure captures is
// allocated on every entry to the function, whether the closure is made or not.

/** A title at word i: reads its modifiers, body or country, and name. Returns the next word index. */
export function titleChunk(c: Ctx, i: number, out: PersonChunk[]): number | undefined {
  const { toks, g } = c;
  if (c.cover[i]) return undefined;
  const hit = g.titles.longestAt(toks, i, isHeadTitle);
  if (!hit) return undefined;
  for (let k = i; k < hit.to; k++) if (c.cover[k]) return undefined;
  const title: Title = hit.values[0];
  const tok = toks[i];
  const chunk: PersonChunk = { start: startWithoutClitics(tok, hit.firstForm), end: toks[hit.to - 1].end, title, definite: false };
  let j = hit.to;
  // جامعة الملك سعود، مطار الملك عبدالعزيز: the title and its name name a place or body (named-after.ts), passed over whole.
  if (namesAPlace(toks, i)) return readName(c, j, true)?.next ?? j;
  if (tok.arabic) {
    chunk.definite = tok.forms.some((f) => f.startsWith('ال'));
    // وزير الخارجية: a noun in construct with a definite one is definite too, and may refer back (04-coref.ts).
    if (!chunk.definite && toks.slice(i + 1, hit.to).some((t) => t.forms.some((f) => f.startsWith('ال')))) chunk.definite = chunk.construct = true;
    // وزير التعليم: an indefinite title takes the definite noun after it in construct, listed or not; a diplomat's
    // (مندوب المملكة، سفير المملكة) is the country that sends them, read by the places below.
    else if (!chunk.definite && hit.to === i + 1 && title.family !== 'diplomat' && constructComplement(c, j)) { chunk.end = toks[j].end; j++; chunk.definite = chunk.construct = true; }
    for (let round = 0; round < MAX_TITLE_MODIFIERS + 2; round++) {
      const mod = toks[j]?.gap === 'tight' ? g.titles.longestAt(toks, j, isModifier) : undefined;
      if (mod) {
        if (mod.values[0].family === FORMER) chunk.former = true;
        chunk.end = toks[mod.to - 1].end; j = mod.to; continue;
      }
      const m = toks[j]?.gap === 'tight' ? c.at[j] : undefined;
      if (isPlace(m) && !nisbaName(c, j)) { takePlace(chunk, m, g); j = m.to; continue; }
      const link = toks[j]?.gap === 'tight' && (toks[j].key === AR_FOR || (AR_AT.has(toks[j].key) && title.family === 'diplomat'));
      const after = link && toks[j + 1]?.gap === 'tight' ? c.at[j + 1] : undefined;
      if (isPlace(after)) { takePlace(chunk, after, g); j = after.to; continue; }
      break;
    }
  } else {
    // Before the title: [the] [former] [Russian | the Kremlin | Russia's] TITLE.
    let k = i - 1;
    for (; k >= 0 && toks[k + 1].gap === 'tight'; k--) {
      const mods = g.titles.getOne(toks[k].key).filter(isModifier);
      if (!mods.length) break;
      if (mods.some((t) => t.family === FORMER)) chunk.former = true;
    }
    const before = k >= 0 && toks[k + 1].gap === 'tight' ? c.cover[k] : undefined;
    if (isPlace(before) && before.to === k + 1) {
      takePlace(chunk, before, g);
      chunk.start = before.start;
      k = before.from - 1;
    }
    chunk.definite = k >= 0 && toks[k].key === EN_THE && toks[k + 1].gap === 'tight';
    // After it: of / to / for [the] BODY.
    if (toks[j]?.gap === 'tight' && EN_OF.has(toks[j].key)) {
      const skip = toks[j + 1]?.key === EN_THE ? 2 : 1;
      const after = toks[j + skip]?.gap === 'tight' ? c.at[j + skip] : undefined;
      // "for the German government": a demonym after "of" qualifies a noun, it is not the body itself.
      if (isPlace(after) && after.via !== 'demonym') { takePlace(chunk, after, g); j = after.to; }
    }
  }
  // وزير الزراعة الدكتور منصور الراجح: after an honorific among the modifiers a name follows, known or not.
  const honoured = tok.arabic && j > hit.to && g.titles.getOne(toks[j - 1].key).some((t) => t.family === HONORIFIC);
  const name = readName(c, j, chunk.country !== undefined || chunk.org !== undefined || honoured, honoured);
  if (name) {
    // Across a comma the title is a phrase of its own (المرشد الأعلى لإيران، علي خامنئي): a speaker may be it alone.
    if (toks[j].gap === 'comma') chunk.titleEnd = chunk.end;
    chunk.name = name.name.entity || name.next - j !== 1 ? name.name : surnameOfHolder(c, chunk, title, name.name);
    chunk.end = name.name.end;
    j = name.next;
  }
  if (!chunk.name && !chunk.country && !chunk.org && !chunk.definite) return undefined;
  if (!chunk.name && adjectiveTitle(c, i, hit.to, out)) return undefined;
  out.push(chunk);
  return Math.max(j, hit.to);
}

/**
 * Is the one-word definite title at word i an adjective of the definite noun right before it (المعقل الرئيس "the main
 * stronghold", السبب الرئيس)? Two definite nouns in a row are never a construct (زيارة الرئيس is): the second qualifies the
 * first. Not after a stop word (الذي الرئيس), a title or name (ولي العهد الرئيس: a chunk or a gazetteer match covers it).
 */
function adjectiveTitle(c: Ctx, i: number, to: number, out: readonly PersonChunk[]): boolean {
  const { toks, g } = c;
  const t = toks[i], prev = toks[i - 1];
  if (to !== i + 1 || !t.arabic || t.gap !== 'tight' || !prev?.arabic || c.cover[i - 1]) return false;
  // والقائد, للرئيس: a conjunction or preposition starts a noun of its own, no adjective.
  if (!t.key.startsWith('ال') || !prev.forms.some((f) => f.startsWith('ال'))) return false;
  if (prev.forms.some((f) => g.stop.has(f) || g.titles.getOne(f).length > 0)) return false;
  const last = out[out.length - 1];
  return !(last && last.end >= prev.end);
}

/** A definite common noun at word j, right after a title, that no gazetteer entry or name covers (التعليم، الإسكان). */
function constructComplement(c: Ctx, j: number): boolean {
  const t = c.toks[j];
  return Boolean(t) && t.arabic && t.gap === 'tight' && !c.cover[j] && !c.at[j] && t.forms.some((f) => f.startsWith('ال'))
    && !t.key.endsWith(AR_NISBA_END) && !c.g.stop.has(t.key) && !c.g.titles.getOne(t.key).length;
}

/** A body or country after (or before) a title, taken into its chunk. */
function takePlace(chunk: PersonChunk, m: GazMatch, g: Gazetteer): void {
  if (m.type === 'country') chunk.country ??= m.entity;
  else if (m.type === 'org') {
    chunk.org ??= m.entity;
    chunk.country ??= g.entities.get(m.entity)?.country;
  }
  chunk.end = Math.max(chunk.end, m.end);
}

/**
 * A surname alone after a title of a country (`UK Prime Minister Johnson`, `رئيس الوزراء البريطاني جونسون`): the one
 * gazetteer person of that country and office whose name ends so, if any; the unknown name as it was otherwise.
 */
function surnameOfHolder(c: Ctx, chunk: PersonChunk, title: Title, name: NonNullable<PersonChunk['name']>): NonNullable<PersonChunk['name']> {
  if (!chunk.country || chunk.former) return name;
  const key = fastKey(name.text);
  const holders = [...c.g.entities.values()].filter((e) => e.type === 'person' && e.country === chunk.country && e.role === title.cls
    && [e.names.en, e.names.ar].some((n) => n && fastKey(n.split(/\s+/u).pop()!) === key));
  return holders.length === 1 ? { ...name, entity: holders[0].id, via: 'gazetteer' } : name;
}
