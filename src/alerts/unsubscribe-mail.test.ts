import { describe, expect, it } from 'vitest';
import { parseMail, tokenOf } from './unsubscribe-mail.js';

// Where a mail client or a reader may leave the token of a List-Unsubscribe mailto.

const TOKEN = 'unsubscribe.7-8.1760529600.Zm9yZ2VkLWJ1dC13ZWxsLWZvcm1lZC10b2tlbi1tYWM';

describe('the token of an unsubscribe mail', () => {
  it.each([
    ['the Subject as the mailto link set it', { subject: `unsubscribe ${TOKEN}` }, TOKEN],
    ['a reply\'s Subject', { subject: `Re: unsubscribe ${TOKEN}` }, TOKEN],
    ['a Subject the client left percent-encoded', { subject: `unsubscribe%20${TOKEN}` }, TOKEN],
    ['a quoted unsubscribe link in the body', { subject: 'Re: alerts', text: `> Unsubscribe: https://isnad.example/subscriptions/unsubscribe?token=${TOKEN}\n` }, TOKEN],
    ['an HTML body only', { subject: 'stop', html: `<p>unsubscribe ${TOKEN}</p>` }, TOKEN],
    ['the Subject before the body', { subject: `unsubscribe ${TOKEN}`, text: 'unsubscribe.1.1760529600.other' }, TOKEN],
    ['a confirmation token (refused later, by its purpose)', { subject: 'confirm.3.1760529600.abc' }, 'confirm.3.1760529600.abc'],
    ['no token at all', { subject: 'unsubscribe', text: 'please stop sending these' }, undefined],
    ['a word that only ends like a purpose', { subject: 'resubscribe.1.2.abc' }, undefined],
  ])('reads %s', (_name, m, expected) => {
    expect(tokenOf({ text: '', html: '', ...m })).toBe(expected);
  });

  it('decodes an encoded Subject and a quoted-printable body whose soft line break splits the token', async () => {
    const raw = [
      'From: reader@example.org', 'To: unsubscribe@isnad.example', `Subject: =?UTF-8?Q?=D8=A5=D9=84=D8=BA=D8=A7=D8=A1?=`,
      'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '',
      `unsubscribe ${TOKEN.slice(0, 40)}=`, `${TOKEN.slice(40)}`, '',
    ].join('\r\n');
    const m = await parseMail(new TextEncoder().encode(raw));
    expect(m?.subject).toBe('إلغاء');
    expect(tokenOf(m!)).toBe(TOKEN);
  });
});
