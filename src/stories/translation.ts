import type { Lang } from '../model/index.js';
import { isTranslation, type Fingerprint, type TranslationResult } from '../republish/index.js';
import type { StoryOutline } from './features.js';

// A short translated excerpt shares too few anchors with its original to join it on them alone (one country, a
// weekday's date); republication's translation test weighs the rest of what survives translation (the order of the
// entities, the numbers, the quotations, paragraphs and length). Here it runs over what the story index keeps: the
// anchors' hashes, split into kinds by the outline, and the name skeletons' hashes.

/** One article as the story index keeps it. */
export interface StoredOutline {
  lang: string;
  anchors: Uint32Array;
  /** Bit i set when anchors[i] is a quotation's opening. */
  quotes: number;
  names: Uint16Array;
  outline: StoryOutline;
}

/** Is one article a translation of the other, by src/republish's test over their stored outlines? */
export function translationOfOutlines(a: StoredOutline, b: StoredOutline): TranslationResult {
  return isTranslation(fingerprintOf(a), fingerprintOf(b));
}

/**
 * The fingerprint an outline stands for: its anchors and names as hex strings, which meet only where the hashes do
 * (a name's 4 characters are below MIN_TRANSPOSED_SKELETON: never compared with two swapped, as skeletons are).
 */
function fingerprintOf(x: StoredOutline): Fingerprint {
  const { entities, dates } = x.outline;
  const hex = (h: number) => h.toString(16).padStart(4, '0');
  const rest = [...x.anchors.subarray(entities + dates)].filter((_, i) => !(x.quotes & (1 << (entities + dates + i))));
  return {
    language: x.lang as Lang,
    entities: [...x.anchors.subarray(0, entities)].map(hex),
    dates: [...x.anchors.subarray(entities, entities + dates)].map(hex),
    numbers: rest.map(hex),
    names: [...x.names].map(hex),
    quotes: x.outline.quotations,
    paragraphs: x.outline.paragraphs,
    words: x.outline.words,
  };
}
