import PostalMime from 'postal-mime';
import { getSubscriptions, unsubscribe, type AlertsDb, type Subscription } from '../store/alerts.js';
import { verifyToken } from './tokens.js';

// The reader of mail sent to the List-Unsubscribe mailto address (links.ts: `unsubscribe@DOMAIN`, the
// token in the Subject): one raw RFC 5322 message in, the subscriptions its token names unsubscribed —
// exactly as the one-click POST does; the token is the authority, not the From address (forwarded mail,
// aliases). The MIME parsing (encoded subjects, quoted-printable or base64 bodies, multipart) is postal-mime's.

/** Bytes of a message read at most; the rest is not looked at (the token is in the Subject, or near the top of a reply). */
export const MESSAGE_MAX_BYTES = 1024 * 1024;
/** Nested MIME parts parsed at most: a reply is a few levels deep; a bomb is refused. */
const MAX_NESTING = 16;

/** A signed token of any purpose (tokens.ts), found wherever it stands in a line: after "unsubscribe ", in a quoted link. */
const TOKEN = /(?<![A-Za-z])(?:unsubscribe|confirm|manage)\.\d[\d-]*\.\d+\.[A-Za-z0-9_-]+/;

export type Refusal = 'unreadable' | 'no-token' | 'malformed' | 'bad-signature' | 'wrong-purpose' | 'expired' | 'unknown-subscription';

/** The subscriptions a message's token names, once verified; or why not. */
export type MailToken = { ok: true; subscriptionIds: number[] } | { ok: false; reason: Refusal };

export type MailUnsubscribe =
  | { ok: true; email: string; subscriptions: Subscription[]; changed: boolean }
  | { ok: false; reason: Refusal };

export interface ParsedMail { subject: string; text: string; html: string }

/** The message's Subject and bodies, decoded; undefined when it cannot be read as a message. */
export async function parseMail(raw: Uint8Array): Promise<ParsedMail | undefined> {
  try {
    const m = await PostalMime.parse(raw, { maxNestingDepth: MAX_NESTING, attachmentEncoding: 'arraybuffer' });
    return { subject: m.subject ?? '', text: m.text ?? '', html: m.html ?? '' };
  } catch {
    return undefined;
  }
}

/** The token of the Subject (what the mailto link puts there), else of the text body, else of the HTML body. */
export function tokenOf(m: ParsedMail): string | undefined {
  for (const where of [m.subject, m.text, m.html]) {
    const hit = TOKEN.exec(where);
    if (hit) return hit[0];
  }
  return undefined;
}

/** The verified token of a raw message: read before any store is opened, so junk mail costs no connection. */
export async function readUnsubscribeMail(raw: Uint8Array, secret: string, now: Date): Promise<MailToken> {
  const mail = await parseMail(raw);
  if (!mail) return { ok: false, reason: 'unreadable' };
  const token = tokenOf(mail);
  if (!token) return { ok: false, reason: 'no-token' };
  const t = verifyToken(secret, token, 'unsubscribe', now);
  return t.ok ? { ok: true, subscriptionIds: t.subscriptionIds } : { ok: false, reason: t.reason };
}

/** Unsubscribes the subscriptions of a verified token, as the one-click POST does (a digest's every one). */
export async function unsubscribeNamed(db: AlertsDb, subscriptionIds: readonly number[]): Promise<MailUnsubscribe> {
  const subs = await getSubscriptions(db, subscriptionIds);
  if (!subs.length) return { ok: false, reason: 'unknown-subscription' };
  const changed = await unsubscribe(db, subs.map((s) => s.id));
  return { ok: true, email: subs[0]!.email, subscriptions: subs, changed };
}
