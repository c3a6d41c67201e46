import {
  type Attachment,
  cleanString,
  compact,
  derivedId,
  type Message,
  type MessageRole,
  toUtcTimestamp,
} from '@botbridge/core';
import type { components } from '../generated/schema.js';
import { expectObject, idOf, VENDOR } from './vendor.js';

/** A message of the chat service (`GET /sessions/{id}/messages`). */
export type ChatMessage = components['schemas']['Message'];

/** A chat-service message in the botbridge model; `raw` is the vendor's `Message`. */
export type TwinMessage = Message<ChatMessage>;

// Twin documents no `authorType` values; `client`, `bot`, `operator` and `system` are the ones its
// SDK and the spec examples show. `user` is how Twin names an operator elsewhere (a quoted
// message's `userId` is the operator's IAM user), so it counts as an agent. Anything else is kept
// in `vendorRole` and counted as a platform message, the one role that claims no author.
// A Map, not an object literal: `authorType` is free text, and `constructor` or `__proto__` must
// not find something on Object.prototype.
// https://github.com/URALINNOVATSIYA/sdk-php (src/Http/Chat/V1/Entities/MessageListItem.php)
const ROLES = new Map<string, MessageRole>([
  ['client', 'contact'],
  ['bot', 'bot'],
  ['operator', 'agent'],
  ['user', 'agent'],
  ['system', 'system'],
]);

/** Where a message was listed: the conversation it belongs to and its index in that listing. */
export interface MessageContext {
  /** The session the messages were listed for; becomes each message's `conversationId`. */
  conversationId: string;
  /** 0-based index of the message in the listing; only used for a derived id (see below). */
  position: number;
}

/**
 * Maps a message of Twin's chat service to a botbridge `Message`. Pure.
 * https://github.com/URALINNOVATSIYA/sdk-php (src/Http/Chat/V1/Entities/MessageListItem.php)
 */
export function normalizeMessage(message: ChatMessage, context: MessageContext): TwinMessage {
  const operation = 'listSessionMessages';
  expectObject(message, operation, 'a chat message object');
  const vendorRole = cleanString(message.authorType);
  const createdAt = toUtcTimestamp(message.createdAt);
  // The text is kept as written (line breaks, indentation); only a blank body counts as none.
  const text =
    typeof message.body === 'string' && message.body.trim() !== '' ? message.body : undefined;
  return compact({
    vendor: VENDOR,
    id: idOf(message.id, 'id', operation) ?? derivedMessageId(message, context, createdAt),
    conversationId: context.conversationId,
    role: (vendorRole && ROLES.get(vendorRole.toLowerCase())) || 'system',
    vendorRole,
    text,
    attachments: attachmentsOf(message.attachments),
    createdAt,
    raw: message,
  });
}

// Twin messages normally carry ids. For one that does not, the id comes from what identifies the
// message within its conversation (author, time, content), so it survives a different `since`
// window or page size. What changes over a message's life (`readAt`, `updatedAt`, the quick
// answers and keyboard offered with it) is left out, so a message keeps its id once it is read.
// Its position in the listing is added only when it has no timestamp, since two undated messages
// with the same author and text are otherwise indistinguishable.
function derivedMessageId(
  message: ChatMessage,
  context: MessageContext,
  createdAt: string | undefined,
): string {
  return derivedId('twin24_message', {
    conversationId: context.conversationId,
    createdAt,
    position: createdAt === undefined ? context.position : undefined,
    authorType: message.authorType ?? undefined,
    authorId: idOf(message.authorId, 'authorId', 'listSessionMessages'),
    type: message.type ?? undefined,
    body: message.body ?? undefined,
    attachments: attachmentsOf(message.attachments),
  });
}

// Twin attachments carry a name, a storage url and a download link, and the extension twice: as
// uploaded (`extension`) and as Twin guessed it from the content (`sugestedExtension`, sic).
function attachmentsOf(value: unknown): Attachment[] {
  if (!Array.isArray(value)) return [];
  const out: Attachment[] = [];
  for (const item of value as Array<Record<string, unknown> | null>) {
    if (typeof item !== 'object' || item === null) continue;
    const attachment = compact({
      name: cleanString(item.name),
      url: cleanString(item.url) ?? cleanString(item.downloadLink),
      type: cleanString(item.extension) ?? cleanString(item.sugestedExtension),
    });
    if (Object.keys(attachment).length > 0) out.push(attachment);
  }
  return out;
}
