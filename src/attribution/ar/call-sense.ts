import { matchKey } from '../../text/normalize/arabic.js';
import type { Doc, Hit } from '../types.js';

// دعا "called for" and تمنى "wished" ask nobody for anything when a thing gives cause for a feeling (المؤشرات تدعو
// للتفاؤل، الوضع يدعو إلى القلق), when a prayer is said (دعا الله أن يحفظ البلاد، دعا للجرحى بالشفاء) or when a
// courtesy is wished (تمنى له الشفاء العاجل، تمنت للفريق التوفيق): no demand is made.

/** The lemma of calling for (دعا). */
const CALL = 'دعا';
/** The lemma of wishing (تمنى). */
const WISH = 'تمنى';
/** Feelings a thing gives cause for (تدعو للتفاؤل، يدعو إلى القلق), as match keys with the article. */
const FEELINGS = new Set([
  'التفاؤل', 'التشاؤم', 'القلق', 'الاستغراب', 'الدهشة', 'الأسف', 'الحزن', 'الفخر', 'الاعتزاز', 'الارتياح',
  'الاطمئنان', 'السخرية', 'الضحك', 'الريبة', 'الشك', 'الحيرة', 'التساؤل', 'الخوف', 'اليأس', 'الأمل', 'الاستهجان',
  'العجب', 'التعجب', 'الاستياء', 'الانزعاج', 'الإحباط', 'الذعر', 'الهلع', 'الطمأنينة',
].map(matchKey));
/** Who a prayer is said to (دعا الله أن …، دعا المولى عز وجل), as match keys. */
const PRAYED_TO = new Set(['الله', 'المولى', 'ربه', 'ربها', 'ربهم'].map(matchKey));
/** Words after God's name in a prayer: أن and praise (عز وجل، تعالى، سبحانه), as match keys. */
const PRAYER_NEXT = new Set(['أن', 'بأن', 'عز', 'تعالى', 'سبحانه', 'جل'].map(matchKey));
/** What a prayer or courtesy wishes someone (الشفاء، التوفيق), as match keys with the article. */
const BLESSINGS = new Set([
  'الشفاء', 'التوفيق', 'النجاح', 'السلامة', 'العافية', 'الرحمة', 'المغفرة', 'السداد', 'الصحة', 'الخير', 'البركة',
].map(matchKey));
/** Words from the content's start within which a blessing shows a wish (تمنى له الشفاء، دعا للجرحى بالشفاء). */
const MAX_BLESSING_TOKENS = 3;

/** The key at `k` without a clitic ل or ب (للتفاؤل → التفاؤل, بالشفاء → الشفاء), and whether one was taken off. */
function withoutClitic(key: string): { word: string; clitic: boolean } {
  return /^(لل|بال)/.test(key) ? { word: key.startsWith('لل') ? 'ا' + key.slice(1) : key.slice(1), clitic: true } : { word: key, clitic: false };
}

/** True when a blessing stands within MAX_BLESSING_TOKENS words from `from`: after ب only for دعا (بالشفاء). */
function blessingAfter(doc: Doc, from: number, end: number, lemma: string): boolean {
  for (let k = from; k < Math.min(end, from + MAX_BLESSING_TOKENS); k++) {
    const { word, clitic } = withoutClitic(doc.keys[k]);
    // دعا إلى الحفاظ على السلامة is a call: for دعا only the prayer's بـ (بالشفاء) counts.
    if (BLESSINGS.has(word) && (lemma === WISH || (clitic && doc.keys[k].startsWith('ب')))) return true;
  }
  return false;
}

/**
 * True when the دعا or تمنى cue at `hit`, whose content starts at token `from`, asks nobody: a feeling opens the content
 * (after إلى or with ل), God is prayed to (named before the content or opening it), or a blessing is wished.
 */
export function callAsksNobody(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, from: number, end: number): boolean {
  const { lemma } = hit.cue;
  if (lemma !== CALL && lemma !== WISH) return false;
  if (blessingAfter(doc, from, end, lemma)) return true;
  if (lemma !== CALL || from >= end) return false;
  const at = doc.keys[from] === 'الي' && from + 1 < end ? from + 1 : from;
  return FEELINGS.has(withoutClitic(doc.keys[at]).word) || prayedTo(doc, hit.end, from);
}

/**
 * True when God is named after the cue's end, at most one word into the content that starts at `from` (دعا الله أن،
 * دعا الشيخ ربه أن، دعا المولى عز وجل): followed by أن or a praise word, so that a name ending in الله (عبد الله، حزب
 * الله إلى) is none.
 */
function prayedTo(doc: Doc, after: number, from: number): boolean {
  for (let k = after; k <= from + 1 && k < doc.keys.length; k++) {
    if (PRAYED_TO.has(doc.keys[k]) && doc.keys[k - 1] !== 'عبد' && PRAYER_NEXT.has(doc.keys[k + 1] ?? '')) return true;
  }
  return false;
}
