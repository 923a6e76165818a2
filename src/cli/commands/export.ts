import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { exportLines } from '../../store/index.js';
import { configOf, withStore, type CommandContext } from '../context.js';

export function registerExport(program: Command, ctx: CommandContext): void {
  program
    .command('export')
    .description('Write the whole store as JSON lines, one row a line ({"table": …, "row": {…}}), in a stable order: the same store gives the same file, from SQLite or PostgreSQL.')
    .argument('[file]', 'where to write; - or nothing for stdout', '-')
    .addHelpText('after', '\nExamples:\n  isnad export store.jsonl\n  isnad --db news.db export | isnad --db postgres://isnad@db.example/isnad import -')
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const rows = await withStore(config, ctx, async (store) => {
        if (file === '-') return write(exportLines(store.db), (line) => ctx.io.stdout(line));
        const out = createWriteStream(resolve(ctx.io.cwd, file));
        try {
          return await write(exportLines(store.db), async (line) => {
            if (!out.write(line)) await once(out, 'drain');
          });
        } finally {
          out.end();
          await once(out, 'close');
        }
      });
      ctx.io.stderr(`exported ${rows} rows\n`);
    });
}

async function write(lines: AsyncIterable<string>, put: (line: string) => unknown): Promise<number> {
  let n = 0;
  for await (const line of lines) {
    await put(line + '\n');
    n++;
  }
  return n;
}
