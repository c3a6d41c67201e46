import type { VendorId } from './vendor.js';

/** Who wrote a message: the contact, the bot, a human agent, or the platform itself. */
export type MessageRole = 'contact' | 'bot' | 'agent' | 'system';

/** A file attached to a message. */
export interface Attachment {
  name?: string;
  url?: string;
  /** MIME type or the vendor's kind (`image`, `file`, ...). */
  type?: string;
}

/**
 * One message of a conversation, in the same shape for every vendor. `vendorRole` keeps the vendor's
 * own author type beside the normalized `role`.
 */
export interface Message<TRaw = unknown> {
  vendor: VendorId;
  /** The vendor's id, or a stable id derived from the message when the vendor has none. */
  id: string;
  conversationId: string;
  role: MessageRole;
  /** The vendor's author type exactly as sent (`ai`, `human_agent`, `User`, ...). */
  vendorRole?: string;
  text?: string;
  attachments: Attachment[];
  createdAt?: string;
  raw: TRaw;
}
