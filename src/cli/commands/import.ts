import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { importLines, ImportError } from '../../store/index.js';
import { configOf, withStore, type CommandContext } from '../context.js';
import { EXIT_REJECTED } from '../io.js';

export function registerImport(program: Command, ctx: CommandContext): void {
  program
    .command('import')
    .description('Load a file written by `isnad export` into an empty store, in one transaction (nothing is stored unless all is), and rebuild the search index.')
    .argument('<file>', 'the JSON lines of an export; - for stdin')
    .addHelpText('after', '\nExample (SQLite to PostgreSQL):\n  isnad --db news.db export store.jsonl\n  isnad --db postgres://isnad@db.example/isnad import store.jsonl')
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const reject = (why: string) => {
        ctx.io.stderr(`isnad: cannot import ${file}: ${why}\n`);
        ctx.exit(EXIT_REJECTED);
      };
      let input: AsyncIterable<Uint8Array | string> = ctx.io.stdin;
      if (file !== '-') {
        // Opened before the store, so that a missing file does not leave a new empty store behind.
        const stream = createReadStream(resolve(ctx.io.cwd, file));
        // `once` rejects with the stream's error.
        const opened = await once(stream, 'ready').then(() => undefined, (e: Error) => e);
        if (opened) return reject(opened.message);
        input = stream;
      }
      try {
        const counts = await withStore(config, ctx, (store) => importLines(store.db, linesOf(input)));
        const parts = Object.entries(counts).map(([table, n]) => `${table} ${n}`);
        ctx.io.stderr(`imported ${parts.length ? parts.join(', ') : 'nothing'}\n`);
      } catch (e) {
        if (!(e instanceof ImportError)) throw e;
        reject(e.message);
      }
    });
}

/** The lines of a stream of chunks (UTF-8), without their line ends. */
async function* linesOf(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of chunks) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const lines = rest.split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) yield line.replace(/\r$/, '');
  }
  rest += decoder.decode();
  if (rest) yield rest.replace(/\r$/, '');
}
