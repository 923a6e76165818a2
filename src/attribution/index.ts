import type { Statement } from '../model/index.js';
import type { Word } from '../text/words.js';
import type { QuoteSpan } from '../text/sentences-quotes.js';
import { SpeakerChain } from './coref.js';
import { balancedContent, closeMarks } from './balance.js';
import { mostlyQuoted } from './direct.js';
import { withNumberSigns } from './signs.js';
import { continuations } from './continuation.js';
import { sentenceSubjects } from './en/sentence-subjects.js';
import { arSentenceSubjects } from './ar/subjects.js';
import { findHits } from './cues.js';
import { mergeRelativeCues } from './ar/relative.js';
import { resumptiveDrafts } from './ar/05-resumptive.js';
import { reportsThirdParty } from './ar/quoted.js';
import { citesScripture, isScriptureSpeaker } from './ar/scripture.js';
import { enReportsThirdParty } from './en/quoted.js';
import { withColonQuotes } from './en/colon-quote.js';
import { buildDoc, setHits } from './doc.js';
import { lexicon } from './lexicon/index.js';
import { RULES } from './rules.js';
import { partDraft, SPLIT_RULE_SUFFIX, stanceParts } from './stance-split.js';
import { statementTargets } from './targets.js';
import { objectPronounTargets } from './en/targets.js';
import { statementTime } from './time.js';
import type { Doc, Draft, FindInput } from './types.js';

export type { FindInput } from './types.js';

/** FindInput, with the words of the whole text when the caller has already scanned them. */
export interface FindStatementsInput extends FindInput {
  tokens?: readonly Word[];
  /** The paired quotation marks of every block, in text order, when the caller has them (see pairQuotes). */
  quotes?: readonly QuoteSpan[];
}

/** Id of this extractor, recorded in Analysis.extractor. */
export const RULES_EXTRACTOR_ID = 'rules@1';

/** Attributed statements of an article, by the rule families in ./ar and ./en (each statement names its rule). */
export function findStatements(input: FindStatementsInput): Statement[] {
  const lang = input.lang === 'ar' ? 'ar' : 'en';
  const doc = buildDoc(input, lexicon(lang), input.tokens, input.quotes);
  setHits(doc, findHits(doc));
  const found = lang === 'ar' ? withResumptive(doc, mergeRelativeCues(doc, findDrafts(doc, RULES[lang]))) : withColonQuotes(doc, findDrafts(doc, RULES[lang]));
  const drafts = dedupe([...found, ...continuations(doc, found.filter((d) => !d.silent), `${lang}-quote-continuation`)].sort((a, b) => a.cue[0] - b.cue[0]));
  const chain = new SpeakerChain(doc);
  const out: Statement[] = [];
  const subjects = lang === 'en' ? sentenceSubjects(doc) : arSentenceSubjects(doc);
  // Speaker phrases of the drafts, by start: a sentence subject that is one makes a statement, no mere antecedent.
  const spoken = new Set<number>();
  for (const d of drafts) if (d.speaker.kind === 'span') spoken.add(d.speaker.start);
  let next = 0;
  for (const d of drafts) {
    for (; next < subjects.length && subjects[next][1] <= d.cue[0]; next++) {
      const [s, e] = subjects[next];
      if (!spoken.has(s) && !(lang === 'ar' && isScriptureSpeaker(doc, s, e))) chain.observe(s, e);
    }
    // قال تعالى: a verse cited by the article's speaker is no statement of the news, and its phrase no antecedent.
    if (lang === 'ar' && (d.speaker.kind === 'span' ? isScriptureSpeaker(doc, d.speaker.start, d.speaker.end) : citesScripture(doc, d.cue[0], d.cue[1], d.content[0]))) continue;
    const resolved = chain.resolve(d.speaker, !d.secondary);
    if (!resolved || d.silent) continue;
    const speaker = closeMarks(doc.text, resolved);
    // 'When it was said': from the cue's clause, not from inside what was said (time.ts).
    const time = statementTime(doc, d, drafts);
    const cue = spanOf(doc.text, d.cue);
    const { rule, sentence } = d;
    // One statement per stance: a content whose sentences turn from one stance to another is split there (stance-split.ts).
    const parts = stanceParts(doc, d, drafts);
    for (const part of parts) {
      const p = parts.length > 1 ? partDraft(d, part.range) : d;
      const content = spanOf(doc.text, balancedContent(doc.text, withNumberSigns(doc.text, p.content)));
      const direct = d.direct || mostlyQuoted(doc, p.content[0], p.content[1]);
      // accused him of: a him/her object stands for its antecedent, read off the chain without changing it (coref.ts);
      // the object is the first part's, whose content follows the cue.
      const found = statementTargets(doc, p, part.stance);
      const ranges = lang === 'en' && part === parts[0] ? objectPronounTargets(doc, part.stance, d.cue[1], found, (at) => chain.peek(at, resolved)) : found;
      const targets = ranges.map((t) => ({ text: doc.text.slice(t[0], t[1]), start: t[0], end: t[1] }));
      const partRule = parts.length > 1 ? rule + SPLIT_RULE_SUFFIX : rule;
      // Two literals rather than a spread of the optional time, which made every statement a slow object; the
      // fields keep their order (the JSON output shows it).
      out.push(time
        ? { speaker, cue, stance: part.stance, content, direct, targets, time, rule: partRule, sentence }
        : { speaker, cue, stance: part.stance, content, direct, targets, rule: partRule, sentence });
    }
  }
  return out;
}

/** A character range of the text as a statement's span. */
function spanOf(text: string, r: readonly [number, number]): { start: number; end: number; text: string } {
  return { start: r[0], end: r[1], text: text.slice(r[0], r[1]) };
}

function findDrafts(doc: Doc, rules: readonly Rule[]): Draft[] {
  const drafts: Draft[] = [];
  const usedCues = new Set<number>();
  const titleRules = rules.filter((r) => r.on === 'title');
  for (let s = 0; s < doc.input.sentences.length; s++) {
    for (const r of titleRules) {
      const d = r.apply(doc, undefined, s);
      if (d) { drafts.push(d); usedCues.add(d.cue[0]); break; }
    }
  }
  // بحسب ما ذكرت الوزارة: a cue among the words a source phrase skips before its source is the phrase's, not a statement.
  let phraseEnd = -1;
  for (const hit of doc.hits) {
    const at = doc.tokens[hit.start].start;
    if (usedCues.has(at) || at < phraseEnd) continue;
    // Words inside a quotation are the quoted speaker's own: "نطالب المجتمع الدولي" is no new statement.
    const quote = quoteAround(doc.quotes, at);
    if (quote && doc.lex.lang !== 'ar' && doc.lex.lang !== 'en') continue;
    for (const r of rules) {
      if (r.on !== hit.type) continue;
      const d = r.apply(doc, hit, doc.sentOf[hit.start]);
      // …except an Arabic report of a titled third party inside the quotation (ar/quoted.ts).
      if (d && quote && !(doc.lex.lang === 'en' ? enReportsThirdParty(doc, d, quote) : reportsThirdParty(doc, d, quote))) break;
      if (d) {
        drafts.push(d);
        if (hit.type === 'source' && d.speaker.kind === 'span') phraseEnd = d.speaker.start;
        break;
      }
    }
  }
  return drafts.sort((a, b) => a.cue[0] - b.cue[0]);
}

/** The first quotation (in `quotes` order) whose inside holds offset `at`, as `quotes.find` would give it, without a closure per hit. */
function quoteAround(quotes: readonly QuoteSpan[], at: number): QuoteSpan | undefined {
  for (const q of quotes) if (at >= q.start && at < q.end) return q;
  return undefined;
}

type Rule = (typeof RULES)['ar'][number];

/** Arabic drafts with those of وهو ما أكده X (ar/05-resumptive.ts), which read the drafts before them, in cue order. */
function withResumptive(doc: Doc, drafts: Draft[]): Draft[] {
  const more = resumptiveDrafts(doc, drafts);
  return more.length ? [...drafts, ...more].sort((a, b) => a.cue[0] - b.cue[0]) : drafts;
}

/** One statement per content: a later draft with the same content range is dropped. */
function dedupe(drafts: Draft[]): Draft[] {
  // …أن X، وهو ما أكده Y: a second source taking up the same clause (ar/05-resumptive.ts) is a statement of its own.
  const keys = drafts.map((d) => `${d.content[0]}:${d.content[1]}${d.rule.startsWith('ar-resumptive') ? ':resumed' : ''}`);
  const continued = drafts.map((d) => d.rule.endsWith('quote-continuation'));
  // A cue's own reading of a quotation wins over a continuation's.
  const cued = new Set<string>();
  for (let i = 0; i < drafts.length; i++) if (!continued[i]) cued.add(keys[i]);
  const seen = new Set<string>();
  return drafts.filter((_, i) => {
    const k = keys[i];
    if (seen.has(k) || (continued[i] && cued.has(k))) return false;
    seen.add(k);
    return true;
  });
}
