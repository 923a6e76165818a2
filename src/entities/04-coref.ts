import { lexicon } from '../attribution/lexicon/index.js';
import type { Entity, EntityType, Lang, Mention } from '../model/index.js';
import { matchKey } from '../text/normalize/arabic.js';
import type { Gazetteer } from './01-gazetteer.js';
import { addSurnames, ownWords, surnameAt } from './04-coref-surnames.js';
import { ROLE_SCORE_MIN, ROLE_SCORE_SAME_CLASS, ROLE_SCORE_SAME_FAMILY, ROLE_SCORE_SAME_PLACE } from './constants.js';
import type { Tok } from './keys.js';
import type { GazMatch, OrgChunk, PersonChunk } from './types.js';

/** What a later role-only mention is compared with. */
interface PersonInfo {
  cls?: string;
  family?: string;
  country?: string;
  org?: string;
  /** Named with a title that says he left office (الرئيس السابق): a former, late or deposed holder. */
  former?: boolean;
  /** A gazetteer person's English given name's sex; a local one's: named with a feminine Arabic title (`وزيرة`), or masculine ones only. */
  gender?: 'm' | 'f';
  /** Character offset of the last mention. */
  last: number;
}

type Event =
  | { kind: 'match'; at: number; m: GazMatch }
  | { kind: 'person'; at: number; p: PersonChunk }
  | { kind: 'org'; at: number; o: OrgChunk };

/** What may stand between a name and a title in apposition after it: spaces, or a comma. */
const APPOSITION_GAP = /^\s*[,،]?\s*$/u;

/** Links matches and chunks to entities, in text order: surnames and roles refer back to earlier mentions. */
export function resolve(
  text: string, toks: readonly Tok[], matches: readonly GazMatch[], persons: readonly PersonChunk[], orgs: readonly OrgChunk[],
  g: Gazetteer, lang: Lang,
  /** The person an office named without a name stands for (home.ts), told whether a holder of another country was named before. */
  holder?: (p: PersonChunk, otherHolderNamed: boolean) => string | undefined,
): Entity[] {
  const entities = new Map<string, Entity>();
  const people = new Map<string, PersonInfo>();
  const nameStarts = new Set(persons.map((p) => p.name?.start).filter((s) => s !== undefined));
  // A nisba read as a first name (تركي بن سعود) is the person's name, not the country.
  const names = persons.flatMap((p) => (p.name && p.name.via === 'chunk' ? [p.name] : []));
  const inName = (m: GazMatch) => m.via === 'nisba' && names.some((n) => n.start <= m.start && m.end <= n.end);
  const events: Event[] = [
    ...matches.filter((m) => !(m.type === 'person' && nameStarts.has(m.start)) && !inName(m)).map((m): Event => ({ kind: 'match', at: m.start, m })),
    ...persons.map((p): Event => ({ kind: 'person', at: p.start, p })),
    ...orgs.map((o): Event => ({ kind: 'org', at: o.start, o })),
  ].sort((a, b) => a.at - b.at);

  const entityOf = (id: string, type: EntityType, display?: string): Entity => {
    let e = entities.get(id);
    if (!e) {
      const gz = g.entities.get(id);
      const names = gz ? { ...gz.names } : { [lang === 'ar' ? 'ar' : 'en']: display };
      const name = (lang === 'ar' ? names.ar : names.en) ?? names.en ?? names.ar ?? id;
      e = { id, type, name, names, ...(gz?.country ? { country: gz.country } : {}), mentions: [] };
      entities.set(id, e);
    }
    return e;
  };
  const mention = (e: Entity, start: number, end: number, via: string) => {
    e.mentions.push({ start, end, text: text.slice(start, end), entity: e.id, via });
  };
  const note = (id: string, info: Omit<PersonInfo, 'last'>, last: number) => {
    const gz = g.entities.get(id);
    const prev = people.get(id) ?? { cls: gz?.role, family: gz?.role ? g.families.get(gz.role) : undefined, country: gz?.country, gender: givenGender(gz?.names.en), last };
    people.set(id, {
      cls: prev.cls ?? info.cls, family: prev.family ?? info.family, gender: gz || prev.gender === 'f' ? prev.gender : info.gender ?? prev.gender,
      country: prev.country ?? info.country, org: prev.org ?? info.org, former: prev.former || info.former, last,
    });
  };

  /** The last person named in full (a name, not a title): a title right after it is in apposition. */
  let lastName: { id: string; end: number } | undefined;
  for (const ev of events) {
    if (ev.kind === 'match') {
      const { m } = ev;
      if (m.priorOnly && !entities.has(m.entity)) continue;
      // A one-word short form (الجبير, بوتين) after another given name or a lineage word names someone else (فهد الجبير).
      if (m.type === 'person' && m.to - m.from === 1 && otherPerson(text, toks, m, entities, g)) continue;
      const e = entityOf(m.entity, m.type);
      const surname = m.type === 'person' && m.to - m.from === 1 && e.mentions.length > 0;
      mention(e, m.start, m.end, surname ? 'surname' : m.via);
      if (m.type === 'person') {
        note(m.entity, {}, m.start);
        if (!surname) lastName = { id: m.entity, end: m.end };
      }
    } else if (ev.kind === 'org') {
      const { o } = ev;
      const shown = text.slice(o.start, o.end);
      // للحكومة → الحكومة for the name (لل is ل + ال with the alef elided); the mention keeps the text as written.
      const e = entityOf(localId(o.text), 'org', shown.startsWith('لل') ? 'ا' + shown.slice(1) : shown);
      if (o.country) e.country ??= o.country;
      mention(e, o.start, o.end, 'chunk');
    } else {
      const { p } = ev;
      const info = { cls: p.title?.cls, family: p.title?.family, country: p.country, org: p.org, former: p.former, gender: titleGender(text, p, lang) };
      if (p.name) {
        const id = p.name.entity ?? namedInFull(text, entities, p) ?? localId(p.name.text);
        const e = entityOf(id, 'person', p.name.text);
        if (p.titleEnd !== undefined) mention(e, p.start, p.titleEnd, 'title');
        mention(e, p.name.start, p.name.end, p.name.via);
        note(id, info, p.start);
        lastName = { id, end: p.name.end };
        continue;
      }
      // A title in apposition right after a name (جون كيري وزير الخارجية الأمريكي, Dmitry Peskov, the spokesman): that person.
      const apposed = lastName && APPOSITION_GAP.test(text.slice(lastName.end, p.start)) ? lastName.id : undefined;
      if (apposed) {
        mention(entityOf(apposed, 'person'), p.start, p.end, 'role');
        note(apposed, info, p.start);
        continue;
      }
      const antecedent = p.definite ? bestAntecedent(people, { ...info, construct: p.construct }, p.start) : undefined;
      const held = antecedent ? undefined : holder?.(p, [...people.values()].some((x) => x.cls === p.title?.cls && x.last < p.start));
      if (antecedent ?? held) {
        const id = (antecedent ?? held)!;
        mention(entityOf(id, 'person'), p.start, p.end, 'role');
        note(id, held ? info : {}, p.start);
      } else if (p.country || p.org) {
        const shown = text.slice(p.start, p.end);
        const id = localId(shown);
        mention(entityOf(id, 'person', shown), p.start, p.end, 'title');
        note(id, info, p.start);
      }
    }
  }
  addSurnames(text, toks, entities, g);
  const out = [...entities.values()];
  // Mentions and entities mostly come in text order already: a (stable) sort then changes nothing and is skipped.
  for (const e of out) if (!inOrder(e.mentions, (m) => m.start)) e.mentions.sort((a, b) => a.start - b.start);
  return inOrder(out, (e) => e.mentions[0].start) ? out : out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** Is a one-word person alias (a solo short form) here the surname of someone else (فهد الجبير, آل ثاني)? */
function otherPerson(text: string, toks: readonly Tok[], m: GazMatch, entities: Map<string, Entity>, g: Gazetteer): boolean {
  const prev = toks[m.from - 1];
  // Most have no word right before them in the same script: nothing to check.
  if (!prev || toks[m.from].gap !== 'tight' || prev.arabic !== toks[m.from].arabic) return false;
  const e = entities.get(m.entity) ?? { id: m.entity, type: 'person' as const, name: '', names: {}, mentions: [] };
  return 'veto' in surnameAt(text, toks, m.from, toks[m.from].key, { own: () => ownWords(e, g), solo: true }, g);
}

/** Mentions that name a person by a title or a surname only: never their full name. */
const NOT_FULL = new Set(['role', 'title', 'surname']);

/**
 * The person named in full before whose name a title's one-word name is: their surname (`Prime Minister Johnson` after
 * `Boris Johnson`, `President Mnangagwa` after `Emmerson Mnangagwa`), or their given name after the title they were
 * named in full with (`الأمير سعود` after `الأمير سعود الفيصل`), else undefined.
 */
function namedInFull(text: string, entities: Map<string, Entity>, p: PersonChunk): string | undefined {
  if (!p.name || /\s/u.test(p.name.text)) return undefined;
  const key = matchKey(p.name.text);
  const title = matchKey(text.slice(p.start, p.name.start)).trim().split(/\s+/u).filter(Boolean);
  const fullName = (m: Mention) => {
    if (NOT_FULL.has(m.via)) return false;
    const ws = m.text.split(/\s+/u).map(matchKey);
    if (ws.length < 2) return false;
    if (ws[ws.length - 1] === key) return true;
    if (!title.length) return false;
    // The title written inside the mention (a gazetteer alias: الأمير سعود الفيصل) or right before it.
    const k = title.length;
    if (ws.length > k + 1 && ws.slice(0, k).join(' ') === title.join(' ') && ws[k] === key) return true;
    const before = matchKey(text.slice(0, m.start)).trim().split(/\s+/u).slice(-k);
    return ws[0] === key && before.join(' ') === title.join(' ');
  };
  // Of two so named (a father and son, one person named twice over), the one named last.
  let owner: string | undefined;
  let last = -1;
  for (const e of entities.values()) {
    if (e.type !== 'person' || !e.mentions.some(fullName)) continue;
    const at = e.mentions[e.mentions.length - 1].start;
    if (at > last) [owner, last] = [e.id, at];
  }
  return owner;
}

/** True when `at` never decreases along `xs`. */
function inOrder<T>(xs: readonly T[], at: (x: T) => number): boolean {
  for (let i = 1; i < xs.length; i++) if (at(xs[i]) < at(xs[i - 1])) return false;
  return true;
}

/** The earlier person a role-only mention (الرئيس الأوكراني, the spokesman) most likely refers to. */
function bestAntecedent(people: Map<string, PersonInfo>, r: Omit<PersonInfo, 'last'> & { construct?: boolean }, before: number): string | undefined {
  let best: string | undefined;
  let bestRank = 0;
  let bestLast = -1;
  for (const [id, p] of people) {
    if (p.last >= before) continue;
    // A described role (الرئيس الأوكراني) refers back only to someone of that country or body; a bare one
    // (الممثل, the spokesman) to anyone with the title.
    if (r.country && r.country !== p.country) continue;
    if (r.org && r.org !== p.org && !(r.country && r.country === p.country)) continue;
    // A former, late or deposed holder (الرئيس المخلوع, the former president) is not the sitting one named before.
    if (r.former && !p.former) continue;
    // A feminine title (الوزيرة) is no man's: a gazetteer person's sex is their English given name's (Bernard), a local
    // one's their masculine titles' (Arabic news may give a woman a masculine title: وزير الخارجية هيلاري كلينتون).
    if (r.gender === 'f' && p.gender === 'm') continue;
    let score = 0;
    // A bare title in construct (`وزير الخارجية`) is the one named with no country or body (the outlet's own), never
    // `وزير الخارجية المصري` named beside him.
    if (r.construct && !r.country && !r.org && (p.country || p.org)) continue;
    if ((r.country && r.country === p.country) || (r.org && r.org === p.org)) score += ROLE_SCORE_SAME_PLACE;
    if (r.cls && r.cls === p.cls) score += ROLE_SCORE_SAME_CLASS;
    if (r.family && r.family === p.family) score += ROLE_SCORE_SAME_FAMILY;
    // The same class; or the same family when the role names only the family (الزعيم, الوزير, the diplomat): a
    // secretary-general is not the prime minister named before, though both lead.
    const titleMatches = (r.cls && r.cls === p.cls) || (r.family && r.family === p.family && (!r.cls || r.cls === r.family));
    if (!titleMatches || score < ROLE_SCORE_MIN) continue;
    // On a tie, a holder named as in office or not as the role is (الرئيس اليمني: the sitting one, not the deposed one named since).
    const rank = score * 2 + (!!p.former === !!r.former ? 1 : 0);
    if (rank > bestRank || (rank === bestRank && p.last > bestLast)) {
      best = id;
      bestRank = rank;
      bestLast = p.last;
    }
  }
  return best;
}

/** The prefix of localId's ids. */
const LOCAL_PREFIX = 'local:';

/** A gazetteer person's sex as their English given name tells it (given-names.tsv), if it does. */
function givenGender(name: string | undefined): 'm' | 'f' | undefined {
  const first = name?.split(/\s+/u)[0];
  const word = first ? lexicon('en').sexWords.get(matchKey(first)) : undefined;
  return word?.kind === 'given' ? word.gender : undefined;
}

/** Arabic: the gender of a title chunk's head word (titles.tsv: `وزيرة` f, `وزير` m); English titles tell none. */
function titleGender(text: string, p: PersonChunk, lang: Lang): 'm' | 'f' | undefined {
  if (lang !== 'ar') return undefined;
  const head = text.slice(p.start).split(/[\s،,]/u, 1)[0];
  const gender = lexicon('ar').titleWords.get(matchKey(head))?.gender;
  return gender === 'm' || gender === 'f' ? gender : undefined;
}

/** `local:<slug>` for an entity found only in this article. */
export function localId(shown: string): string {
  let id = localIds.get(shown);
  if (id === undefined) {
    const slug = matchKey(shown).replace(/['’]s$/, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
    id = `${LOCAL_PREFIX}${slug}`;
    if (localIds.size >= LOCAL_ID_MEMO_LIMIT) localIds.clear();
    localIds.set(shown, id);
  }
  return id;
}

/** localId per text shown, remembered: the same bodies and roles recur across articles. */
const localIds = new Map<string, string>();
/** Texts remembered before the memo is emptied (bounds memory on long runs). */
const LOCAL_ID_MEMO_LIMIT = 50_000;
