import { join } from 'node:path';
import { readTsv } from '../attribution/lexicon/tsv.js';
import type { Lang } from '../model/index.js';
import { matchKey } from '../text/normalize/arabic.js';
import { tokenize } from '../text/tokens.js';
import { claimsDataFile, keysOf } from './lexicon.js';

// The words of an incident family (data/lexicons/claims/title-events.tsv: death, injury, clashes, shelling, attack)
// in a text: what a title names of its story's incident (title-event.ts), and what makes an epithet beside it a
// report of an event rather than an evaluation (evaluative.ts). Apart from both so that neither imports the other.

const FILE = join('data', 'lexicons', 'claims', 'title-events.tsv');

let families: Map<Lang, Map<string, string>> | undefined;
/** Incident families by language, form match key → family (data/lexicons/claims/title-events.tsv), loaded once. */
function incidentFamilies(): Map<Lang, Map<string, string>> {
  if (!families) {
    families = new Map();
    for (const { cells: [family, lang, form] } of readTsv(claimsDataFile(FILE), ['family', 'lang', 'form'], { 1: ['ar', 'en'] })) {
      const byForm = families.get(lang as Lang) ?? new Map<string, string>();
      byForm.set(matchKey(form), family);
      families.set(lang as Lang, byForm);
    }
  }
  return families;
}

/** A word of an incident family in a text, and where it starts. */
export interface FamilyWord { family: string; start: number }

/** The words of text[from, to) that name an incident family, in text order (each of a word's clitic forms is looked up). */
export function familyWordsIn(text: string, lang: Lang, from = 0, to = text.length): FamilyWord[] {
  const byForm = incidentFamilies().get(lang);
  if (!byForm) return [];
  const out: FamilyWord[] = [];
  for (const t of tokenize(text, from, to)) {
    const family = keysOf(t.text).map((k) => byForm.get(k)).find((f) => f !== undefined);
    if (family) out.push({ family, start: t.start });
  }
  return out;
}
