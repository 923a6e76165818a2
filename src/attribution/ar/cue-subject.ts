import { MAX_QUOTED_NAME_TOKENS } from '../constants.js';
import { CLAUSE_MARKS, colonBefore, SENTENCE_END_MARKS, commaBefore, isComplement, quoteTokensAt } from '../clause.js';
import { gapHas, hitStartsAt, titleAt, quoteClosingBefore, quoteOpeningAt, sentenceStart } from '../doc.js';
import type { Cue } from '../lexicon/index.js';
import type { Doc, Hit } from '../types.js';
import { RESUMPTIVE } from './antecedent.js';
import { afterSameAdjunct, speechQuoteAt } from './content.js';
import { adjunctBeforeParticle } from './particle.js';
import { marks, startsMention } from './mention-marks.js';
import { arabicSubject } from './speaker.js';
import { definiteAt, hasPronounSuffix, isStopWord, isTitle, QUANTIFIERS } from './speaker-words.js';
import { biSurnameBeforeParticle } from './surname.js';
import { nameAfterOutlet } from './outlet-name.js';
import { isPluralNoun } from './number.js';
import { subjectBeforeObjectAndBi } from './double-object.js';
import { conjoinedSubjectEnd } from './conjoined.js';
import { urgedNameAt, urgedObject } from './urged-object.js';
import { haSubjectBeforeParticle, knownSubject } from './known-subject.js';

// Where a cue's written subject stands after the verb (VSO), or why the words there are its object. The subject before
// the verb (SVO) is read in cue-subject-before.ts, between كان and the verb in kana-subject.ts, after the topic particle
// أما in topic-subject.ts; whether a lone noun right after the verb is its subject, in known-subject.ts.

/** عن + a pronoun (قال عنه، قالت عنها), as match keys. */
const ABOUT = new Set(['عنه', 'عنها', 'عنهم']);
/** Longest apposition between commas after a title (وزير الخارجية الأميركي، جون كيري، أنه), in tokens. */
export const MAX_APPOSITION_TOKENS = 10;

/** A short quotation at token i holding a name (no function word): its token range. */
function quotedName(doc: Doc, i: number, end: number): [number, number] | null {
  const q = quoteTokensAt(doc, i);
  if (!q || q.to > end || q.to - q.from > MAX_QUOTED_NAME_TOKENS || colonBefore(doc, i)) return null;
  for (let k = q.from; k < q.to; k++) if (isStopWord(doc, k)) return null;
  return [q.from, q.to];
}

/** Lemmas of cues that never take a direct object (لوّح بـ "brandished"): a noun after them is their subject. */
const NO_OBJECT = new Set(['لوح']);
/** Most words of the subject of such a verb before its ب-phrase. */
const MAX_NO_OBJECT_SUBJECT = 5;
/** Documents that can be the subject of a cue (match keys): البيان، التقرير، القرار، الرسالة. */
const DOCUMENTS = new Set(['البيان', 'التقرير', 'القرار', 'الرساله', 'المذكره', 'الوثيقه']);

/** Where the explicit subject after a cue is, or why there is none. */
export function subjectAfter(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, j: number, end: number): [number, number] | null {
  const { cue } = hit;
  if (cue.kind === 'participle' || j >= end) return null;
  if (RESUMPTIVE.has(doc.keys[j]) && j + 1 < end && !isStopWord(doc, j + 1)) j++;
  // الوضع الذي قالت عنه الوزيرة إنه …: "about it" before the subject of a verb that takes no عن of its own.
  else if (ABOUT.has(doc.keys[j]) && !cue.frame.has('an') && j + 1 < end && !isStopWord(doc, j + 1)) j++;
  if (cue.gender === 'pl' || cue.gender === 'du') return null; // VSO keeps the verb singular: قالوا has its subject before it
  if (colonBefore(doc, j)) return null;
  // ودعا في الوقت نفسه، إثيوبيا إلى …: after a "the same" adjunct set off by a comma, a dropped subject and the object.
  if (afterSameAdjunct(doc, j)) return null;
  // إن الولايات المتحدة تتهم النظام السوري بـ: a listed name right before the verb is its subject (SVO); what follows is the object.
  if (!hit.prefixed && namedRightBefore(doc, hit.start)) return null;
  if (quoteOpeningAt(doc, j)) return quotedName(doc, j, end);
  const cls = doc.lex.words.get(doc.keys[j]);
  // ويؤكد هؤلاء الصحافيون أن: a demonstrative before a plural noun of people points at the subject.
  if (cls === 'demonstrative' && j + 1 < end && isPluralNoun(doc, j + 1) && !gapHas(doc, j + 1, CLAUSE_MARKS)) {
    const k = arabicSubject(doc, j + 1, end, !cue.frame.has('obj'));
    if (k > j + 1) return [j + 1, k];
  }
  if (cls === 'complement' || cls === 'preposition' || cls === 'demonstrative' || cls === 'pronoun' || cls === 'object') return null;
  if (hasPronounSuffix(doc, j) && !haSubjectBeforeParticle(doc, hit, j, end)) return null; // أعلنت انسحابها: an object
  let k = arabicSubject(doc, j, end, !cue.frame.has('obj'));
  // وقال بادماناتان «…»: a surname whose letters read as a ب-phrase, named in full before (ar/surname.ts).
  if (k === j && biSurnameBeforeParticle(doc, j)) return [j, j + 1];
  // وقال لـ"الصحيفة" بادي فلان الرئيس …: a ب-name after the outlet spoken to, with its title (ar/name-words.ts).
  const outletName = k === j ? nameAfterOutlet(doc, j, end, !cue.frame.has('obj')) : j;
  if (outletName > j) k = outletName;
  if (k === j) return null;
  // هدد جزيني بحرمان …: a verb framed by بـ ends its subject at the first ب-word after the head; one framed by بـ among
  // others (نوه الوزير بجهود …) at a ب-word after a definite word, which no construct continues.
  if (cue.frame.has('bi') && !cue.frame.has('obj')) {
    const biOnly = cue.frame.size === 1;
    for (let m = j + 1; m < k; m++) {
      if (doc.keys[m].startsWith('ب') && doc.keys[m] !== 'بن' && doc.keys[m] !== 'باسم' && !doc.lex.titleWords.has(doc.keys[m])
        && (biOnly || doc.keys[m - 1].startsWith('ال'))) { k = m; break; }
    }
  }
  // ولوحت الدول الأعضاء بفرض …: a verb that never takes an object has all the words up to its ب-phrase as subject.
  if (NO_OBJECT.has(cue.lemma)) {
    let m = k;
    while (m < end && m - j < MAX_NO_OBJECT_SUBJECT && !doc.keys[m].startsWith('ب') && !gapHas(doc, m, CLAUSE_MARKS) && !isStopWord(doc, m)) m++;
    if (m < end && doc.keys[m].startsWith('ب') && !gapHas(doc, m, CLAUSE_MARKS)) k = m;
  }
  // وطالب منظمة الحج …: a masculine verb does not agree with a feminine body or title, which is then its object.
  const head = titleAt(doc, j)?.[0].value ?? doc.lex.titleWords.get(doc.keys[j]);
  if (cue.gender === 'm' && head?.gender === 'f') return null;
  // وأشار بيان المنظمة، وقال بيان وزارة الخارجية: a speech noun in construct with a body or a title names that source,
  // so the speaker is the body (after the verb agreed with the noun) (which a role mention links to its entity), not its statement.
  if (k > j + 1 && doc.lex.words.get(doc.keys[j]) === 'speech' && (isTitle(doc, j + 1) || startsMention(doc, j + 1))) j++;
  // A lone definite noun that is no title (رفض الإفصاح، وذكر التصريح) is the object of a pro-drop verb; a document
  // (وقال البيان إن، يطالب القرار الحكومة) speaks, except as what is denied or accused (ورفض القرار).
  const document = DOCUMENTS.has(doc.keys[j]) && cue.stance !== 'deny' && cue.stance !== 'accuse';
  // Known (knownSubject, known-subject.ts) and the tests of a و-verb mid-sentence are asked last, only where they decide: they scan the
  // article (surnameBeforeParticle) or the words after the phrase, and most phrases are settled before.
  if (k - j === 1 && definiteAt(doc, j) && !isTitle(doc, j) && !document && !NO_OBJECT.has(cue.lemma) && !knownSubject(doc, hit, j, end)) return null;
  if (hit.prefixed && !isTitle(doc, j) && outletName === j && midSentence(doc, hit.start) && !saysOf(doc, cue, j, k, end)) return null;
  // وحث جميع الأطراف على، ودعا المواطنين إلى: the one urged, the subject dropped (ar/urged-object.ts).
  if (urgedObject(doc, hit, j, k)) return null;
  // وحث فلان كاميرون على: the name after the subject's is the one urged.
  const urged = urgedNameAt(doc, hit, j, k);
  if (urged > j) return [j, urged];
  // المواطن "سلمان العلي" أن: a quoted name after a title.
  const named = k < end && quoteOpeningAt(doc, k) ? quotedName(doc, k, end) : null;
  if (named) k = named[1];
  // وزير الخارجية الأميركي، جون كيري، أنه: a name in apposition between commas.
  // ريد برودي، أبرز الداعين إلى هذه المحاكمة، "إنها …": a longer one when a particle or a quotation follows it.
  else if (k < end && commaBefore(doc, k) && !isStopWord(doc, k) && !quoteOpeningAt(doc, k)) {
    for (let m = k + 1; m < Math.min(end, k + MAX_APPOSITION_TOKENS + 1); m++) {
      if (quoteOpeningAt(doc, m - 1) || hitStartsAt(doc, m - 1)) break;
      if (!commaBefore(doc, m)) continue;
      if (isComplement(doc, m) || speechQuoteAt(doc, m) || adjunctBeforeParticle(doc, m, end)) k = m;
      break;
    }
  }
  // وأكدت الولايات المتحدة ودول مجلس التعاون على: a second subject joined by و (ar/conjoined.ts).
  return [j, conjoinedSubjectEnd(doc, k, end, QUANTIFIERS.has(doc.keys[j]) && doc.keys[j + 1] === 'من')];
}

/**
 * True when a listed name ends right before the cue at `at` (no punctuation between) and starts the sentence or the
 * clause after a complement particle: the verb's subject stands before it.
 */
function namedRightBefore(doc: Doc, at: number): boolean {
  const floor = sentenceStart(doc, at);
  const mk = marks(doc);
  if (at <= floor || !mk.mentionEnds[at] || gapHas(doc, at, CLAUSE_MARKS)) return false;
  const s = mk.mentionFrom[at - 1] >= 0 ? mk.mentionFrom[at - 1] : at - 1;
  if (!mk.mentions[s]) return false;
  return s === floor || (isComplement(doc, s - 1) && !gapHas(doc, s, CLAUSE_MARKS));
}

/** A و-verb at token `at` inside a sentence shares the subject of the verb before it (واستدعت السفير … وطالبت موسكو):
 * what follows it is its object unless it is headed by a title (or saysOf). */
function midSentence(doc: Doc, at: number): boolean {
  return at > sentenceStart(doc, at) && !commaBefore(doc, at) && !gapHas(doc, at, SENTENCE_END_MARKS) && !quoteClosingBefore(doc, at);
}

/**
 * …بالسجن وقالت سلمى إنها: a verb that takes no object has its subject [j, k) right before the particle or the colon; a
 * known name after it is its subject too (a subheading run into the sentence: تدقيق الاتفاق وقال روحاني في كلمة).
 * ولوحت الدول الأعضاء بفرض عقوبات: a verb that never takes an object has its subject before its ب-phrase.
 */
function saysOf(doc: Doc, cue: Cue, j: number, k: number, end: number): boolean {
  return !cue.frame.has('obj') && ((k < end && (isComplement(doc, k) || colonBefore(doc, k))) || startsMention(doc, j)
    || (NO_OBJECT.has(cue.lemma) && k < end && doc.keys[k].startsWith('ب')))
    // واتهمت السلطات التنظيمين بالوقوف وراءها: two noun phrases before the ب-phrase, the first is the subject (double-object.ts).
    || subjectBeforeObjectAndBi(doc, cue, k, end);
}
