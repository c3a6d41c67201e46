import {
  type Attachment,
  type Conversation,
  type ConversationStatus,
  cleanId,
  cleanString,
  compact,
  derivedId,
  type Message,
  type MessageRole,
  toUtcTimestamp,
  VendorNormalizationError,
} from '@botbridge/core';
import type { components } from './generated/schema.js';

export type ChatSessionField = components['schemas']['ChatSessionField'];
export type ChatSessionSearchItem = components['schemas']['ChatSessionSearchItem'];
export type ChatSessionSearchResult = components['schemas']['ChatSessionSearchResult'];
/** A session of the chat service (`GET /sessions`, `GET /sessions/{id}`). */
export type ChatSession = components['schemas']['Session'];
export type ChatSessionList = components['schemas']['SessionList'];
/** A message of the chat service (`GET /sessions/{id}/messages`). */
export type ChatMessage = components['schemas']['Message'];
export type ChatMessageList = components['schemas']['MessageList'];

/** A Twin chat session in the botbridge model; `raw` is the vendor's search item. */
export type TwinConversation = Conversation<ChatSessionSearchItem>;
/** A chat-service session in the botbridge model; `raw` is the vendor's `Session`. */
export type TwinSessionConversation = Conversation<ChatSession>;
/** A chat-service message in the botbridge model; `raw` is the vendor's `Message`. */
export type TwinMessage = Message<ChatMessage>;

export const VENDOR = 'twin24';

/**
 * The session fields `normalizeChatSession` reads. Twin returns only the fields a search asks for,
 * so these are requested when the caller names none.
 */
export const DEFAULT_SESSION_FIELDS: readonly ChatSessionField[] = [
  'id',
  'status',
  'closedAt',
  'messengerType',
  'clientId',
  'name',
  'botId',
  'userId',
  'createdAt',
  'updatedAt',
  'lastMessageCreatedAt',
  'operatorAssignedAt',
  'takenByOperatorAt',
  'operatorMessageCount',
  'clientMessageCount',
  'botMessageCount',
];

// Twin does not document its session status values (the search page lists `status` as a plain
// string; the spec examples show `ACTIVE` and `CLOSED`). We map the names that plainly mean one
// state and otherwise fall back to `closedAt`.
// https://developers.twin24.ai/reference/searchchatsessionlist
const CLOSED_STATUSES = new Set(['closed', 'finished', 'archived']);
const OPEN_STATUSES = new Set(['open', 'active', 'new', 'in_progress']);

// Fields that tell whether an operator took over. Twin returns only requested fields, so a field
// that is absent tells us nothing, while a requested-but-empty one means "no operator".
const HANDOFF_FIELDS = ['operatorAssignedAt', 'takenByOperatorAt', 'operatorMessageCount'] as const;

/** Maps one item of Twin's chat-session search to a botbridge `Conversation`. Pure. */
export function normalizeChatSession(item: ChatSessionSearchItem): TwinConversation {
  const operation = 'searchChatSessions';
  expectObject(item, operation, 'a chat session object');
  const vendorStatus = cleanString(item.status);
  const contact = compact({
    id: idOf(item.clientId, 'clientId', operation),
    name: cleanString(item.name),
  });
  return compact({
    vendor: VENDOR,
    id:
      idOf(item.id, 'id', operation) ??
      derivedSessionId(
        item,
        { chatId: item.chatId, clientId: item.clientId, start: item.createdAt },
        operation,
      ),
    status: statusOf(vendorStatus, cleanString(item.closedAt) !== undefined),
    vendorStatus,
    // Twin sends messenger types upper-case (`TELEGRAM`, `WHATSAPP`); the model uses lower case.
    channel: cleanString(item.messengerType)?.toLowerCase(),
    contact: Object.keys(contact).length > 0 ? contact : undefined,
    botId: idOf(item.botId, 'botId', operation),
    // `userId` is the IAM user (operator) linked to the session, an integer in Twin's IAM.
    assigneeId: idOf(item.userId, 'userId', operation),
    // Twin's timestamps carry offsets (`+03:00` in the spec examples); the model is UTC.
    createdAt: toUtcTimestamp(item.createdAt),
    updatedAt: toUtcTimestamp(item.updatedAt),
    lastMessageAt: toUtcTimestamp(item.lastMessageCreatedAt),
    closedAt: toUtcTimestamp(item.closedAt),
    handedOff: handedOffOf(item),
    messageCount: messageCountOf(item),
    tags: [],
    raw: item,
  });
}

/**
 * Maps a session of Twin's chat service (the operator-side list and `GET /sessions/{id}`) to a
 * botbridge `Conversation`. Its shape differs from the analyse search item: it has `startedAt`
 * instead of `createdAt`, the operator as `operatorId` and an `operators` history, and `tags` as
 * one string. Pure. https://developers.twin24.ai/reference/operatorchatsessionlist
 */
export function normalizeSession(
  session: ChatSession,
  operation = 'listSessions',
): TwinSessionConversation {
  expectObject(session, operation, 'a chat session object');
  const vendorStatus = cleanString(session.status);
  const contact = compact({
    id: idOf(session.clientId, 'clientId', operation),
    name: cleanString(session.name),
  });
  return compact({
    vendor: VENDOR,
    id:
      idOf(session.id, 'id', operation) ??
      derivedSessionId(
        session,
        { chatId: session.chatId, clientId: session.clientId, start: session.startedAt },
        operation,
      ),
    // Same undocumented status vocabulary as the search, so the same mapping; a session carries
    // no `closedAt` to fall back on. https://developers.twin24.ai/reference/operatorchatsessionlist
    status: statusOf(vendorStatus, false),
    vendorStatus,
    // `messengerType` (`TELEGRAM`) is the precise channel; `channel` is its older, lower-case twin.
    channel: (cleanString(session.messengerType) ?? cleanString(session.channel))?.toLowerCase(),
    // `clientId` is `mixed` in the vendor SDK: messenger clients arrive as numbers.
    contact: Object.keys(contact).length > 0 ? contact : undefined,
    assigneeId: idOf(session.operatorId, 'operatorId', operation),
    // A chat-service session has no `createdAt`; it starts when the client opens the chat.
    createdAt: toUtcTimestamp(session.startedAt),
    lastMessageAt: toUtcTimestamp(session.lastMessageCreatedAt),
    handedOff: sessionHandedOff(session),
    // The chat service reports no message totals (only unread client messages), so no
    // `messageCount`; and no bot id or close time either.
    tags: splitTags(session.tags),
    raw: session,
  });
}

/** An id field of a Twin payload (see `cleanId`: exact, or a typed error). */
function idOf(value: unknown, field: string, operation: string): string | undefined {
  return cleanId(value, { vendor: VENDOR, operation, field });
}

/**
 * The id of a session Twin sent without one (search item or chat-service session): derived from
 * what identifies it and does not change while it lives, the chat (`chatId`), the client
 * (`clientId`) and the moment it started (`createdAt` of a search item, `startedAt` of a
 * chat-service session), so the same session keeps its id after an update. Everything else
 * (status, counts, operators, last message, `updatedAt`, `closedAt`) changes as the session goes
 * on; an id hashed from it would give the session a new id on every update, and an upserting sync
 * would duplicate it. Without its start a session cannot be told from the client's other sessions
 * in the chat: only then is its id derived from the whole record (and it changes when the record
 * does). For search items, keep `id` or `createdAt` among the requested `fields`.
 */
function derivedSessionId(
  record: object,
  identity: { chatId: unknown; clientId: unknown; start: unknown },
  operation: string,
): string {
  const startedAt = toUtcTimestamp(identity.start) ?? cleanString(identity.start);
  if (startedAt === undefined) return derivedId('twin24_session', record);
  return derivedId('twin24_session', {
    chatId: idOf(identity.chatId, 'chatId', operation),
    clientId: idOf(identity.clientId, 'clientId', operation),
    startedAt,
  });
}

// The vendor SDK accepts `operators` either as an array or as a JSON-encoded string of one
// (SessionInfo::$operators), so both are read; a string that does not decode to an array counts as
// no operators rather than failing the whole session.
// https://github.com/URALINNOVATSIYA/sdk-php (src/Http/Chat/V1/Entities/SessionInfo.php)
function operatorsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string') return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

// An operator took over when one is assigned now or ever was (`operators` is the history).
// Fields sent as null mean "no operator"; fields left out entirely tell nothing.
function sessionHandedOff(session: ChatSession): boolean | undefined {
  if (cleanString(session.operatorId) !== undefined) return true;
  if (cleanString(session.operatorAssignedAt) !== undefined) return true;
  if (operatorsOf(session.operators as unknown).length > 0) return true;
  const sent = ['operatorId', 'operatorAssignedAt', 'operators'].some((key) => key in session);
  return sent ? false : undefined;
}

// Twin documents `tags` as one string; the examples and the `tags` filter use commas.
// https://developers.twin24.ai/reference/operatorchatsessionlist
function splitTags(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  const tags = value
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

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

function expectObject(value: unknown, operation: string, what: string): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return;
  throw new VendorNormalizationError(
    `${VENDOR} ${operation}: expected ${what}, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`,
    { vendor: VENDOR, operation },
  );
}

function statusOf(vendorStatus: string | undefined, closed: boolean): ConversationStatus {
  const key = vendorStatus?.toLowerCase().replace(/[\s-]+/g, '_');
  if (key !== undefined && CLOSED_STATUSES.has(key)) return 'closed';
  if (key !== undefined && OPEN_STATUSES.has(key)) return 'open';
  return closed ? 'closed' : 'unknown';
}

function handedOffOf(item: ChatSessionSearchItem): boolean | undefined {
  if (cleanString(item.operatorAssignedAt) !== undefined) return true;
  if (cleanString(item.takenByOperatorAt) !== undefined) return true;
  const operatorMessages = item.operatorMessageCount;
  if (typeof operatorMessages === 'number' && operatorMessages > 0) return true;
  return HANDOFF_FIELDS.every((field) => item[field] !== undefined) ? false : undefined;
}

// The counts are integers ≥ 0 in the spec. One that is not (negative, fractional, past 2^53) is
// not a count we can add up, so it is left out like a missing one.
function messageCountOf(item: ChatSessionSearchItem): number | undefined {
  const counts = [item.clientMessageCount, item.botMessageCount, item.operatorMessageCount].filter(
    (count): count is number => Number.isSafeInteger(count) && (count as number) >= 0,
  );
  return counts.length > 0 ? counts.reduce((sum, count) => sum + count, 0) : undefined;
}

/**
 * Checks the `{count, items}` page Twin's search answers with. The success body is undocumented
 * (the shape is inferred from Twin's other list endpoints), so a missing or non-numeric `count`
 * is tolerated and reported as `undefined`; without `items` the page is unusable.
 */
export function readSearchResult(
  body: ChatSessionSearchResult | null | undefined,
  operation = 'searchChatSessions',
): { items: ChatSessionSearchItem[]; count: number | undefined } {
  return readListPage(body, operation);
}

/**
 * Checks a `{count, items}` page of any Twin list (the search, sessions, messages). `count` is
 * optional on the chat service (left out for `withoutCount=true`) and undocumented on the search,
 * so a missing or non-numeric one is `undefined`; without `items` the page is unusable.
 * https://developers.twin24.ai/reference/operatorchatsessionlist
 */
export function readListPage<T>(
  body: { count?: unknown; items: T[] } | null | undefined,
  operation: string,
): { items: T[]; count: number | undefined } {
  if (typeof body === 'object' && body !== null && Array.isArray(body.items)) {
    const count = body.count;
    return {
      items: body.items,
      count: typeof count === 'number' && Number.isFinite(count) ? count : undefined,
    };
  }
  throw new VendorNormalizationError(`${VENDOR} ${operation}: expected a {count, items} page`, {
    vendor: VENDOR,
    operation,
  });
}
