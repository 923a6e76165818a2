/**
 * `npm run gazetteer`: compiles data/gazetteer/*.tsv, i18n-iso-countries and Intl.DisplayNames into
 * data/gazetteer/generated/gazetteer.json, the file the entity stage loads (src/entities/01-gazetteer-generated.ts).
 * Run it after editing a gazetteer TSV; src/entities/generated.test.ts fails until you do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileGazetteer } from '../src/entities/01-gazetteer.js';
import { GENERATED_FILE, generatedText } from '../src/entities/01-gazetteer-generated.js';
import { gazetteerDir } from '../src/entities/tsv.js';

const file = join(gazetteerDir(), GENERATED_FILE);
const compiled = compileGazetteer();
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, generatedText(compiled));
console.log(`${file}: ${compiled.entities.length} entities, ${compiled.aliases.length} aliases, ${compiled.titles.length} titles`);
