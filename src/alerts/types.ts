import type { Stance } from '../model/index.js';
import type { SubscriptionKind, SubscriptionMode } from '../store/alerts.js';

// What an outbox row's payload holds (JSON), one shape per kind; rendered when it is sent (message.ts).

/** The statement an alert is about, as it was when stored. */
export interface AlertPayload {
  statementId: string;
  articleId: string;
  ordinal: number;
  speaker: string;
  stance: Stance;
  content: string;
  language: string;
  title: string;
  outlet: string | null;
  /** When the article says it was published, else when it was stored. */
  at: string;
  /** What the subscription follows, for the message's heading. */
  follows: { kind: SubscriptionKind; target: string };
}

export interface ConfirmPayload {
  kind: SubscriptionKind;
  target: string;
  mode: SubscriptionMode;
}
