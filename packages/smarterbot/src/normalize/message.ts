import { compact, derivedId, type Message, type MessageRole } from '@botbridge/core';
import type { components } from '../generated/schema.js';
import { requireObject, VENDOR } from './vendor.js';

/**
 * One turn of a ChatContentHistory session as SmarterBot sends it: `Type` (`AI` or `User`) and
 * `Content`, with no id and no time.
 * https://newoaks.ai/guides/developer/api/get-message-history
 */
export type ChatMessageRecord = components['schemas']['ChatMessageRecord'];

/** A SmarterBot message in the botbridge model; `raw` is the vendor's `{ Type, Content }` turn. */
export type SmarterBotMessage = Message<ChatMessageRecord>;

/** Where a message sits: the conversation it belongs to and its 0-based turn number. */
export interface MessagePosition {
  /** The id of the conversation the turn belongs to; becomes the message's `conversationId`. */
  conversationId: string;
  /** The turn's 0-based index in its session; part of the derived message id. */
  position: number;
}

/**
 * Maps one turn of a session to a botbridge `Message`. Pure. The vendor documents neither an id nor
 * a timestamp per message, only `Type` (`AI` | `User`) and `Content`, so the id is derived from the
 * conversation, the turn's position and its content (the same turn gets the same id on every read)
 * and `createdAt` stays undefined. https://newoaks.ai/guides/developer/api/get-message-history
 */
export function normalizeMessage(
  record: ChatMessageRecord,
  where: MessagePosition,
): SmarterBotMessage {
  requireObject(record, 'getChatHistory', 'a chat message');
  const type: unknown = record.Type;
  const vendorRole = typeof type === 'string' && type.trim() !== '' ? type : undefined;
  const content: unknown = record.Content;
  // The text exactly as sent (inner whitespace and line breaks are the message); blank is none.
  const text = typeof content === 'string' && content.trim() !== '' ? content : undefined;
  const message: SmarterBotMessage = {
    vendor: VENDOR,
    id: derivedId('smarterbot_message', {
      conversationId: where.conversationId,
      position: where.position,
      Type: record.Type ?? null,
      Content: record.Content ?? null,
    }),
    conversationId: where.conversationId,
    role: roleOf(vendorRole),
    vendorRole,
    text,
    attachments: [],
    raw: record,
  };
  // Nearly every turn has both: the literal is then the message as it is (see normalizeLead).
  return vendorRole !== undefined && text !== undefined ? message : compact(message);
}

// `AI` is the chatbot, `User` the visitor; there is no human-agent type in the docs. `Type` is an
// open string (the spec's `ChatMessageType`: those two are sample values, not a closed list), and
// the model has no "unknown" role: anything else (a future type, null) is kept as a system message
// with the vendor's value in `vendorRole`.
function roleOf(type: string | undefined): MessageRole {
  switch (type?.trim().toLowerCase()) {
    case 'ai':
      return 'bot';
    case 'user':
      return 'contact';
    default:
      return 'system';
  }
}
