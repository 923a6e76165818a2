import { readFileSource } from './file.js';
import { expandInputs } from './inputs.js';
import { readJsonlSource } from './jsonl.js';
import { readStdinSource } from './stdin.js';
import type { Input, SourceOptions, SourceRejection, SourceResult } from './types.js';
import { fetchUrlSource } from './url.js';
import { readWarcSource } from '../warc/index.js';

export { expandInputs, FOLDER_EXTENSIONS } from './inputs.js';
export { pageDocument } from './url.js';
export { readSourcesTsv, SOURCES_FILE } from './sources-tsv.js';
export type { ArticleHints, Input, SourceOptions, SourceReason, SourceRejection, SourceResult } from './types.js';

/** The documents of one input: one for a file, URL or stdin, one a line for JSONL. */
export async function* readInput(input: Input, opts: SourceOptions): AsyncGenerator<SourceResult> {
  switch (input.kind) {
    case 'stdin':
      yield await readStdinSource(opts);
      return;
    case 'url':
      yield await fetchUrlSource(input.url, opts);
      return;
    case 'file':
      yield await readFileSource(input.path, opts, input.url);
      return;
    case 'jsonl':
      yield* readJsonlSource(input.path, opts);
      return;
    case 'warc':
      yield* readWarcSource(input.path, opts);
  }
}

/** Every document of every argument, a result per item, read lazily in order. */
export async function* readSources(args: readonly string[], opts: SourceOptions): AsyncGenerator<SourceResult> {
  for (const item of await expandInputs(args, opts.cwd)) {
    if (isRejection(item)) yield item;
    else yield* readInput(item, opts);
  }
}

export function isRejection(item: Input | SourceRejection): item is SourceRejection {
  return 'ok' in item;
}
