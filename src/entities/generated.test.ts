import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGazetteer } from './01-gazetteer.js';
import { fingerprint, GENERATED_FILE } from './01-gazetteer-generated.js';
import { gazetteerDir } from './tsv.js';

describe('the generated gazetteer (data/gazetteer/generated/gazetteer.json)', () => {
  const file = JSON.parse(readFileSync(join(gazetteerDir(), GENERATED_FILE), 'utf8'));

  it('was made from the current TSV files, name lists and ICU data (else run `npm run gazetteer`)', () => {
    expect(file.fingerprint).toBe(fingerprint());
  });

  it('holds what compiling the sources gives now (else run `npm run gazetteer`)', () => {
    expect(file.gazetteer).toEqual(JSON.parse(JSON.stringify(compileGazetteer())));
  });
});
