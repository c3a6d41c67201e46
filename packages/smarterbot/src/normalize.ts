import {
  type Conversation,
  cleanId,
  cleanString,
  compact,
  derivedId,
  type Lead,
  type Message,
  type MessageRole,
  toUtcTimestamp,
  VendorNormalizationError,
} from '@botbridge/core';
import type { components } from './generated/schema.js';

export type LeadRecord = components['schemas']['LeadRecord'];
export type LeadListResponse = components['schemas']['LeadListResponse'];

/** A SmarterBot lead or appointment in the botbridge model; `raw` is the vendor's record. */
export type SmarterBotLead = Lead<LeadRecord>;

export const VENDOR = 'smarterbot';

/**
 * SmarterBot runs on ASP.NET: a date it never set arrives as .NET's `DateTime.MinValue`,
 * `0001-01-01T00:00:00`, which means "no date", so it is read as absent. Other years are kept as
 * written (`0001` is never 1901).
 */
function timestamp(value: unknown): string | undefined {
  return toUtcTimestamp(value, { dotNetMinValueAsAbsent: true });
}

/**
 * A SmarterBot `SessionID` as the model's id: an int64, which the client receives as a string of
 * its exact digits when it is past 2^53 − 1 (see `cleanId`; a rounded number is a typed error).
 */
function sessionIdOf(value: unknown, operation: string): string | undefined {
  return cleanId(value, { vendor: VENDOR, operation, field: 'SessionID' });
}

/** Maps one LeadList record to a botbridge `Lead`. Pure. */
export function normalizeLead(record: LeadRecord): SmarterBotLead {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new VendorNormalizationError(
      `${VENDOR} listLeads: expected a lead record object, got ${record === null ? 'null' : Array.isArray(record) ? 'an array' : typeof record}`,
      { vendor: VENDOR, operation: 'listLeads' },
    );
  }
  // `Content` is the free text captured with the record; `Count` is undocumented and stays in raw.
  const content = cleanString(record.Content);
  const fields: Record<string, string> = content === undefined ? {} : { Content: content };
  const url = cleanString(record.URI);
  const conversationId = sessionIdOf(record.SessionID, 'listLeads');
  return compact({
    vendor: VENDOR,
    id: leadIdOf(record, conversationId),
    // `Type` is `Lead` or `Appointment`; anything else is kept as a plain lead (raw keeps the value).
    kind:
      cleanString(record.Type)?.toLowerCase() === 'appointment'
        ? ('appointment' as const)
        : ('lead' as const),
    // The vendor sends `""` for details the visitor did not give (typically `PhoneNumber`).
    contact: compact({
      name: cleanString(record.Name),
      email: cleanString(record.Email),
      phone: cleanString(record.PhoneNumber),
    }),
    conversationId,
    // The page URL usually comes without a scheme (`www.example.com/pricing`); kept as sent.
    source: url === undefined ? undefined : { url },
    // Microseconds and a local offset (`2023-11-23T18:36:21.512302-08:00`); converted to UTC.
    createdAt: timestamp(record.CreateTime),
    tags: [],
    fields,
    raw: record,
  });
}

/**
 * Reads the records out of a successful LeadList envelope: `Data` is the array (null means none).
 * Any other `Data` cannot be normalized.
 */
export function readLeadList(envelope: LeadListResponse, operation = 'listLeads'): LeadRecord[] {
  const data = dataOf(envelope, operation);
  if (data === null) return [];
  if (Array.isArray(data)) return data as LeadRecord[];
  throw new VendorNormalizationError(
    `${VENDOR} ${operation}: expected \`Data\` to be an array of leads`,
    { vendor: VENDOR, operation },
  );
}

/**
 * The `Data` of an envelope. The client reads it only after `checkEnvelope`, but these readers are
 * public: a body that is not an envelope at all is rejected here too, not read as a TypeError.
 */
function dataOf(envelope: unknown, operation: string): unknown {
  requireObject(envelope, operation, 'an envelope');
  return (envelope as { Data?: unknown }).Data;
}

/**
 * The id of a LeadList record. Records carry no id of their own and a session can hold several,
 * so the id is derived from what identifies a record and does not change once it is captured: its
 * session (`SessionID`) and the moment it was captured (`CreateTime`, in UTC, so a change of the
 * account's display offset does not move it). What the visitor gave (name, email, phone, content),
 * the page, the type and `Count` (undocumented; possibly a running counter) may be completed or
 * corrected later; an id hashed from them would give the same lead a new id, and an upserting sync
 * would duplicate it. A record without `CreateTime` cannot be told from the session's other
 * records by anything that stays put: only then is its id derived from the record (without
 * `Count`), and it changes when the record does.
 * https://chat.smarterbot.ai/guides/developer/api/lead
 */
function leadIdOf(record: LeadRecord, sessionId: string | undefined): string {
  const createdAt = timestamp(record.CreateTime) ?? nonDateText(record.CreateTime);
  if (createdAt === undefined) {
    const { Count: _count, ...rest } = record;
    return derivedId('smarterbot_lead', rest);
  }
  return derivedId('smarterbot_lead', { SessionID: sessionId, CreateTime: createdAt });
}

/**
 * A time we cannot read (not ISO-8601) still tells records apart, as written; .NET's "no date"
 * does not, and neither does a blank string.
 */
function nonDateText(value: unknown): string | undefined {
  const text = cleanString(value);
  if (text === undefined || toUtcTimestamp(text) !== undefined) return undefined;
  return text;
}

export type ChatSessionRecord = components['schemas']['ChatSessionRecord'];
export type ChatMessageRecord = components['schemas']['ChatMessageRecord'];
export type ChatHistoryResponse = components['schemas']['ChatHistoryResponse'];
export type MessageCountResponse = components['schemas']['MessageCountResponse'];

/** A SmarterBot conversation (chat session) in the botbridge model; `raw` is the session record. */
export type SmarterBotConversation = Conversation<ChatSessionRecord>;

/** A SmarterBot message in the botbridge model; `raw` is the vendor's `{ Type, Content }` turn. */
export type SmarterBotMessage = Message<ChatMessageRecord>;

/** One ChatContentHistory session: the conversation and its messages in order. */
export interface SmarterBotSession {
  conversation: SmarterBotConversation;
  messages: SmarterBotMessage[];
}

/** Where a message sits: the conversation it belongs to and its 0-based turn number. */
export interface MessagePosition {
  conversationId: string;
  position: number;
}

function requireObject(value: unknown, operation: string, what: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new VendorNormalizationError(
      `${VENDOR} ${operation}: expected ${what} object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`,
      { vendor: VENDOR, operation },
    );
  }
}

/**
 * The conversation id of a ChatContentHistory session: its `SessionID` (an integer, the same value
 * LeadList records carry; exact past 2^53 − 1, see `cleanId`), or, when a session comes without
 * one, an id derived from what does not change while the chat goes on: its start (`CreateTime`, in
 * UTC). Not its turns: a session can be listed before its first turn (`Messages: null`) and grows
 * after. Not the page (`URI`), whose meaning is undocumented and which may follow the visitor.
 * Only a session without a start falls back on its page and opening turn, all there is then.
 * https://newoaks.ai/guides/developer/api/get-message-history
 */
export function conversationIdOf(record: ChatSessionRecord): string {
  requireObject(record, 'getChatHistory', 'a chat session');
  const id = sessionIdOf(record.SessionID, 'getChatHistory');
  if (id !== undefined) return id;
  const createdAt = timestamp(record.CreateTime) ?? nonDateText(record.CreateTime);
  if (createdAt !== undefined)
    return derivedId('smarterbot_conversation', { CreateTime: createdAt });
  const turns: unknown = record.Messages;
  const opening = Array.isArray(turns) ? turns[0] : undefined;
  const first = isPlainObject(opening)
    ? { Type: opening.Type ?? null, Content: opening.Content ?? null }
    : (opening ?? null);
  return derivedId('smarterbot_conversation', { URI: record.URI ?? null, first });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Maps one ChatContentHistory session to a botbridge `Conversation`. Pure. `serialNumber` (the
 * chatbot the history was read for) becomes `botId`; the payload does not repeat it.
 */
export function normalizeConversation(
  record: ChatSessionRecord,
  serialNumber?: string,
): SmarterBotConversation {
  requireObject(record, 'getChatHistory', 'a chat session');
  const messages: unknown = record.Messages;
  return compact({
    vendor: VENDOR,
    id: conversationIdOf(record),
    // The history has no status field (nor any open/closed notion), so every session is 'unknown'.
    // https://newoaks.ai/guides/developer/api/get-message-history
    status: 'unknown' as const,
    botId: cleanString(serialNumber),
    // Microseconds and `Z` or a local offset (`2025-02-03T10:02:47.518204-08:00`); UTC with ms.
    createdAt: timestamp(record.CreateTime),
    // `Messages: null` is how the vendor sends a session without turns (spec `nullMessages`).
    messageCount: Array.isArray(messages) ? messages.length : messages === null ? 0 : undefined,
    tags: [],
    raw: record,
  });
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
  return compact({
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
    // The text exactly as sent (inner whitespace and line breaks are the message); blank is none.
    text: typeof content === 'string' && content.trim() !== '' ? content : undefined,
    attachments: [],
    raw: record,
  });
}

// `AI` is the chatbot, `User` the visitor; there is no human-agent type in the docs. Anything else
// (a future type, null) is kept as a system message with the vendor's value in `vendorRole`.
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

/** Maps one ChatContentHistory session to its conversation and messages, in order. Pure. */
export function normalizeChatSession(
  record: ChatSessionRecord,
  serialNumber?: string,
): SmarterBotSession {
  const conversation = normalizeConversation(record, serialNumber);
  const turns: unknown = record.Messages;
  if (turns !== null && turns !== undefined && !Array.isArray(turns)) {
    throw new VendorNormalizationError(
      `${VENDOR} getChatHistory: expected \`Messages\` to be an array of turns`,
      { vendor: VENDOR, operation: 'getChatHistory' },
    );
  }
  const messages = (turns ?? []).map((turn: ChatMessageRecord, position: number) =>
    normalizeMessage(turn, { conversationId: conversation.id, position }),
  );
  return { conversation, messages };
}

/**
 * Reads the sessions out of a successful ChatContentHistory envelope: `Data` is the array (null
 * means none). Any other `Data` cannot be normalized.
 */
export function readChatHistory(
  envelope: ChatHistoryResponse,
  operation = 'getChatHistory',
): ChatSessionRecord[] {
  const data = dataOf(envelope, operation);
  if (data === null) return [];
  if (Array.isArray(data)) return data as ChatSessionRecord[];
  throw new VendorNormalizationError(
    `${VENDOR} ${operation}: expected \`Data\` to be an array of sessions`,
    { vendor: VENDOR, operation },
  );
}

/** Reads the count out of a successful GetMessageCountByChatbot envelope: an integer ≥ 0. */
export function readMessageCount(
  envelope: MessageCountResponse,
  operation = 'getMessageCount',
): number {
  const data = dataOf(envelope, operation);
  if (typeof data === 'number' && Number.isSafeInteger(data) && data >= 0) return data;
  throw new VendorNormalizationError(
    `${VENDOR} ${operation}: expected \`Data\` to be a message count (an integer ≥ 0)`,
    { vendor: VENDOR, operation },
  );
}
