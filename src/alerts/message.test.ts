import { describe, expect, it } from 'vitest';
import type { Subscription } from '../store/alerts.js';
import { mailLinks } from './links.js';
import { ago, alertLine, renderAlert, renderDigest } from './message.js';
import { verifyToken } from './tokens.js';
import type { AlertPayload } from './types.js';

const NOW = new Date('2024-10-15T12:00:00.000Z');
const links = mailLinks({ base: 'https://isnad.example/', secret: 's', mailto: 'unsubscribe@isnad.example', now: () => NOW });
const sub: Subscription = { id: 7, email: 'r@example.org', kind: 'entity', target: 'person:peskov', mode: 'immediate', status: 'active', created_at: '', confirmed_at: '' };
const alert = (over: Partial<AlertPayload> = {}): AlertPayload => ({
  statementId: 'a:3', articleId: 'a', ordinal: 3, speaker: 'Dmitry Peskov', stance: 'deny', content: 'a false story', language: 'en',
  title: 't', outlet: 'RT World News', at: '2024-10-15T10:00:00.000Z', follows: { kind: 'entity', target: 'person:peskov' }, ...over,
});

describe('alert messages', () => {
  it('says who said what, where and when, in one line', () => {
    expect(alertLine(alert(), NOW)).toBe('Dmitry Peskov denied: «a false story» — RT World News, 2 hours ago');
    expect(ago('2024-10-15T11:59:30.000Z', NOW)).toBe('just now');
    expect(ago('2024-10-13T11:00:00.000Z', NOW)).toBe('2 days ago');
  });

  it('escapes HTML, marks Arabic right to left, links the statement and carries one-click unsubscribe headers', () => {
    const m = renderAlert({ subscription: sub, alerts: [alert({ content: '<script>x</script>' }), alert({ ordinal: 4, language: 'ar', content: 'قصة كاذبة' })] }, links, NOW, [2, 1], 'isnad.example');
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;');
    expect(m.html).toContain('<q lang="ar" dir="rtl">قصة كاذبة</q>');
    expect(m.text).toContain('https://isnad.example/articles/a#statement-4');
    expect(m.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const token = decodeURIComponent(/token=([^>]+)>/.exec(m.headers['List-Unsubscribe']!)![1]!);
    expect(verifyToken('s', token, 'unsubscribe', NOW)).toEqual({ ok: true, subscriptionId: 7, subscriptionIds: [7] });
    expect(verifyToken('s', token, 'confirm', NOW)).toEqual({ ok: false, reason: 'wrong-purpose' });
    expect(verifyToken('other', token, 'unsubscribe', NOW)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyToken('s', token, 'unsubscribe', new Date('2030-01-01'))).toEqual({ ok: false, reason: 'expired' });
    expect(m.messageId).toBe(renderAlert({ subscription: sub, alerts: [alert()] }, links, NOW, [1, 2], 'isnad.example').messageId);
  });

  it('puts every subscription of an address in one daily digest', () => {
    const other = { ...sub, id: 8, kind: 'search' as const, target: 'troops' };
    const m = renderDigest([{ subscription: sub, alerts: [alert()] }, { subscription: other, alerts: [alert(), alert({ ordinal: 5 })] }], [7, 8], links, NOW, [1, 2, 3], 'isnad.example');
    expect(m.subject).toBe('Your isnad digest: 3 new statements');
    expect(m.text).toContain('entity “person:peskov”');
    expect(m.text).toContain('search “troops”');
  });

  it('lets one click stop a digest: its List-Unsubscribe names every digest subscription, each group keeps its own link', () => {
    const other = { ...sub, id: 8, kind: 'search' as const, target: 'troops' };
    // Subscription 9 has nothing new today, and is in the digest all the same.
    const m = renderDigest([{ subscription: sub, alerts: [alert()] }, { subscription: other, alerts: [alert()] }], [7, 8, 9], links, NOW, [1, 2], 'isnad.example');
    const tokenIn = (url: string) => decodeURIComponent(/token=([^>&\s]+)/.exec(url)![1]!);
    const header = m.headers['List-Unsubscribe']!;
    expect(verifyToken('s', tokenIn(header), 'unsubscribe', NOW)).toMatchObject({ ok: true, subscriptionIds: [7, 8, 9] });
    expect(decodeURIComponent(header)).toMatch(/mailto:unsubscribe@isnad\.example\?subject=unsubscribe unsubscribe\.7-8-9\./);
    expect(m.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(m.text).toMatch(/Stop this digest \(all 3 subscriptions\): https:\/\/\S+/);
    const only = [...m.text.matchAll(/only: (\S+)/g)].map((x) => verifyToken('s', tokenIn(x[1]!), 'unsubscribe', NOW));
    expect(only).toEqual([{ ok: true, subscriptionId: 7, subscriptionIds: [7] }, { ok: true, subscriptionId: 8, subscriptionIds: [8] }]);
  });

  it('refuses a token whose ids were changed', () => {
    const token = decodeURIComponent(/token=([^>]+)>/.exec(renderDigest([{ subscription: sub, alerts: [alert()] }], [7, 8], links, NOW, [1], 'isnad.example').headers['List-Unsubscribe']!)![1]!);
    expect(verifyToken('s', token.replace('7-8', '7-8-10'), 'unsubscribe', NOW)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyToken('s', token.replace('7-8', '7--8'), 'unsubscribe', NOW)).toEqual({ ok: false, reason: 'malformed' });
  });
});
