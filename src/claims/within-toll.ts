import { join } from 'node:path';
import { readTsv } from '../attribution/lexicon/tsv.js';
import type { Lang } from '../model/index.js';
import { matchKey } from '../text/normalize/arabic.js';
import { tokenize, type Token } from '../text/tokens.js';
import { sameActOf } from './act.js';
import { TOLL_COUNT_WINDOW, TOLL_MAX_DISTANCE } from './constants-run.js';
import { speakersAgree, type CopyItem } from './copy.js';
import { claimWords, claimsDataFile, keysOf } from './lexicon.js';
import { quantitiesConflict, quantitiesOf } from './numbers.js';
import { eventQuantities, marksConflict, sideOfTexts } from './marks.js';
import { statementOrdinal } from './source.js';
import { anotherIncident } from './title-event.js';
import { sharedPredicates } from './stems.js';

// R6 within one article: who was killed, wounded or captured in an event is a detail of it. A source tells the event
// (`fierce clashes broke out in the city`) and, in its next statement, the toll (`dozens of the attackers were killed in
// those clashes`, `there were dead and wounded on both sides`) in words no event phrase names and that share little
// with the account: the toll joins the account.

const FILE = join('data', 'lexicons', 'claims', 'toll-words.tsv');
const SHIFTS_FILE = join('data', 'lexicons', 'claims', 'topic-shifts.tsv');
/** Words of the later content's opening read for a topic shift. */
const OPENING_WORDS = 4;
const ARABIC_ARTICLE = 'ال';
/** The article after the preposition `ل` (`للقتلى`). */
const LAM_ARTICLE = 'لل';

let words: Map<string, 'plural' | 'word'> | undefined;
/** The toll words (data/lexicons/claims/toll-words.tsv): `lang:key` → kind, loaded once. */
function tollWords(): Map<string, 'plural' | 'word'> {
  if (!words) {
    words = new Map();
    for (const { cells: [form, lang, kind] } of readTsv(claimsDataFile(FILE), ['form', 'lang', 'kind'], { 1: ['ar', 'en'], 2: ['plural', 'word'] })) {
      words.set(`${lang}:${matchKey(form)}`, kind as 'plural' | 'word');
    }
  }
  return words;
}

/** Words that count people without a figure (data/lexicons/claims/toll-counts.tsv), by `lang:key`. */
const countWords = claimWords('toll-counts.tsv');

/** The kind of toll word token `t` is, clitics stripped in Arabic; undefined when none. */
const tollWordAt = (t: Token, lang: Lang) => keysOf(t.text).map((k) => tollWords().get(`${lang}:${k}`)).find(Boolean);

/** Does an Arabic word carry the article, after a one-letter proclitic or as `لل`? */
const definite = (word: string) => {
  const k = matchKey(word).replace(/^[وفب]/u, '');
  return k.startsWith(ARABIC_ARTICLE) || k.startsWith(LAM_ARTICLE);
};

/** Is token `i` a count: a figure, or a word of count? */
const isCount = (toks: Token[], i: number, lang: Lang) => quantitiesOf(toks[i].text).size > 0 || countWords().has(`${lang}:${matchKey(toks[i].text)}`);

/**
 * Does a content count a toll: a toll word with a count at most TOLL_COUNT_WINDOW words before or after it (`قتلت 223
 * عنصرا`, `twenty people were arrested`), or an Arabic plural toll noun without the article (`سقوط قتلى وجرحى`)? A toll
 * word alone (`أسر الضحايا`, `a hospital full of the wounded`) names the dead of no event told.
 */
export function namesToll(content: string, lang: Lang): boolean {
  const toks = tokenize(content);
  return toks.some((t, i) => {
    const kind = tollWordAt(t, lang);
    if (!kind) return false;
    if (kind === 'plural' && lang === 'ar' && !definite(t.text)) return true;
    for (let j = Math.max(0, i - TOLL_COUNT_WINDOW); j <= Math.min(toks.length - 1, i + TOLL_COUNT_WINDOW); j++) if (j !== i && isCount(toks, j, lang)) return true;
    return false;
  });
}

/** The topic shifts (data/lexicons/claims/topic-shifts.tsv) as word-key sequences by language, loaded once. */
let shifts: { lang: string; keys: string[] }[] | undefined;
const topicShifts = (): { lang: string; keys: string[] }[] => (shifts ??= readTsv(claimsDataFile(SHIFTS_FILE), ['form', 'lang'], { 1: ['ar', 'en'] })
  .map(({ cells: [form, lang] }) => ({ lang, keys: tokenize(form).map((t) => matchKey(t.text)) })));

/** Does a text hold a topic shift (`إلى ذلك`, `meanwhile`), a word's one-letter proclitic aside? */
export function shiftsTopic(text: string, lang: Lang): boolean {
  const toks = tokenize(text);
  const at = (i: number, k: string) => {
    const key = matchKey(toks[i].text);
    return key === k || (lang === 'ar' && /^[وف]/u.test(key) && key.slice(1) === k);
  };
  return topicShifts().some((s) => s.lang === lang && toks.some((_, i) => s.keys.every((k, j) => i + j < toks.length && at(i + j, k))));
}

/** What the toll rule reads of a statement (echo.ts EchoItem). */
export type TollItem = CopyItem & { evaluates?: boolean };

/**
 * The toll score (1 + predicate words shared) of two statements of one article, the later giving the toll of the event
 * the earlier tells; undefined when not. One speaker (copy.ts `speakersAgree`), at most TOLL_MAX_DISTANCE statements
 * apart, both accounts (act.ts `sameActOf`: no call), no evaluation and no headline (lead.ts reads those); the later
 * counts a toll (`namesToll`), tells no other incident (title-event.ts `anotherIncident`: `seven were killed in another
 * bombing`), opens on no topic shift (`إلى ذلك، قتل مدني …`: `shiftsTopic`), and shares a predicate word other than a
 * toll word with the earlier (the event's noun: `خلال الاشتباكات`); no place or day differs (marks.ts), nor, after a
 * toll, the figures.
 */
export function tollOf(a: TollItem, b: TollItem): number | undefined {
  if (a.member.articleId !== b.member.articleId || a.member.lang !== b.member.lang) return undefined;
  const [first, later] = statementOrdinal(a.member.statementId) < statementOrdinal(b.member.statementId) ? [a, b] : [b, a];
  const distance = statementOrdinal(later.member.statementId) - statementOrdinal(first.member.statementId);
  if (distance < 1 || distance > TOLL_MAX_DISTANCE || first.headline || later.headline || first.evaluates || later.evaluates) return undefined;
  if (!speakersAgree(first.member, later.member) || !sameActOf(first.member, later.member)) return undefined;
  const { content, lang } = later.member;
  if (!namesToll(content, lang) || anotherIncident({ text: content, lang }, 0, content.length)) return undefined;
  if (shiftsTopic(tokenize(content).slice(0, OPENING_WORDS).map((t) => t.text).join(' '), lang)) return undefined;
  // The event's word in common, toll words aside: two tolls alone may be two incidents' (`21 were killed in the clashes`
  // beside `the dead fell in an ambush on the road`).
  const event = (x: TollItem) => x.stems.filter((w) => !w.some((k) => tollWords().has(`${lang}:${k}`)));
  const shared = Math.min(sharedPredicates(event(first), later.stemKeys), sharedPredicates(event(later), first.stemKeys));
  if (!shared) return undefined;
  const sides = [sideOfTexts([first.member]), sideOfTexts([later.member])];
  if (marksConflict(sides[0], sides[1])) return undefined;
  // A toll after a toll with other figures is another incident's (`24 were killed in the market` then `seven were killed
  // by a bomb near the station`), as continuation.ts reads figures.
  if (namesToll(first.member.content, lang) && quantitiesConflict(eventQuantities(sides[0]), eventQuantities(sides[1]))) return undefined;
  return 1 + shared;
}
