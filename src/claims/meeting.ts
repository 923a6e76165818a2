import { join } from 'node:path';
import { readTsv } from '../attribution/lexicon/tsv.js';
import type { Lang } from '../model/index.js';
import { matchKey } from '../text/normalize/arabic.js';
import { tokenize } from '../text/tokens.js';
import { MEETING_NOUN_MAX_AT, MEETING_VERB_MAX_GAP } from './constants.js';
import { claimsDataFile, keysOf } from './lexicon.js';

// What a meeting discussed: `ناقش الاجتماع …`, `الجانبان بحثا …`, `ناقشنا خلال الاجتماع …`, `the meeting discussed …`.
// The statements of one article that open this way tell one meeting's agenda, whoever speaks and whatever items each
// lists: one proposition (the gold's R1, a meeting as the event), though they share neither an event phrase of the
// lexicon nor the same words (one lists missiles and terrorism, another Syria). group.ts groups them when two or more
// of the article's statements no other rule took do (claims recall round 7: dev10 0.368 → 0.388, annotator B 0.407 →
// 0.410, no other set moved). What a meeting agreed (`اتفقنا على …`) is not read so: as one group, a meeting's several
// agreements (arms sales; support for Iraq's government) met in it (dev10 P 0.813 → 0.736, 5 pairs right, 20 wrong).
// Only at the content's opening: `… كما تم بحث الأوضاع` at the end of another point adds the agenda to that point,
// and belongs to it.

const FILE = join('data', 'lexicons', 'claims', 'meeting-words.tsv');
const ROLES = ['meeting', 'discuss', 'we', 'done'] as const;
type Role = (typeof ROLES)[number];

let roles: Map<string, Role> | undefined;
const meetingWords = () => (roles ??= new Map(readTsv(claimsDataFile(FILE), ['form', 'lang', 'role'], { 1: ['ar', 'en'], 2: ROLES })
  .map(({ cells: [form, lang, role] }) => [`${lang}:${matchKey(form)}`, role as Role])));

/** The role of a word (bare, or one of its clitic forms in Arabic: `والاجتماع`), if it has one. */
function roleOf(word: string, lang: Lang): Role | undefined {
  const forms = lang === 'ar' ? keysOf(word) : [word.toLowerCase()];
  for (const k of forms) {
    const r = meetingWords().get(`${lang}:${k}`);
    if (r) return r;
  }
  return undefined;
}

/**
 * Does the content open on what a meeting discussed: a first-person verb of discussing among its first
 * MEETING_NOUN_MAX_AT words (`لقد ناقشنا`; in English `we` and the verb right after), a passive auxiliary and a verbal
 * noun of discussing (`تم بحث`), or a meeting with a verb of discussing at most MEETING_VERB_MAX_GAP words after it
 * (`اجتماع الأمس ناقش`) or right before it (`ناقش الاجتماع`)?
 */
export function aboutMeeting(text: string, lang: Lang): boolean {
  const words = tokenize(text).slice(0, MEETING_NOUN_MAX_AT + MEETING_VERB_MAX_GAP + 1).map((t) => t.text);
  const role = words.map((w) => (lang === 'en' && w.toLowerCase() === 'we' ? 'we-en' : roleOf(w, lang)));
  for (let i = 0; i < Math.min(words.length, MEETING_NOUN_MAX_AT); i++) {
    if (role[i] === 'we') return true;
    if ((role[i] === 'we-en' || role[i] === 'done') && role[i + 1] === 'discuss') return true;
    if (role[i] !== 'meeting') continue;
    if (i > 0 && role[i - 1] === 'discuss') return true;
    if (role.slice(i + 1, i + 1 + MEETING_VERB_MAX_GAP).includes('discuss')) return true;
  }
  return false;
}
