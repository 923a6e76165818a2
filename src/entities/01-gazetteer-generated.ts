/**
 * The compiled gazetteer as a generated data file (data/gazetteer/generated/gazetteer.json), so that loading is
 * a JSON parse instead of reading every TSV and generating country names through Intl.DisplayNames.
 * The file carries a fingerprint of everything it was made from; when a source changed (a TSV edited, another
 * ICU or i18n-iso-countries), it is ignored and the gazetteer is compiled from the sources, never read stale.
 * Regenerate it with `npm run gazetteer` (scripts/gazetteer.ts); generated.test.ts fails while it is out of date.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledGazetteer } from './01-gazetteer.js';
import { gazetteerDir } from './tsv.js';

/** The generated file, relative to data/gazetteer. */
export const GENERATED_FILE = join('generated', 'gazetteer.json');
/** Bump when the shape of CompiledGazetteer changes, so that older files are ignored. */
const FORMAT_VERSION = 3;
/** The maintained name lists that countryRows reads. */
const PACKAGE_SOURCES = ['i18n-iso-countries/langs/ar.json', 'i18n-iso-countries/langs/en.json'];
/** The attribution stage's cue lists, relative to data/gazetteer, whose forms compileGazetteer makes stop words. */
const LEXICON_SOURCES = ['../lexicons/ar/cues.tsv', '../lexicons/en/cues.tsv'];

interface GeneratedFile {
  fingerprint: string;
  gazetteer: CompiledGazetteer;
}

const require = createRequire(import.meta.url);

/** Hash of every input of compileGazetteer: the TSV files, the cue lists, the package name lists, the ICU data of Intl. */
export function fingerprint(): string {
  const hash = createHash('sha256');
  hash.update(`format ${FORMAT_VERSION}\nicu ${process.versions.icu}\nunicode ${process.versions.unicode}\n`);
  const dir = gazetteerDir();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    hash.update(`${name}\n`).update(readFileSync(join(dir, name)));
  }
  for (const name of LEXICON_SOURCES) hash.update(`${name}\n`).update(readFileSync(join(dir, name)));
  for (const name of PACKAGE_SOURCES) hash.update(`${name}\n`).update(readFileSync(require.resolve(name)));
  return hash.digest('hex');
}

/** The compiled gazetteer of the generated file, or undefined when there is none or it is out of date. */
export function readGenerated(): CompiledGazetteer | undefined {
  const file = join(gazetteerDir(), GENERATED_FILE);
  if (!existsSync(file)) return undefined;
  const data = JSON.parse(readFileSync(file, 'utf8')) as GeneratedFile;
  return data.fingerprint === fingerprint() ? data.gazetteer : undefined;
}

/** The text of the generated file: one entry a line, so that a regeneration reviews as a diff. */
export function generatedText(gazetteer: CompiledGazetteer): string {
  const lines = ['{', `"fingerprint": ${JSON.stringify(fingerprint())},`, '"gazetteer": {'];
  const fields = Object.entries(gazetteer);
  fields.forEach(([field, entries], f) => {
    lines.push(`${JSON.stringify(field)}: [`);
    (entries as unknown[]).forEach((e, i) => lines.push(JSON.stringify(e) + (i < (entries as unknown[]).length - 1 ? ',' : '')));
    lines.push(f < fields.length - 1 ? '],' : ']');
  });
  lines.push('}', '}');
  return lines.join('\n') + '\n';
}
