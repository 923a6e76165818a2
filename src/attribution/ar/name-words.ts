import { colonBefore, commaBefore, isComplement } from '../clause.js';
import { hitStartsAt } from '../doc.js';
import type { Doc } from '../types.js';
import { opensMediaAddressee } from './addressee.js';

// Words after a given name that look like the start of the verb's object or frame but end the name itself: the
// title in apposition or the particle right after them shows that the name runs through them.

/** True when token i is a title or role word (وزير، المتحدثة), with or without the article. */
function titleWordAt(doc: Doc, i: number): boolean {
  const kind = doc.lex.titleWords.get(doc.keys[i])?.kind;
  return kind === 'title' || kind === 'role';
}

/** True when a title in apposition is the word after token k, with or without a comma between (… باسترنك، المتحدثة). */
export function titleFollows(doc: Doc, k: number, limit: number): boolean {
  return k + 1 < limit && titleWordAt(doc, k + 1);
}

/**
 * أكد سامي العلي أن: a definite word right after a given name, before a complement particle, is the family name, not
 * the verb's object (an object is followed by its own complement, a ب-phrase or a preposition, not by أن). Before a
 * title in apposition (سامي العلي وزير …) it is not read so: the title may head the object (طالب فلان العلي وزير التعليم
 * بالتحرك), and on the gold it moved content starts the claim and speaker gold is anchored to.
 */
export function familyBeforeParticle(doc: Doc, k: number, limit: number): boolean {
  if (k + 1 < limit && commaBefore(doc, k + 1)) return particleAfterAdjunct(doc, k + 1, limit);
  // نفى فلان التقارير بأن …: بأن after a noun tells what the noun says; the noun is the object.
  return k + 1 < limit && ((isComplement(doc, k + 1) && !doc.keys[k + 1].startsWith('ب')) || occasionAfter(doc, k + 1, limit));
}

/** Longest adjunct between commas after a name and before its particle (…، عبر حسابه في "تويتر"، أن), in tokens. */
const MAX_NAME_ADJUNCT_TOKENS = 8;

/**
 * أكد الوزير خالد العرج، عبر حسابه في "تويتر"، أن: an adjunct opened by a preposition at token i and closed by a comma
 * right before a bare أن/إن, with no cue or colon inside (a quoted name may be: "تويتر"): the word before it ended the
 * name, for a verb takes no object set off by commas from its clause.
 */
function particleAfterAdjunct(doc: Doc, i: number, limit: number): boolean {
  if (doc.lex.words.get(doc.keys[i]) !== 'preposition') return false;
  for (let m = i + 1; m < Math.min(limit, i + MAX_NAME_ADJUNCT_TOKENS + 1); m++) {
    if (colonBefore(doc, m) || hitStartsAt(doc, m)) return false;
    if (commaBefore(doc, m)) return isComplement(doc, m) && !doc.keys[m].startsWith('ب');
  }
  return false;
}

/**
 * أكد سامي العلي في حوار لـ«الصحيفة» أن، قال سامي العلي لـ«الصحيفة»: في + a speech noun, or the media spoken to, right
 * after the word: the occasion of the saying follows the speaker, never an object.
 */
function occasionAfter(doc: Doc, i: number, limit: number): boolean {
  if (doc.keys[i] === 'في') return i + 1 < limit && doc.lex.words.get(doc.keys[i + 1]) === 'speech';
  return opensMediaAddressee(doc, i);
}

/**
 * شارلوت باسترنك، المتحدثة باسم الشركة: a ب-word right after a given name, before a title in apposition (after a
 * comma or not), is the family name, not a ب-phrase of the verb's frame.
 */
export function biFamilyName(doc: Doc, k: number, limit: number): boolean {
  return titleFollows(doc, k, limit) || biSurnameInYa(doc, k, limit);
}

/**
 * جورج باتاكي في كلمة: a ب-word after a given name that ends in ي, with neither the article nor a participle's م after
 * the ب, is a family name (Bataki), not a ب-phrase of the verb's frame: verbal nouns after ب (بإرسال، باتخاذ،
 * باستخدام) do not end so, and a plural or dual in construct (بمديري التعليم، بمحافظتي) has its definite noun after it.
 */
export function biSurnameInYa(doc: Doc, k: number, limit: number): boolean {
  const key = doc.keys[k];
  if (!key.endsWith('ي') || key.length < 5 || /^ب(ال|م)/.test(key)) return false;
  return !(k + 1 < limit && doc.keys[k + 1].startsWith('ال') && !commaBefore(doc, k + 1));
}

/**
 * وقال الشيخ بدر بن علي …، أكد الدكتور بدر السمحان، المدير …: a ب-word right after a person's title is the given name
 * (بدر، بندر، بسام), not a ب-phrase of the verb's frame, when a name goes on after it: بن, or a family name with the
 * article closed by a comma, a colon or the particle. (قال الوزير بهذا الخصوص، بعد الاجتماع، بصراحة إن are none: a
 * function word, or no family name after it.)
 */
export function biGivenName(doc: Doc, k: number, limit: number): boolean {
  const key = doc.keys[k];
  if (/^بال/.test(key) || /[هة]$/.test(key) || doc.lex.words.has(key) || doc.lex.words.has(key.slice(1)) || k + 1 >= limit || commaBefore(doc, k + 1)) return false;
  const next = doc.keys[k + 1];
  if (next === 'بن') return true;
  return next.startsWith('ال') && !doc.lex.titleWords.has(next)
    && (commaBefore(doc, k + 2) || colonBefore(doc, k + 2) || familyBeforeParticle(doc, k + 1, limit));
}
