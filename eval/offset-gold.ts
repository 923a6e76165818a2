// Gold stored by offset into the shared corpus, turned into the gold JSONL that ../shared/gold/score.mjs reads.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Span = [number, number];
interface OffsetStatement {
  speaker: Span; speaker_aliases?: Span[]; cue: Span; stance: string; content: Span; direct: boolean;
  targets?: Span[]; optional?: boolean;
}
export interface OffsetGold { articles: { id: string; lang: string; file: string; statements: OffsetStatement[] }[] }

/** Gold stored as offsets into the shared corpus (eval/gold/heldout-arnews.json, dev-arnews.json) written out as
 * `outDir/outName`, the gold JSONL that score.mjs reads: every span sliced from the article's text as read now, `file`
 * left relative to the shared folder. */
export function materialiseOffsets(goldPath: string, shared: string, outDir: string, outName: string, ids?: ReadonlySet<string>): string {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as OffsetGold;
  const lines = gold.articles.filter((a) => !ids || ids.has(a.id)).map((a) => {
    const text = readFileSync(join(shared, a.file), 'utf8');
    const at = ([s, e]: Span) => text.slice(s, e);
    const statements = a.statements.map((st) => ({
      speaker: at(st.speaker), speaker_aliases: (st.speaker_aliases ?? []).map(at), cue: at(st.cue), stance: st.stance,
      content: at(st.content), direct: st.direct,
      ...(st.targets ? { targets: st.targets.map(at) } : {}), ...(st.optional ? { optional: true } : {}),
    }));
    return JSON.stringify({ id: a.id, lang: a.lang, file: a.file, statements });
  });
  const out = join(outDir, outName);
  writeFileSync(out, lines.join('\n') + '\n');
  return out;
}

