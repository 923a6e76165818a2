import { Option, type Command } from 'commander';
import { linksOf, type LinkView } from '../../store/republish.js';
import { storyOfArticle } from '../../store/stories.js';
import { configOf, FORMATS, withStore, type CommandContext, type Format } from '../context.js';
import { articleText } from '../format/article.js';
import { EXIT_REJECTED } from '../io.js';

export function registerArticle(program: Command, ctx: CommandContext): void {
  program
    .command('article')
    .description('Show a stored article, the chain of republication (what it copies or translates, what copies or translates it) and its story.')
    .argument('<id>', 'article id (as printed by ingest, search or statements)')
    .addOption(new Option('--format <format>', 'text, or json: {article, links {from, to}, story}').choices(FORMATS).default('text'))
    .action(async (id: string, opts: { format: Format }, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const found = await withStore(config, ctx, async (store) => {
        const stored = await store.getArticle(id);
        return stored && { stored, links: await linksOf(store.db, id), story: await storyOfArticle(store.db, id) };
      });
      if (!found) {
        ctx.io.stderr(`isnad: ${id}: no stored article has this id (\`isnad search WORDS\` finds articles and their ids)\n`);
        ctx.exit(EXIT_REJECTED);
        return;
      }
      const { stored, links, story } = found;
      if (opts.format === 'json') {
        ctx.io.stdout(JSON.stringify({ article: stored.article, links, story: story ?? null }, null, 2) + '\n');
        return;
      }
      const out = [articleText(stored.article).trimEnd(), '', 'chain of republication:'];
      if (!links.from.length && !links.to.length) out.push('  no copy or translation found');
      for (const l of links.from) out.push(`  this text ← ${verb(l)} from ${describe(l)}`);
      for (const l of links.to) out.push(`  this text → ${verb(l)} by ${describe(l)}`);
      out.push('');
      if (story) {
        out.push(`story ${story.id}: ${story.title} (${story.size} articles, ${story.firstDay}…${story.lastDay})`);
        for (const m of story.members) out.push(`  ${m.articleId === id ? '*' : '-'} ${m.title} · ${[m.outlet, m.publishedAt?.slice(0, 10), m.articleId].filter(Boolean).join(' · ')}`);
      } else out.push('story: not placed yet');
      ctx.io.stdout(out.join('\n') + '\n');
    });
}

function verb(l: LinkView): string {
  return l.kind === 'translation' ? 'translated' : l.kind === 'copy' ? 'copied' : 'near-copied';
}

function describe(l: LinkView): string {
  const o = l.other;
  const meta = [o.outlet ?? o.site, o.publishedAt ?? `ingested ${o.ingestedAt}`, o.language, o.id].filter(Boolean).join(' · ');
  return `"${o.title}" (${meta}) — score ${l.score}; ${evidenceLine(l)}`;
}

/** The evidence in a few words: shingles shared and what changed, or the signals of a translation. */
export function evidenceLine(l: Pick<LinkView, 'kind' | 'evidence'>): string {
  const e = l.evidence as Record<string, unknown>;
  if (l.kind === 'translation') {
    const signals = (e.signals as { name: string; detail: string }[] | undefined) ?? [];
    return signals.map((s) => `${s.name}: ${s.detail}`).join(', ');
  }
  const changes = [
    e.titleChanged ? 'title changed' : '', e.reordered ? 'paragraphs reordered' : '',
    e.added ? `${e.added} paragraph(s) added or edited` : '', e.removed ? `${e.removed} removed or edited` : '',
  ].filter(Boolean);
  const [a, b] = (e.shingles as [number, number] | undefined) ?? [0, 0];
  return `${e.shared} of ${a}/${b} shingles shared (Jaccard ${e.jaccard}, containment ${e.containment})${changes.length ? `, ${changes.join(', ')}` : ''}`;
}
