import {
  type Contact,
  type Conversation,
  type ConversationStatus,
  cleanString,
  compact,
  derivedId,
  type Sentiment,
  toUtcTimestamp,
  VendorNormalizationError,
} from '@botbridge/core';
import type { components } from '../generated/schema.js';
import { idOf, isObject, VENDOR } from './vendor.js';

/**
 * A chat session as OpenCX sends it (GET /chat/sessions/{session_id}, and each item of the session
 * listings). https://docs.open.cx/api-reference/chat-sessions/get
 */
export type ChatSession = components['schemas']['ChatSession'];
/**
 * A session's lifecycle status: `open`, `closed_resolved` or `closed_unresolved` (all listed in
 * `sessionStatusValues`); both closed values become `closed` in the botbridge model.
 * https://docs.open.cx/api-reference/chat-sessions/list
 */
export type SessionStatus = components['schemas']['SessionStatus'];
/**
 * The channel a session runs on, as the REST API names it (`web`, `email`, `phone_voice`, ...; all
 * listed in `channelTypeValues`). Webhooks use other names (`phone`).
 * https://docs.open.cx/api-reference/chat-sessions/list
 */
export type ChannelType = components['schemas']['ChannelType'];

/** An OpenCX chat session in the botbridge model; `raw` is the vendor's `ChatSession`. */
export type OpenCxConversation = Conversation<ChatSession>;

// OpenCX splits "closed" by outcome; whether the AI or a human closed it is in `ai_closure_type`.
// https://docs.open.cx/api-reference/chat-sessions/get
const STATUSES = new Map<string, ConversationStatus>([
  ['open', 'open'],
  ['closed_resolved', 'closed'],
  ['closed_unresolved', 'closed'],
]);

const SENTIMENTS = new Map<string, Sentiment>([
  ['happy', 'positive'],
  ['neutral', 'neutral'],
  ['angry', 'negative'],
]);

/**
 * Maps an OpenCX `ChatSession` to a botbridge `Conversation`. Pure. Throws
 * `VendorNormalizationError` when the payload is not an object at all.
 */
export function normalizeChatSession(
  dto: ChatSession,
  operation = 'getChatSession',
): OpenCxConversation {
  if (typeof dto !== 'object' || dto === null || Array.isArray(dto)) {
    throw new VendorNormalizationError(`${VENDOR} ${operation}: expected a chat session object`, {
      vendor: VENDOR,
      operation,
    });
  }
  const vendorStatus = cleanString(dto.status);
  const vendorSentiment = cleanString(dto.sentiment);
  const id = sessionId(dto, operation);
  const channel = cleanString(dto.channel?.type)?.toLowerCase();
  const contact = normalizeSessionContact(dto.contact, operation);
  // Documented as a string, yet numeric agent ids occur (OpenCX's widget code uses 555 for the
  // AI agent), so both forms end up as the same string.
  // https://docs.open.cx/api-reference/chat-sessions/get
  const assigneeId = idOf(dto.assignee_id, 'assignee_id', operation);
  // Both times may be null: OpenCX's 2024 OpenAPI document marks them nullable (the newest docs
  // do not). A null `created_at` leaves `createdAt` absent, so `since`/`until` compare `updatedAt`
  // (core's `recordTime`). A null (or unreadable) `updated_at` is read as "not changed since it was
  // created" and takes the creation time: an incremental sync that compares `updatedAt` with its
  // last run then still sees the session instead of skipping a record with no update time.
  // https://github.com/openchatai/opencx-oapi-ts/blob/9c4abd5/spec.json
  const createdAt = toUtcTimestamp(dto.created_at);
  const updatedAt = toUtcTimestamp(dto.updated_at) ?? createdAt;
  const sentiment = vendorSentiment ? SENTIMENTS.get(vendorSentiment) : undefined;
  const language = cleanString(dto.language);
  // No `botId`: the session payload does not say which AI agent (bot) served it. No `closedAt`:
  // the payload has no closing time; `updated_at` is not one (it moves on any change).
  const conversation: OpenCxConversation = {
    vendor: VENDOR,
    id,
    status: (vendorStatus && STATUSES.get(vendorStatus)) || 'unknown',
    vendorStatus,
    channel,
    contact,
    assigneeId,
    createdAt,
    updatedAt,
    sentiment,
    vendorSentiment,
    language,
    // `handoff` is sent only once a human took over; `ai_closure_type: handed_off` records the same
    // event on sessions closed that way, which may come without the `handoff` summary.
    // https://docs.open.cx/api-reference/chat-sessions/get
    handedOff:
      (dto.handoff !== undefined && dto.handoff !== null) || dto.ai_closure_type === 'handed_off',
    // Sessions carry no tags in this payload.
    tags: [],
    raw: dto,
  };
  // A listing normalizes every session of every page. A session with every field is the literal
  // as it is, one object and no copy; any other goes through `compact` (adding the keys one by one
  // instead would go through hidden classes that a full garbage collection drops once no session
  // is alive, throwing away the optimized code built on them).
  const complete =
    vendorStatus !== undefined &&
    channel !== undefined &&
    contact !== undefined &&
    assigneeId !== undefined &&
    createdAt !== undefined &&
    updatedAt !== undefined &&
    sentiment !== undefined &&
    vendorSentiment !== undefined &&
    language !== undefined;
  return complete ? conversation : compact(conversation);
}

/**
 * The id of a session; when OpenCX sent none (the spec requires one, so the payload is broken), one
 * derived from what identifies the session and does not change while it lives, so the same session
 * keeps its id after an update:
 * 1. when it was created (`created_at`), on which channel (`channel.type`), with which contact
 *    (`contact.id`);
 * 2. without `created_at`: its `ticket_number`, the number helpdesks know it by.
 * Status, closure, sentiment, assignee, `updated_at`, handoff, team and custom data change as the
 * session goes on; an id hashed from them would give the session a new id on every update, and an
 * upserting sync would duplicate it. A session with none of `id`, `created_at` and
 * `ticket_number` carries nothing that stays put: only then is its id derived from the whole
 * record (and it changes when the record does).
 */
function sessionId(dto: ChatSession, operation: string): string {
  const id = idOf(dto.id, 'id', operation);
  if (id !== undefined) return id;
  const createdAt = toUtcTimestamp(dto.created_at) ?? cleanString(dto.created_at);
  if (createdAt !== undefined) {
    const contact = isObject(dto.contact) ? dto.contact : undefined;
    return derivedId('opencx_session', {
      createdAt,
      channel: isObject(dto.channel) ? cleanString(dto.channel.type) : undefined,
      contactId: idOf(contact?.id, 'contact.id', operation),
    });
  }
  const ticketNumber = idOf(dto.ticket_number, 'ticket_number', operation);
  if (ticketNumber !== undefined) return derivedId('opencx_session', { ticketNumber });
  return derivedId('opencx_session', dto);
}

function normalizeSessionContact(
  contact: ChatSession['contact'] | null,
  operation: string,
): Contact | undefined {
  if (typeof contact !== 'object' || contact === null) return undefined;
  // A contact who has not verified their identity (e.g. an anonymous web-widget visitor) keeps what
  // they typed in `non_verified_name` / `non_verified_email`, while `name` / `email` stay null.
  // The verified values win; the unverified ones are still the best name and address we have.
  // https://docs.open.cx/api-reference/chat-sessions/list
  const id = idOf(contact.id, 'contact.id', operation);
  const name = cleanString(contact.name) ?? cleanString(contact.non_verified_name);
  const email = cleanString(contact.email) ?? cleanString(contact.non_verified_email);
  const phone = cleanString(contact.phone_number);
  // The whole literal when every detail is there (see normalizeChatSession), else `compact`.
  if (id !== undefined && name !== undefined && email !== undefined && phone !== undefined) {
    return { id, name, email, phone };
  }
  const normalized = compact({ id, name, email, phone });
  return Object.keys(normalized).length > 0 ? normalized : undefined;
}
