import type { Transaction } from 'kysely';
import type { Analysis } from '../model/index.js';
import { activeFollowing, alertsDb, enqueue, type AlertsTrx, type Subscription } from '../store/alerts.js';
import { framedKeys, queryKeys } from '../store/keys.js';
import type { Database } from '../store/schema.js';
import type { AlertPayload } from './types.js';

// The alerts an article's new statements cause, written to the outbox in the transaction that
// stores them (saveAnalysis's afterSave, called by src/ingest storeArticle), so that a statement
// stored is never an alert lost. Claim and story subscriptions are matched in the transaction that
// writes the claim or story membership (placed.ts).

/** When a digest row is due: the next midnight UTC after it was written. */
export function nextDigestAt(now: Date): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  return d.toISOString();
}

/** Outbox rows (immediate, or digest for the next day) for every active subscription an article's statements match. */
export async function enqueueAlerts(trx: Transaction<Database>, a: Analysis, articleId: string, now: Date): Promise<number> {
  const db = alertsDb(trx) as unknown as AlertsTrx;
  const art = a.article;
  const outletSubs = await activeFollowing(db, 'outlet', [art.outlet, art.site].filter((x): x is string => Boolean(x)).map((x) => x.toLowerCase()));
  const searchSubs = await db.selectFrom('subscriptions').selectAll().where('status', '=', 'active').where('kind', '=', 'search').execute();
  let added = 0;
  for (const [ordinal, s] of a.statements.entries()) {
    const entities = [s.speaker.entity, ...s.targets.map((t) => t.entity), ...a.entities
      .filter((e) => e.mentions.some((m) => m.start >= s.content.start && m.end <= s.content.end)).map((e) => e.id)]
      .filter((x): x is string => Boolean(x));
    const keys = framedKeys(s.speaker.text, s.content.text, ...s.targets.map((t) => t.text));
    const matching: Subscription[] = [
      ...(await activeFollowing(db, 'entity', entities)),
      ...outletSubs,
      ...searchSubs.filter((sub) => queryKeys(sub.target).every((k) => keys.includes(` ${k} `))),
    ];
    const payloadBase = {
      statementId: `${articleId}:${ordinal}`, articleId, ordinal, speaker: s.speaker.text, stance: s.stance, content: s.content.text,
      language: art.language, title: art.title, outlet: art.outlet ?? art.site ?? null, at: art.publishedAt ?? now.toISOString(),
    };
    for (const sub of dedupe(matching)) {
      const payload: AlertPayload = { ...payloadBase, follows: { kind: sub.kind, target: sub.target } };
      if (await enqueueFor(db, sub, payload, now)) added++;
    }
  }
  return added;
}

/** One outbox row per subscription and statement: re-ingesting never doubles an alert. */
export function enqueueFor(db: AlertsTrx | ReturnType<typeof alertsDb>, sub: Subscription, payload: AlertPayload, now: Date): Promise<boolean> {
  const digest = sub.mode === 'digest';
  return enqueue(db, {
    subscriptionId: sub.id, dedupeKey: `${sub.id}:${payload.statementId}`, kind: digest ? 'digest' : 'alert', payload,
    due: digest ? nextDigestAt(now) : now.toISOString(), now: now.toISOString(),
  });
}

function dedupe(subs: Subscription[]): Subscription[] {
  return [...new Map(subs.map((s) => [s.id, s])).values()];
}
