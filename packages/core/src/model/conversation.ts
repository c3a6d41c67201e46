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
  /** The vendor integration the conversation was read from (`'opencx'`, ...). */
  vendor: VendorId;
  /** The vendor's conversation (session) id; pass it to `Source.messages` for its messages. */
  id: string;
  /**
   * Whether the conversation is still going on (`'open'`) or ended (`'closed'`); `'unknown'` when
   * the vendor sends no state or one that maps to neither.
   */
  status: ConversationStatus;
  /** The vendor's status value exactly as sent (`closed_resolved`, `CLOSED`, ...). */
  vendorStatus?: string;
  /** Channel or messenger, lower-cased (`web`, `whatsapp`, `telegram`, ...). */
  channel?: string;
  /** The person the bot talked to; absent when the vendor tells nothing about them. */
  contact?: Contact;
  /** The vendor's id of the bot that served the conversation; absent when it does not say. */
  botId?: string;
  /** The human agent (operator) the conversation is assigned to. */
  assigneeId?: string;
  /** When the conversation started; absent when the vendor does not report it. */
  createdAt?: string;
  /**
   * When the conversation last changed, as the vendor reports it (for some vendors the time of the
   * last message); absent when it does not say.
   */
  updatedAt?: string;
  /** When the latest message was sent; absent when the vendor does not report it. */
  lastMessageAt?: string;
  /**
   * When the conversation was closed; absent while it is open, and when the vendor reports no
   * close time.
   */
  closedAt?: string;
  /** The contact's mood as the vendor rated it; absent when unrated or not one of the three. */
  sentiment?: Sentiment;
  /** The vendor's sentiment value exactly as sent (`angry`, `happy`, ...). */
  vendorSentiment?: string;
  /** The conversation's language, as the vendor names it; absent when it does not say. */
  language?: string;
  /** Whether a human took over from the bot. */
  handedOff?: boolean;
  /** How many messages the vendor counts in the conversation; absent when it does not say. */
  messageCount?: number;
  /** The vendor's tags or labels, as sent; `[]` when there are none or the vendor has no tags. */
  tags: string[];
  /** The vendor payload the conversation was built from, untouched, for fields the model lacks. */
  raw: TRaw;
}
