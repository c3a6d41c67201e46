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

/**
 * One entry of a session's history in the botbridge model (`raw` is the vendor's item), plus two
 * facts of OpenCX's agent and handoff events that core's `Message` has no field for.
 */
export type OpenCxMessage = Message<ChatHistoryItem> & {
  /**
   * Who wrote or caused the item, as OpenCX identifies them: the human agent's id
   * (`event.human_agent_id`, a number in OpenCX's 2024 OpenAPI document) as a string; absent when
   * the item names none (messages name their author only by `sender.type` and display name).
   * https://github.com/openchatai/opencx-oapi-ts/blob/9c4abd5/spec.json
   */
  authorId?: string;
  /**
   * The helpdesk a `handoff` event passed the conversation to (`event.integration.type`, e.g.
   * `zendesk`), as sent: an open set, unknown values are kept as they are.
   */
  handoffIntegration?: string;
};

// Who wrote a `message` event. Anything else, and every non-message event (handoff,
// human_agent_joined, status changes, ...), is the platform speaking: 'system'; except a
// `human_agent_comment`, text a human agent wrote (see `roleOf`).
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
    role: roleOf(eventType, senderType),
    vendorRole,
    text,
    attachments: Array.isArray(event?.attachments)
      ? event.attachments.filter(isObject).map(normalizeAttachment)
      : [],
    createdAt,
    raw: item,
  };
  // Agent and handoff events add what OpenCX says of their agent and helpdesk.
  const facts = isObject(event) ? eventFacts(event, operation) : undefined;
  if (facts !== undefined) return compact({ ...message, ...facts });
  // A message with a role, text and time is the literal as it is; any other item goes through
  // `compact` (see normalizeChatSession).
  return vendorRole !== undefined && text !== undefined && createdAt !== undefined
    ? message
    : compact(message);
}

type EventFacts = Pick<OpenCxMessage, 'authorId' | 'handoffIntegration'>;

/**
 * The agent and helpdesk an event names: `human_agent_id` and `integration.type` on the event, as
 * OpenCX's 2024 OpenAPI document places them, else in `context` (inferred: the newest docs show
 * the event with neither, beside a free-form `context`). `undefined` when it names neither, as
 * nearly every item does.
 * https://github.com/openchatai/opencx-oapi-ts/blob/9c4abd5/spec.json
 */
function eventFacts(
  event: NonNullable<ChatHistoryItem['event']>,
  operation: string,
): EventFacts | undefined {
  const context = isObject(event.context) ? event.context : undefined;
  const authorId = idOf(
    event.human_agent_id ?? context?.human_agent_id,
    'human_agent_id',
    operation,
  );
  const handoffIntegration = integrationOf(event.integration ?? context?.integration);
  return authorId === undefined && handoffIntegration === undefined
    ? undefined
    : { authorId, handoffIntegration };
}

/**
 * The role of an item. An item without an event type is read by its sender: the docs type
 * `event.type` as an open string and nearly all history items are messages. A
 * `human_agent_comment` is text a human agent wrote: OpenCX's 2024 OpenAPI document gives it the
 * agent's `human_agent_id` and no `sender`, so it is the agent's whatever its sender says.
 * https://github.com/openchatai/opencx-oapi-ts/blob/9c4abd5/spec.json
 */
function roleOf(eventType: string | undefined, senderType: string | undefined): MessageRole {
  if (eventType === 'human_agent_comment') return 'agent';
  if (eventType !== undefined && eventType !== 'message') return 'system';
  return (senderType && SENDER_ROLES.get(senderType.toLowerCase())) || 'system';
}

/** The `type` of a handoff's `integration` object: the helpdesk, as sent. */
function integrationOf(integration: unknown): string | undefined {
  return isObject(integration) ? cleanString((integration as { type?: unknown }).type) : undefined;
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
