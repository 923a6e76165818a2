import nodemailer from 'nodemailer';
import type { OutgoingMessage } from './message.js';

// The one place that talks SMTP (nodemailer), behind an interface the sender is given (STYLE.md §13).

export interface Mailer {
  /** Resolves once the server accepted the message; rejects with the server's answer otherwise. */
  send(m: OutgoingMessage): Promise<void>;
  close(): void;
}

/** Milliseconds to connect, to be greeted, and of socket silence before a slow server counts as down. */
export const SMTP_TIMEOUT_MS = 30_000;

/** What a failed send means for the row. */
export type SendFailure =
  | { retry: true; reason: 'server-down' | 'temporary'; message: string }
  | { retry: false; reason: 'refused'; message: string };

/** 5xx: this address or message is refused for good; 4xx, timeouts, no connection: try again later. */
export function classify(e: unknown): SendFailure {
  const err = e as { responseCode?: number; code?: string; message?: string };
  const message = `${err.responseCode ? `${err.responseCode} ` : ''}${err.message ?? String(e)}`.replace(/\s+/g, ' ').slice(0, 500);
  if (typeof err.responseCode === 'number' && err.responseCode >= 500 && err.responseCode < 600) return { retry: false, reason: 'refused', message };
  if (typeof err.responseCode === 'number') return { retry: true, reason: 'temporary', message };
  return { retry: true, reason: 'server-down', message };
}

export interface SmtpOptions {
  /** `smtp://user:pass@host:587`, `smtps://…` (ISNAD_SMTP_URL). */
  url: string;
  /** The From address: `isnad <alerts@isnad.example>`. */
  from: string;
  timeoutMs?: number;
  /** The name given in EHLO (ISNAD_SMTP_HELO); `localhost` by default. */
  heloName?: string;
}

export function smtpMailer(o: SmtpOptions): Mailer {
  const timeout = o.timeoutMs ?? SMTP_TIMEOUT_MS;
  const transport = nodemailer.createTransport(o.url, { pool: true, maxConnections: 1, name: o.heloName ?? 'localhost', connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout } as never);
  return {
    async send(m) {
      await transport.sendMail({
        from: o.from, to: m.to, subject: m.subject, text: m.text, html: m.html, messageId: m.messageId, headers: m.headers,
        // Refuse header injection even if a caller let a line break through.
        disableFileAccess: true, disableUrlAccess: true,
      });
    },
    close: () => transport.close(),
  };
}
