import { stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { WARC_EXTENSIONS } from '../warc/index.js';
import { readSourcesTsv } from './sources-tsv.js';
import { rejection, type Input, type SourceRejection } from './types.js';

/** Extensions read from a folder. */
export const FOLDER_EXTENSIONS = ['txt', 'html', 'htm', 'jsonl', 'warc', 'warc.gz'];

/** Turns command-line arguments into inputs: `-`, URLs, files, folders (recursive) and globs. */
export async function expandInputs(args: readonly string[], cwd = process.cwd()): Promise<(Input | SourceRejection)[]> {
  const out: (Input | SourceRejection)[] = [];
  for (const arg of args) {
    if (arg === '-') out.push({ kind: 'stdin' });
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) out.push(urlInput(arg));
    else out.push(...(await pathInputs(arg, cwd)));
  }
  return out;
}

function urlInput(arg: string): Input | SourceRejection {
  let url: URL;
  try {
    url = new URL(arg);
  } catch {
    return rejection(arg, 'bad-url', 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return rejection(arg, 'bad-url', 'only http and https URLs are fetched');
  return { kind: 'url', url: url.href };
}

async function pathInputs(arg: string, cwd: string): Promise<(Input | SourceRejection)[]> {
  const info = await stat(resolve(cwd, arg)).catch(() => undefined);
  if (info?.isDirectory()) {
    const files = await glob(`**/*.{${FOLDER_EXTENSIONS.join(',')}}`, { cwd: resolve(cwd, arg), onlyFiles: true, followSymbolicLinks: false });
    if (!files.length) return [rejection(arg, 'no-files', `no ${FOLDER_EXTENSIONS.map((e) => '.' + e).join(' ')} files in this folder`)];
    const urls = readSourcesTsv(resolve(cwd, arg));
    return files.sort().map((f) => fileInput(join(arg, f), urls.get(f)));
  }
  if (info) return [fileInput(arg)];
  if (isDynamicPattern(arg)) {
    const files = await glob(arg, { cwd, onlyFiles: true });
    if (!files.length) return [rejection(arg, 'not-found', 'no file matches this pattern')];
    return files.sort().map((f) => fileInput(f));
  }
  return [rejection(arg, 'not-found', 'no such file or folder')];
}

function fileInput(path: string, url?: string): Input {
  if (extname(path).toLowerCase() === '.jsonl') return { kind: 'jsonl', path };
  if (WARC_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext))) return { kind: 'warc', path };
  return url ? { kind: 'file', path, url } : { kind: 'file', path };
}
