import type { Contact } from './contact.js';
import type { VendorId } from './vendor.js';

/** Normalized lifecycle state; the vendor's own value is kept in `vendorStatus`. */
export type ConversationStatus = 'open' | 'closed' | 'unknown';

/** Normalized sentiment; the vendor's own value is kept in `vendorSentiment`. */
export type Sentiment = 'positive' | 'neutral' | 'negative';

/**
 * A chat conversation (session) between a contact and a bot or agent, in the same shape for every
 * vendor. Timestamps are UTC ISO-8601 strings with milliseconds.
 */
export interface Conversation<TRaw = unknown> {
  vendor: VendorId;
  id: string;
  status: ConversationStatus;
  /** The vendor's status value exactly as sent (`closed_resolved`, `CLOSED`, ...). */
  vendorStatus?: string;
  /** Channel or messenger, lower-cased (`web`, `whatsapp`, `telegram`, ...). */
  channel?: string;
  contact?: Contact;
  botId?: string;
  /** The human agent (operator) the conversation is assigned to. */
  assigneeId?: string;
  createdAt?: string;
  updatedAt?: string;
  lastMessageAt?: string;
  closedAt?: string;
  sentiment?: Sentiment;
  /** The vendor's sentiment value exactly as sent (`angry`, `happy`, ...). */
  vendorSentiment?: string;
  language?: string;
  /** Whether a human took over from the bot. */
  handedOff?: boolean;
  messageCount?: number;
  tags: string[];
  raw: TRaw;
}
