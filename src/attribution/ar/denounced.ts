import { hitStartsAt } from '../doc.js';
import type { Doc } from '../types.js';
import { relativeGender } from './antecedent.js';
import type { Content } from './content.js';

// استنكرت المنظمة تصريحات الوزير التي ادعى فيها بأن …: the object of an accusation that names an utterance (a speech
// noun: تصريحات، بيان) ends before a relative clause whose verb is itself a cue. That clause is the allegation, its own
// statement (ar-relative, the utterance's source); kept inside the accusation it is said twice, and claim grouping
// takes the accusation for the allegation. Only after a speech noun: انتقد الدول التي تقول إن … criticises that saying.

/** The accusation's plain object cut before `التي/الذي + cue`, or the content unchanged. */
export function objectBeforeRelativeCue(doc: Doc, content: Content): Content {
  if (content.direct) return content;
  let speech = false;
  for (let k = content.from; k + 1 < doc.tokens.length && doc.tokens[k + 1].end <= content.range[1]; k++) {
    if (doc.lex.words.get(doc.keys[k]) === 'speech') speech = true;
    else if (speech && relativeGender(doc.keys[k]) && hitStartsAt(doc, k + 1)) {
      return { ...content, range: [content.range[0], doc.tokens[k - 1].end] };
    }
  }
  return content;
}
