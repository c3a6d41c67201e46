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
import { idOf, isObject, normalizationError, VENDOR } from './vendor.js';

/**
 * One item of a session's history as OpenCX sends it: a message, or an event such as a handoff, an
 * agent joining or a status change (`event.type`, an open set).
 * https://docs.open.cx/api-reference/chat-sessions/list_history
 */
export type ChatHistoryItem = components['schemas']['ChatHistoryItem'];

/** One entry of a session's history in the botbridge model; `raw` is the vendor's item. */
export type OpenCxMessage = Message<ChatHistoryItem>;

// Who wrote a `message` event. Anything else, and every non-message event (handoff,
// human_agent_joined, status changes, ...), is the platform speaking: 'system'.
// https://docs.open.cx/api-reference/chat-sessions/list_history
const SENDER_ROLES = new Map<string, MessageRole>([
  ['contact', 'contact'],
  ['ai', 'bot'],
  ['human_agent', 'agent'],
]);

/**
 * Maps one item of a session's history to a `Message`. Pure.
 *
 * The history is a timeline of events, not only messages: handoffs, agents joining or taking over,
 * AI resolutions and status changes come in the same list. Every item becomes a record (non-message
 * events with role `'system'` and `vendorRole` = their event type when they have no sender), so a
 * caller sees the whole timeline and can filter on `role`; dropping them here would lose facts
 * (who took over, when it closed) that nothing else returns.
 * https://docs.open.cx/api-reference/chat-sessions/list_history
 */
export function normalizeHistoryItem(
  item: ChatHistoryItem,
  sessionId: string,
  operation = 'listChatHistory',
): OpenCxMessage {
  if (!isObject(item)) throw normalizationError(operation, 'expected a history item object');
  // `event` is not marked as always present in the docs; an item without one still has its time.
  const event = isObject(item.event) ? item.event : undefined;
  const sender = isObject(event?.sender) ? event.sender : undefined;
  const content = isObject(event?.content) ? event.content : undefined;
  const eventType = cleanString(event?.type);
  const senderType = cleanString(sender?.type);
  const createdAt = toUtcTimestamp(item.created_at);
  // Message text is kept as written (leading indentation, line breaks); only blank text is absent.
  const text =
    typeof content?.text === 'string' && content.text.trim() !== '' ? content.text : undefined;
  // An item without an event type is read by its sender: the docs type `event.type` as an open
  // string and nearly all history items are messages.
  const isMessage = eventType === undefined || eventType === 'message';
  const vendorRole = senderType ?? eventType;
  const message: OpenCxMessage = {
    vendor: VENDOR,
    // `id` appears only in the newest docs. Without it, the id is derived from what identifies the
    // event and does not change once it happened: its session, time, kind, kind of author and text
    // (the same event gives the same id on every read; two events identical in all of these are
    // indistinguishable anyway). Not the sender's `name`: it is a display name, which the contact
    // or agent can change (an unverified visitor who verifies), and the event would get a new id.
    id:
      idOf(item.id, 'id', operation) ??
      derivedId('opencx_message', {
        sessionId,
        createdAt: createdAt ?? item.created_at,
        type: eventType,
        sender: sender ? { type: senderType } : undefined,
        text,
      }),
    conversationId: sessionId,
    role: (isMessage && senderType && SENDER_ROLES.get(senderType.toLowerCase())) || 'system',
    vendorRole,
    text,
    attachments: Array.isArray(event?.attachments)
      ? event.attachments.filter(isObject).map(normalizeAttachment)
      : [],
    createdAt,
    raw: item,
  };
  // A message with a role, text and time is the literal as it is; any other item goes through
  // `compact` (see normalizeChatSession).
  return vendorRole !== undefined && text !== undefined && createdAt !== undefined
    ? message
    : compact(message);
}

function normalizeAttachment(
  attachment: components['schemas']['ChatHistoryAttachment'],
): Attachment {
  return compact({
    name: cleanString(attachment.name),
    url: cleanString(attachment.url),
    type: cleanString(attachment.type),
  });
}
