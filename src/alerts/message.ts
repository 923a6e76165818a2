import { createHash } from 'node:crypto';
import { dirOf, type Lang, type Stance } from '../model/index.js';
import type { Subscription } from '../store/alerts.js';
import { MAX_TOKEN_IDS } from './tokens.js';
import type { AlertPayload, ConfirmPayload } from './types.js';

// The emails: multipart text + HTML (every value escaped; Arabic in dir="rtl" lang="ar"), with
// List-Unsubscribe (https + mailto) and List-Unsubscribe-Post for one-click (RFC 8058).

export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Derived from the outbox ids: a message sent twice (a crash after the server accepted) has one id. */
  messageId: string;
  headers: Record<string, string>;
}

/** The links an email carries, signed by the caller (tokens.ts). */
export interface MailLinks {
  /** The site's public origin, no trailing slash. */
  base: string;
  confirm(subscriptionId: number): string;
  /** Ends one subscription, or every one given (a digest's) in one click. */
  unsubscribe(subscriptions: number | readonly number[]): string;
  /** `mailto:` address for List-Unsubscribe. */
  unsubscribeMailto(subscriptions: number | readonly number[]): string;
  manage(subscriptionId: number): string;
}

/** The verb of each stance in a line: "Dmitry Peskov denied: «…»". */
export const STANCE_VERBS: Record<Stance, string> = { assert: 'said', deny: 'denied', accuse: 'accused', doubt: 'doubted', warn: 'warned', demand: 'demanded' };

/** Characters of a statement's content shown in an email before it is cut. */
export const CONTENT_MAX_CHARS = 400;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export function ago(at: string, now: Date): string {
  const ms = Math.max(0, now.getTime() - Date.parse(at));
  const n = (v: number, unit: string) => `${v} ${unit}${v === 1 ? '' : 's'} ago`;
  if (!Number.isFinite(ms) || ms < MINUTE_MS) return 'just now';
  if (ms < HOUR_MS) return n(Math.floor(ms / MINUTE_MS), 'minute');
  if (ms < DAY_MS) return n(Math.floor(ms / HOUR_MS), 'hour');
  return n(Math.floor(ms / DAY_MS), 'day');
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const cut = (s: string) => (s.length > CONTENT_MAX_CHARS ? `${s.slice(0, CONTENT_MAX_CHARS - 1)}…` : s);
const langOf = (l: string): Lang => (['ar', 'en', 'fr', 'ru', 'fa', 'ur'].includes(l) ? (l as Lang) : 'und');

/** "Dmitry Peskov denied: «…» — RT World News, 2 hours ago" */
export function alertLine(p: AlertPayload, now: Date): string {
  return `${p.speaker} ${STANCE_VERBS[p.stance] ?? 'said'}: «${cut(p.content)}» — ${p.outlet ?? 'unknown outlet'}, ${ago(p.at, now)}`;
}

export const statementUrl = (base: string, p: AlertPayload) => `${base}/articles/${encodeURIComponent(p.articleId)}#statement-${p.ordinal}`;

function alertHtml(p: AlertPayload, base: string, now: Date): string {
  const lang = langOf(p.language);
  const quote = `<q lang="${lang}" dir="${dirOf(lang)}">${escapeHtml(cut(p.content))}</q>`;
  const speaker = `<span lang="${lang}" dir="auto">${escapeHtml(p.speaker)}</span>`;
  return `<li>${speaker} ${STANCE_VERBS[p.stance] ?? 'said'}: ${quote} — ${escapeHtml(p.outlet ?? 'unknown outlet')}, ${ago(p.at, now)}`
    + ` <a href="${escapeHtml(statementUrl(base, p))}">see the statement</a></li>`;
}

export const followsLabel = (f: { kind: string; target: string }) => `${f.kind} “${f.target}”`;

/** A message id for a set of outbox rows, stable across retries. */
export function messageIdOf(outboxIds: readonly number[], domain: string): string {
  const key = [...outboxIds].sort((a, b) => a - b).join('.');
  const digest = createHash('sha256').update(key).digest('hex').slice(0, 24);
  return `<isnad.outbox.${digest}@${domain}>`;
}

function unsubscribeHeaders(links: MailLinks, subs: number | readonly number[]): Record<string, string> {
  return {
    'List-Unsubscribe': `<${links.unsubscribe(subs)}>, <${links.unsubscribeMailto(subs)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

function footer(links: MailLinks, subId: number): { text: string; html: string } {
  const un = links.unsubscribe(subId);
  const manage = links.manage(subId);
  return {
    text: `\n--\nUnsubscribe: ${un}\nManage your subscriptions: ${manage}\n`,
    html: `<hr><p><a href="${escapeHtml(un)}">Unsubscribe</a> · <a href="${escapeHtml(manage)}">Manage your subscriptions</a></p>`,
  };
}

const page = (body: string) => `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"></head><body>${body}</body></html>`;

export interface Group { subscription: Subscription; alerts: AlertPayload[] }

/** One immediate message: the new statements of one subscription. */
export function renderAlert(g: Group, links: MailLinks, now: Date, outboxIds: readonly number[], domain: string): OutgoingMessage {
  const { subscription: sub, alerts } = g;
  const f = footer(links, sub.id);
  const subject = alerts.length === 1 ? alertLine(alerts[0]!, now).slice(0, 140) : `${alerts.length} new statements: ${followsLabel(sub)}`;
  const text = `New statements (${followsLabel(sub)}):\n\n${alerts.map((p) => `${alertLine(p, now)}\n${statementUrl(links.base, p)}\n`).join('\n')}${f.text}`;
  const html = page(`<p>New statements (${escapeHtml(followsLabel(sub))}):</p><ul>${alerts.map((p) => alertHtml(p, links.base, now)).join('')}</ul>${f.html}`);
  return { to: sub.email, subject, text, html, messageId: messageIdOf(outboxIds, domain), headers: unsubscribeHeaders(links, sub.id) };
}

/**
 * The daily digest: every digest subscription of one subscriber, one message. `digestOf` names all of
 * them (those with nothing new today too): the List-Unsubscribe header and the footer's link end them
 * all in one click (RFC 8058) — the digest stops; each group has its own link to end only that one.
 */
export function renderDigest(groups: readonly Group[], digestOf: readonly number[], links: MailLinks, now: Date, outboxIds: readonly number[], domain: string): OutgoingMessage {
  const first = groups[0]!.subscription;
  const all = [...new Set([...groups.map((g) => g.subscription.id), ...digestOf])].slice(0, MAX_TOKEN_IDS);
  const n = groups.reduce((k, g) => k + g.alerts.length, 0);
  const text = groups.map((g) => `${followsLabel(g.subscription)}:\n\n${g.alerts.map((p) => `${alertLine(p, now)}\n${statementUrl(links.base, p)}\n`).join('\n')}`
    + `Unsubscribe from ${followsLabel(g.subscription)} only: ${links.unsubscribe(g.subscription.id)}\n`).join('\n');
  const html = groups.map((g) => `<h2>${escapeHtml(followsLabel(g.subscription))}</h2><ul>${g.alerts.map((p) => alertHtml(p, links.base, now)).join('')}</ul>`
    + `<p><a href="${escapeHtml(links.unsubscribe(g.subscription.id))}">Unsubscribe from ${escapeHtml(followsLabel(g.subscription))} only</a></p>`).join('');
  const stop = links.unsubscribe(all);
  const manage = links.manage(first.id);
  const what = all.length === 1 ? 'Unsubscribe' : `Stop this digest (all ${all.length} subscriptions)`;
  return {
    to: first.email, subject: `Your isnad digest: ${n} new statement${n === 1 ? '' : 's'}`,
    text: `${text}\n--\n${what}: ${stop}\nManage your subscriptions: ${manage}\n`,
    html: page(`${html}<hr><p><a href="${escapeHtml(stop)}">${escapeHtml(what)}</a> · <a href="${escapeHtml(manage)}">Manage your subscriptions</a></p>`),
    messageId: messageIdOf(outboxIds, domain), headers: unsubscribeHeaders(links, all),
  };
}

/** The double opt-in message: nothing else is sent until its link is followed. */
export function renderConfirm(sub: Subscription, p: ConfirmPayload, links: MailLinks, outboxIds: readonly number[], domain: string): OutgoingMessage {
  const url = links.confirm(sub.id);
  const what = `${followsLabel(p)} (${p.mode === 'digest' ? 'a daily digest' : 'an email per new statement'})`;
  return {
    to: sub.email, subject: 'Confirm your isnad subscription',
    text: `Someone (we hope you) asked for alerts on ${what}.\nConfirm: ${url}\nIf it was not you, ignore this message: nothing more will be sent.\n`,
    html: page(`<p>Someone (we hope you) asked for alerts on ${escapeHtml(what)}.</p><p><a href="${escapeHtml(url)}">Confirm the subscription</a></p>`
      + '<p>If it was not you, ignore this message: nothing more will be sent.</p>'),
    messageId: messageIdOf(outboxIds, domain), headers: {},
  };
}
