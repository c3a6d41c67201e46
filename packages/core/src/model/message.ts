import type { VendorId } from './vendor.js';

/** Who wrote a message: the contact, the bot, a human agent, or the platform itself. */
export type MessageRole = 'contact' | 'bot' | 'agent' | 'system';

/** A file attached to a message. */
export interface Attachment {
  /** File name as the vendor gives it; absent when it gives none. */
  name?: string;
  /** Where to download the file, as the vendor sent it; absent when it sent none. */
  url?: string;
  /** MIME type or the vendor's kind (`image`, `file`, ...). */
  type?: string;
}

/**
 * One message of a conversation, in the same shape for every vendor. `vendorRole` keeps the vendor's
 * own author type beside the normalized `role`.
 */
export interface Message<TRaw = unknown> {
  /** The vendor integration the message was read from (`'twin24'`, ...). */
  vendor: VendorId;
  /** The vendor's id, or a stable id derived from the message when the vendor has none. */
  id: string;
  /** The `Conversation.id` of the conversation the message belongs to. */
  conversationId: string;
  /** Who wrote it; the vendor's own author type is kept in `vendorRole`. */
  role: MessageRole;
  /** The vendor's author type exactly as sent (`ai`, `human_agent`, `User`, ...). */
  vendorRole?: string;
  /** The message text; absent when the message has none (attachments only, for example). */
  text?: string;
  /** Files attached to the message; `[]` when there are none. */
  attachments: Attachment[];
  /**
   * When the message was sent, as a UTC ISO-8601 string with milliseconds; absent when the vendor
   * does not say.
   */
  createdAt?: string;
  /** The vendor payload the message was built from, untouched, for fields the model lacks. */
  raw: TRaw;
}
