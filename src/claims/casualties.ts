import { join } from 'node:path';
import { readTsv } from '../attribution/lexicon/tsv.js';
import type { Lang } from '../model/index.js';
import { matchKey } from '../text/normalize/arabic.js';
import { boundedMemo } from '../text/memo.js';
import { tokenize, type Token } from '../text/tokens.js';
import { CASUALTY_COUNT_MAX_WORDS } from './constants.js';
import { claimsDataFile, keysOf } from './lexicon.js';
import { statementOrdinal } from './source.js';
import { quantitiesOf } from './numbers.js';
import type { Member } from './types.js';

// Casualties as an event's detail, within one article (echo.ts `echoOf`, how `detail`): a statement that counts the
// dead (`five new deaths due to COVID-19`, `خمس وفيات جديدة`) reports the event, named by no event phrase of the
// lexicon; a later statement of the article naming them definitely (`the fatalities included four males`, `اثنتين من
// الوفيات من دكا`, `one of the deceased was…`) refers back to them — a detail of that event (R6 of the claims gold).

const FILE = join('data', 'lexicons', 'claims', 'casualty-nouns.tsv');
const ARABIC_ARTICLE = 'ال';
const ENGLISH_ARTICLE = 'the';
/** Contents whose casualty reading is remembered before the memo is emptied. */
const CASUALTIES_MEMO_LIMIT = 10_000;

let nouns: Map<Lang, Set<string>> | undefined;
/** Casualty nouns by language, as match keys (data/lexicons/claims/casualty-nouns.tsv), loaded once. */
function casualtyNouns(): Map<Lang, Set<string>> {
  if (!nouns) {
    nouns = new Map();
    for (const { cells: [form, lang] } of readTsv(claimsDataFile(FILE), ['form', 'lang'], { 1: ['ar', 'en'] })) {
      const set = nouns.get(lang as Lang) ?? new Set<string>();
      set.add(matchKey(form));
      nouns.set(lang as Lang, set);
    }
  }
  return nouns;
}

/** How a content names casualties: counted (indefinite, after a number), or definitely (referring back). */
export interface CasualtyMention { counted: boolean; definite: boolean }

/** Is the token a casualty noun, and is it definite (`الوفيات`, `the victims`)? */
function casualtyAt(toks: Token[], i: number, lang: Lang): { definite: boolean } | undefined {
  const set = casualtyNouns().get(lang);
  if (!set) return undefined;
  const keys = keysOf(toks[i].text);
  if (lang === 'ar') {
    if (keys.some((k) => k.startsWith(ARABIC_ARTICLE) && set.has(k.slice(ARABIC_ARTICLE.length)))) return { definite: true };
    return keys.some((k) => set.has(k)) ? { definite: false } : undefined;
  }
  if (!set.has(toks[i].key)) return undefined;
  return { definite: toks[i - 1]?.key === ENGLISH_ARTICLE };
}

function casualtiesOf(lang: Lang, text: string): CasualtyMention {
  const toks = tokenize(text);
  const out: CasualtyMention = { counted: false, definite: false };
  toks.forEach((_, i) => {
    const c = casualtyAt(toks, i, lang);
    if (!c) return;
    if (c.definite) out.definite = true;
    // Counted: a number at most CASUALTY_COUNT_MAX_WORDS words before an indefinite noun (`five new deaths`, `17 حالة وفاة`).
    else if (toks.slice(Math.max(0, i - CASUALTY_COUNT_MAX_WORDS), i).some((t) => quantitiesOf(t.text).size)) out.counted = true;
  });
  return out;
}

const memo = boundedMemo(CASUALTIES_MEMO_LIMIT, (s: string) => casualtiesOf(s.slice(0, s.indexOf('\t')) as Lang, s.slice(s.indexOf('\t') + 1)));

/** How a statement's content names casualties (see CasualtyMention). */
export const casualtiesIn = (m: Pick<Member, 'content' | 'lang'>): CasualtyMention => memo(`${m.lang}\t${m.content}`);

/**
 * The detail score (1) of two statements of one article in one language, the later naming definitely the casualties
 * the earlier counts; undefined when not. Which is earlier is read from the statement ids' ordinals (the store's
 * `<article>:<n>`): a reference points back.
 */
export function casualtyDetailOf(a: Member, b: Member): number | undefined {
  if (a.articleId !== b.articleId || a.lang !== b.lang) return undefined;
  const [first, later] = ordinal(a) <= ordinal(b) ? [a, b] : [b, a];
  const cf = casualtiesIn(first), cl = casualtiesIn(later);
  return cf.counted && cl.definite && !cl.counted ? 1 : undefined;
}

const ordinal = (m: Member) => statementOrdinal(m.statementId);
