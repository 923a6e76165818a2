// Consonant skeletons of names, comparable across Arabic and Latin script (ARABIC.md §4): a name the gazetteer lacks
// (Seagal / سيغال, Clinton / كلينتون) is written with the same consonants in both, while vowels, h and w are
// written or dropped at will. Both scripts fold into one alphabet of consonant classes; vowels are dropped and
// repeated classes collapsed. Collisions are expected (محمد / محمود): a skeleton is evidence, never an identity.

/** Arabic letter (after matchKey: alef forms → ا, ى → ي, ة → ه) → its class; letters absent here are dropped (vowels, ع, ء, ه, ح). */
const ARABIC_CLASS: Record<string, string> = {
  '\u0628': 'B', '\u067E': 'B', // ب پ
  '\u062A': 'T', '\u0637': 'T', '\u062B': 'T', // ت ط ث (English th)
  '\u062C': 'G', '\u063A': 'G', '\u06AF': 'G', // ج غ گ
  '\u062E': 'K', '\u0642': 'K', '\u0643': 'K', // خ ق ك
  '\u062F': 'D', '\u0636': 'D', // د ض
  '\u0631': 'R', // ر
  // Sibilants in one class: English s is often voiced (Charles تشارلز, James جيمس).
  '\u0633': 'S', '\u0635': 'S', '\u0630': 'S', '\u0632': 'S', '\u0638': 'S', // س ص ذ ز ظ
  '\u0634': 'X', // ش (sh)
  '\u0641': 'F', '\u06A4': 'F', // ف ڤ
  '\u0644': 'L', '\u0645': 'M', '\u0646': 'N', // ل م ن
};

/** Latin spellings, longest first, → class ('' drops it); single letters not listed map to themselves, upper-cased. */
const LATIN_RULES: [RegExp, string][] = [
  [/sch|tch|sh/g, 'X'], [/ch(?=[rl])/g, 'K'], [/ch/g, 'X'], [/ph/g, 'F'], [/th/g, 'T'], [/kh|ck|qu/g, 'K'], [/gh/g, 'G'],
  [/c(?=[eiy])/g, 'S'], [/[cqk]/g, 'K'], [/x/g, 'KS'], [/[jg]/g, 'G'], [/v/g, 'F'], [/p/g, 'B'], [/z/g, 'S'], [/[aeiouwyh]/g, ''],
];

const collapse = (s: string) => s.replace(/(.)\1+/g, '$1');

const TEH = '\u062A', SHEEN = '\u0634';

/** The skeleton of an Arabic word's match key (clitics already taken off by the caller); one pass, no regex: it runs on every word. */
export function arabicSkeleton(key: string): string {
  let out = '', last = '';
  for (let i = 0; i < key.length; i++) {
    let c = ARABIC_CLASS[key[i]];
    // ت followed by ش: the Arabic spelling of English ch / tch (تشارلز Charles).
    if (key[i] === TEH && key[i + 1] === SHEEN) {
      c = 'X';
      i++;
    }
    if (c && c !== last) out += c;
    if (c) last = c;
  }
  return out;
}

/** The skeleton of a word in Latin script (accents folded: González → gonzalez). */
export function latinSkeleton(word: string): string {
  let s = word.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
  for (const [re, to] of LATIN_RULES) s = s.replace(re, to);
  return collapse(s.toUpperCase());
}
