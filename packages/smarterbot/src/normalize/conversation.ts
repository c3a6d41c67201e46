import { type Conversation, cleanString, compact, derivedId } from '@botbridge/core';
import type { components } from '../generated/schema.js';
import {
  isPlainObject,
  nonDateText,
  requireObject,
  sessionIdOf,
  timestamp,
  VENDOR,
} from './vendor.js';

/**
 * One session of ChatContentHistory as SmarterBot sends it: `SessionID`, `CreateTime`, `URI` and
 * its turns (`Messages`, null for a session without any).
 * https://newoaks.ai/guides/developer/api/get-message-history
 */
export type ChatSessionRecord = components['schemas']['ChatSessionRecord'];

/** A SmarterBot conversation (chat session) in the botbridge model; `raw` is the session record. */
export type SmarterBotConversation = Conversation<ChatSessionRecord>;

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
  const botId = cleanString(serialNumber);
  const createdAt = timestamp(record.CreateTime);
  // `Messages: null` is how the vendor sends a session without turns (spec `nullMessages`).
  const messageCount = Array.isArray(messages)
    ? messages.length
    : messages === null
      ? 0
      : undefined;
  const conversation: SmarterBotConversation = {
    vendor: VENDOR,
    id: conversationIdOf(record),
    // The history has no status field (nor any open/closed notion), so every session is 'unknown'.
    // https://newoaks.ai/guides/developer/api/get-message-history
    status: 'unknown',
    botId,
    // Microseconds and `Z` or a local offset (`2025-02-03T10:02:47.518204-08:00`); UTC with ms.
    createdAt,
    messageCount,
    tags: [],
    raw: record,
  };
  // Nearly every session has all three: the literal is then the conversation as it is (see
  // normalizeLead).
  return botId !== undefined && createdAt !== undefined && messageCount !== undefined
    ? conversation
    : compact(conversation);
}
