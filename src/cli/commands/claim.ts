import { Option, type Command } from 'commander';
import { claimReview, statusOf, timeline } from '../../claims/index.js';
import { claimsDb, getClaim, type ClaimEntry } from '../../store/claims.js';
import { configOf, FORMATS, withStore, type CommandContext, type Format } from '../context.js';
import { EXIT_REJECTED } from '../io.js';
import { claimSummaryLines } from './claims.js';

/** One timeline entry: date, outlet and position on one line; speaker and content each on their own (right-to-left safe). */
export function entryLines(e: ClaimEntry): string[] {
  const meta = [e.date.slice(0, 10), e.outlet, `${e.position} (${e.stance})`, e.origin === 'user' ? 'by a correction' : undefined].filter(Boolean).join(' · ');
  return [meta, `  ${e.speaker.text}`, `  → ${e.content}`, `  ${e.statementId}`];
}

export function registerClaim(program: Command, ctx: CommandContext): void {
  program
    .command('claim')
    .description('Show a claim: its status and the timeline of who asserted, denied or doubted it, where and when.')
    .argument('<id>', 'claim id, as `isnad claims` lists it')
    .addOption(new Option('--format <format>', 'text: the timeline; json: the claim with its statements').choices(FORMATS).default('text'))
    .option('--jsonld', 'print schema.org ClaimReview-compatible JSON-LD (no rating)', false)
    .addHelpText('after', '\nExample:\n  isnad claim troop-deployment:country:KP+country:RU --jsonld')
    .action(async (id: string, opts: { format: Format; jsonld: boolean }, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const claim = await withStore(config, ctx, (store) => getClaim(claimsDb(store.db), id));
      if (!claim) {
        ctx.io.stderr(`isnad: no claim ${id}\n`);
        ctx.exit(EXIT_REJECTED);
        return;
      }
      const entries = timeline(claim.members) as ClaimEntry[];
      if (opts.jsonld) {
        ctx.io.stdout(JSON.stringify(claimReview(claim, (ctx.io.now ?? (() => new Date()))()), null, 2) + '\n');
        return;
      }
      if (opts.format === 'json') {
        ctx.io.stdout(JSON.stringify({ ...claim, status: statusOf(claim.members), members: entries }, null, 2) + '\n');
        return;
      }
      ctx.io.stdout([...claimSummaryLines(claim), '', ...entries.flatMap((e) => [...entryLines(e), ''])].join('\n'));
    });
}
