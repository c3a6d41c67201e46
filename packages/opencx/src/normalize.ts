import {
  type Attachment,
  type Contact,
  type Conversation,
  type ConversationStatus,
  cleanId,
  cleanString,
  compact,
  derivedId,
  type Message,
  type MessageRole,
  type Sentiment,
  toUtcTimestamp,
  VendorNormalizationError,
} from '@botbridge/core';
import type { components } from './generated/schema.js';

type Schemas = components['schemas'];

export type ChatSession = Schemas['ChatSession'];
export type ChatSessionList = Schemas['ChatSessionList'];
export type ChatSessionFilterPage = Schemas['ChatSessionFilterPage'];
export type ChatHistoryItem = Schemas['ChatHistoryItem'];
export type ChatHistoryPage = Schemas['ChatHistoryPage'];
/** A contact as `GET /contacts` returns it (named so to keep core's `Contact` unambiguous). */
export type ContactDto = Schemas['Contact'];
export type ContactList = Schemas['ContactList'];
export type SessionStatus = Schemas['SessionStatus'];
export type ChannelType = Schemas['ChannelType'];

/** An OpenCX chat session in the botbridge model; `raw` is the vendor's `ChatSession`. */
export type OpenCxConversation = Conversation<ChatSession>;

/** One entry of a session's history in the botbridge model; `raw` is the vendor's item. */
export type OpenCxMessage = Message<ChatHistoryItem>;

/**
 * A contact of `GET /contacts`: core's `Contact` fields plus its timestamps and the vendor payload.
 *
 * Core has no contact *record* model: `Contact` is the person embedded in a lead or conversation,
 * and `Source` has no contacts resource because OpenCX is the only vendor with a standalone contact
 * listing. So this type lives here, shaped like core's `Contact` so it can be used wherever one is.
 */
export type OpenCxContactRecord = Contact & {
  createdAt?: string;
  updatedAt?: string;
  raw: ContactDto;
};

export const VENDOR = 'opencx';

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
  return compact({
    vendor: VENDOR,
    id: sessionId(dto, operation),
    status: (vendorStatus && STATUSES.get(vendorStatus)) || 'unknown',
    vendorStatus,
    channel: cleanString(dto.channel?.type)?.toLowerCase(),
    contact: normalizeSessionContact(dto.contact, operation),
    // The session payload does not say which AI agent (bot) served it.
    botId: undefined,
    // Documented as a string, yet numeric agent ids occur (OpenCX's widget code uses 555 for the
    // AI agent), so both forms end up as the same string.
    // https://docs.open.cx/api-reference/chat-sessions/get
    assigneeId: idOf(dto.assignee_id, 'assignee_id', operation),
    createdAt: toUtcTimestamp(dto.created_at),
    updatedAt: toUtcTimestamp(dto.updated_at),
    // The session payload has no closing time; `updated_at` is not one (it moves on any change).
    closedAt: undefined,
    sentiment: vendorSentiment ? SENTIMENTS.get(vendorSentiment) : undefined,
    vendorSentiment,
    language: cleanString(dto.language),
    // `handoff` is sent only once a human took over; `ai_closure_type: handed_off` records the same
    // event on sessions closed that way, which may come without the `handoff` summary.
    // https://docs.open.cx/api-reference/chat-sessions/get
    handedOff:
      (dto.handoff !== undefined && dto.handoff !== null) || dto.ai_closure_type === 'handed_off',
    // Sessions carry no tags in this payload.
    tags: [],
    raw: dto,
  });
}

/** An id field of an OpenCX payload (see `cleanId`: exact, or a typed error). */
function idOf(value: unknown, field: string, operation: string): string | undefined {
  return cleanId(value, { vendor: VENDOR, operation, field });
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
  const normalized = compact({
    id: idOf(contact.id, 'contact.id', operation),
    name: cleanString(contact.name) ?? cleanString(contact.non_verified_name),
    email: cleanString(contact.email) ?? cleanString(contact.non_verified_email),
    phone: cleanString(contact.phone_number),
  });
  return Object.keys(normalized).length > 0 ? normalized : undefined;
}

/**
 * Maps an OpenCX contact of `GET /contacts` to a `Contact`-shaped record. Pure. A contact without an
 * id keeps none: unlike a message, a contact is edited over time, so an id derived from its fields
 * would change with every edit and mislead anyone upserting by it.
 * https://openchat.mintlify.app/api-reference/contacts/list
 */
export function normalizeContactRecord(
  dto: ContactDto,
  operation = 'listContacts',
): OpenCxContactRecord {
  if (!isObject(dto)) throw normalizationError(operation, 'expected a contact object');
  return compact({
    id: idOf(dto.id, 'id', operation),
    name: cleanString(dto.name),
    email: cleanString(dto.email),
    phone: cleanString(dto.phone_number),
    // Documented as plain strings without a date-time format; ISO 8601 in every example.
    createdAt: toUtcTimestamp(dto.created_at),
    updatedAt: toUtcTimestamp(dto.updated_at),
    raw: dto,
  });
}

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
  return compact({
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
    vendorRole: senderType ?? eventType,
    text,
    attachments: Array.isArray(event?.attachments)
      ? event.attachments.filter(isObject).map(normalizeAttachment)
      : [],
    createdAt,
    raw: item,
  });
}

function normalizeAttachment(attachment: Schemas['ChatHistoryAttachment']): Attachment {
  return compact({
    name: cleanString(attachment.name),
    url: cleanString(attachment.url),
    type: cleanString(attachment.type),
  });
}

/** A cursor page of `items` and `next`, as the list endpoints send it. @internal */
export interface CursorPage<T> {
  items: T[];
  /** `undefined` on the last page. */
  next: string | undefined;
}

/**
 * Reads the `{ items, next }` envelope of the cursor-paged endpoints (sessions, history, contacts).
 * `next` is required and null on the last page; a missing `next` is read the same way, anything but
 * a string or null is an envelope we cannot page on.
 * https://docs.open.cx/api-reference/chat-sessions/list
 * @internal
 */
export function readCursorPage<T>(
  body: { items?: T[] | null; next?: string | null } | null | undefined,
  operation: string,
): CursorPage<T> {
  if (isObject(body) && Array.isArray(body.items)) {
    const { next } = body;
    if (next === null || next === undefined || typeof next === 'string') {
      // An empty cursor would be sent as `cursor=` and restart the listing (the spec requires
      // `minLength: 1`), so it ends the listing like null.
      return { items: body.items, next: next === '' ? undefined : (next ?? undefined) };
    }
  }
  throw normalizationError(operation, 'expected an {items, next} page');
}

/** The page flags of `filterChatSessions`, read defensively. @internal */
export interface FilterPage {
  items: ChatSession[];
  page: number;
  limit: number;
  hasNext: boolean;
  hasPrevious: boolean;
}

/**
 * Reads the `{ data, page, limit, has_next, has_previous }` envelope of the filter endpoint (unlike
 * the cursor endpoints: `data`, not `items`). Without a boolean `has_next` we cannot tell whether to
 * go on, so that is an error; `page` and `limit` fall back to what was asked for.
 * https://docs.open.cx/api-reference/chat-sessions/filter
 * @internal
 */
export function readFilterPage(
  body: ChatSessionFilterPage | null | undefined,
  requested: { page: number; limit: number },
  operation = 'filterChatSessions',
): FilterPage {
  if (!isObject(body) || !Array.isArray(body.data) || typeof body.has_next !== 'boolean') {
    throw normalizationError(operation, 'expected a {data, page, limit, has_next} page');
  }
  const page = Number.isSafeInteger(body.page) && body.page >= 1 ? body.page : requested.page;
  return {
    items: body.data,
    page,
    limit: Number.isSafeInteger(body.limit) && body.limit >= 1 ? body.limit : requested.limit,
    hasNext: body.has_next,
    hasPrevious: typeof body.has_previous === 'boolean' ? body.has_previous : page > 1,
  };
}

function isObject<T>(value: T): value is T & object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function normalizationError(operation: string, expected: string) {
  return new VendorNormalizationError(`${VENDOR} ${operation}: ${expected}`, {
    vendor: VENDOR,
    operation,
  });
}
