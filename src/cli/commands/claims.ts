import { Option, type Command } from 'commander';
import { mergeClaims, moveIn, moveOut, statusOf, type CorrectionResult } from '../../claims/index.js';
import { claimsDb, listClaims, type ClaimWithEntries } from '../../store/claims.js';
import { configOf, FORMATS, positiveInt, withStore, type CommandContext, type Format } from '../context.js';
import { EXIT_REJECTED } from '../io.js';

/** A claim as a line block: its title on a line of its own (it may be right-to-left), then id, status, dates. */
export function claimSummaryLines(c: ClaimWithEntries): string[] {
  return [c.title, `  ${c.id}`, `  ${statusOf(c.members)}`, `  first seen ${c.firstSeen.slice(0, 10)} · last seen ${c.lastSeen.slice(0, 10)} · ${c.members.length} ${c.members.length === 1 ? 'statement' : 'statements'}`];
}

/** The JSON shape of a claim in a list: record, status and counts. */
export function claimJson(c: ClaimWithEntries) {
  const { members, ...record } = c;
  return { ...record, status: statusOf(members), statements: members.length };
}

function report(ctx: CommandContext, r: CorrectionResult, done: string): void {
  if (r.ok) ctx.io.stdout(`${done} (claim ${r.claim})\n`);
  else {
    ctx.io.stderr(`isnad: ${r.message}\n`);
    ctx.exit(EXIT_REJECTED);
  }
}

export function registerClaims(program: Command, ctx: CommandContext): void {
  const claims = program
    .command('claims')
    .description('List claims — statements about one proposition across articles and languages — with their status and dates; correct a grouping.')
    .option('--limit <n>', 'at most this many claims, most recently seen first', positiveInt, 50)
    .option('--concept <id>', 'only claims about this event concept (troop-deployment, sanctions, …: data/lexicons/events.tsv)')
    .addOption(new Option('--format <format>', 'text: a block per claim; json: an array').choices(FORMATS).default('text'))
    .addHelpText('after', '\nExamples:\n  isnad claims\n  isnad claims merge CLAIM_A CLAIM_B      (B joins A; A keeps its id)\n  isnad claims move-out STATEMENT_ID\n  isnad claims move-in STATEMENT_ID CLAIM (from another claim, or from none)\nCorrections are recorded and re-applied after every re-analysis.')
    .action(async (opts: { limit: number; concept?: string; format: Format }, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const list = await withStore(config, ctx, (store) => listClaims(claimsDb(store.db), { limit: opts.limit, ...(opts.concept ? { concept: opts.concept } : {}) }));
      if (opts.format === 'json') {
        ctx.io.stdout(JSON.stringify(list.map(claimJson), null, 2) + '\n');
        return;
      }
      if (!list.length) ctx.io.stderr('no claims stored\n');
      for (const c of list) ctx.io.stdout(claimSummaryLines(c).join('\n') + '\n\n');
    });

  claims
    .command('merge')
    .description('Merge claim B into claim A (a correction that survives re-analysis).')
    .argument('<a>', 'the claim that stays')
    .argument('<b>', 'the claim whose statements move into A')
    .action(async (a: string, b: string, _opts: unknown, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const r = await withStore(config, ctx, (store) => mergeClaims(store, a, b, ctx.io.now ? { now: ctx.io.now } : {}));
      report(ctx, r, `merged ${b} into ${a}`);
    });

  claims
    .command('move-out')
    .description('Take a statement out of its claim (a correction that survives re-analysis).')
    .argument('<statement>', 'statement id (`<article id>:<n>`, as `isnad claim ID --format json` shows)')
    .action(async (statement: string, _opts: unknown, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const r = await withStore(config, ctx, (store) => moveOut(store, statement, ctx.io.now ? { now: ctx.io.now } : {}));
      report(ctx, r, `moved ${statement} out`);
    });

  claims
    .command('move-in')
    .description('Put a statement into a claim, from the claim it is in or from none (a correction that survives re-analysis).')
    .argument('<statement>', 'statement id (`<article id>:<n>`, as `isnad statements --format json` shows)')
    .argument('<claim>', 'the claim it belongs to')
    .action(async (statement: string, claim: string, _opts: unknown, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const r = await withStore(config, ctx, (store) => moveIn(store, statement, claim, ctx.io.now ? { now: ctx.io.now } : {}));
      report(ctx, r, `moved ${statement} in`);
    });
}
