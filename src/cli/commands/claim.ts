import { Option, type Command } from 'commander';
import { claimReview, statusOf, timeline } from '../../claims/index.js';
import { rankNearby, type Ranked } from '../../claims/nearby.js';
import { claimsDb, getClaim, type ClaimEntry } from '../../store/claims.js';
import { ungroupedNear, type UngroupedStatement } from '../../store/ungrouped.js';
import { configOf, FORMATS, withStore, type CommandContext, type Format } from '../context.js';
import { EXIT_REJECTED } from '../io.js';
import { claimSummaryLines } from './claims.js';

/** A statement left in no claim near this one: outlet and stance, speaker and content on their own lines, its id to move it in. */
function nearbyLines(s: Ranked<UngroupedStatement>): string[] {
  const meta = [s.article.publishedAt?.slice(0, 10), s.article.outlet, s.stance, s.ownArticle ? undefined : 'another article of the story'].filter(Boolean).join(' · ');
  return [meta, `  ${s.speaker.text}`, `  → ${s.content}`, `  ${s.id}`];
}

/** One timeline entry: date (`added` when it is only the ingest's), outlet and position on one line; speaker and content each on their own (right-to-left safe). */
export function entryLines(e: ClaimEntry): string[] {
  const meta = [e.undated ? `added ${e.date.slice(0, 10)}` : e.date.slice(0, 10), e.outlet, `${e.position} (${e.stance})`, e.origin === 'user' ? 'by a correction' : undefined].filter(Boolean).join(' · ');
  return [meta, `  ${e.speaker.text}`, `  → ${e.content}`, `  ${e.statementId}`];
}

export function registerClaim(program: Command, ctx: CommandContext): void {
  program
    .command('claim')
    .description('Show a claim: its status and the timeline of who asserted, denied or doubted it, where and when.')
    .argument('<id>', 'claim id, as `isnad claims` lists it')
    .addOption(new Option('--format <format>', 'text: the timeline, then the statements nearby in no claim; json: the claim with its statements and `nearby`').choices(FORMATS).default('text'))
    .option('--jsonld', 'print schema.org ClaimReview-compatible JSON-LD (no rating)', false)
    .addHelpText('after', '\nExample:\n  isnad claim troop-deployment:country:KP+country:RU --jsonld')
    .action(async (id: string, opts: { format: Format; jsonld: boolean }, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const found = await withStore(config, ctx, async (store) => {
        const c = await getClaim(claimsDb(store.db), id);
        // What the grouping may have missed: the statements in no claim of its articles and their stories, closest first.
        return c && { claim: c, nearby: rankNearby(c.members.map((m) => m.content), await ungroupedNear(store.db, [...new Set(c.members.map((m) => m.articleId))])) };
      });
      if (!found) {
        ctx.io.stderr(`isnad: no claim ${id} (\`isnad claims\` lists the claim ids)\n`);
        ctx.exit(EXIT_REJECTED);
        return;
      }
      const { claim, nearby } = found;
      const entries = timeline(claim.members) as ClaimEntry[];
      if (opts.jsonld) {
        ctx.io.stdout(JSON.stringify(claimReview(claim, (ctx.io.now ?? (() => new Date()))()), null, 2) + '\n');
        return;
      }
      if (opts.format === 'json') {
        ctx.io.stdout(JSON.stringify({ ...claim, status: statusOf(claim.members), members: entries, nearby }, null, 2) + '\n');
        return;
      }
      const missed = nearby.length ? [`Not grouped, nearby (isnad claims move-in STATEMENT_ID ${claim.id}):`, '', ...nearby.flatMap((s) => [...nearbyLines(s), ''])] : [];
      ctx.io.stdout([...claimSummaryLines(claim), '', ...entries.flatMap((e) => [...entryLines(e), '']), ...missed].join('\n'));
    });
}
