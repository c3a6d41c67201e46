import { VendorNormalizationError } from '@botbridge/core';
import {
  type ChatSessionRecord,
  normalizeConversation,
  type SmarterBotConversation,
} from './conversation.js';
import { type ChatMessageRecord, normalizeMessage, type SmarterBotMessage } from './message.js';
import { VENDOR } from './vendor.js';

/** One ChatContentHistory session: the conversation and its messages in order. */
export interface SmarterBotSession {
  /** The session as a conversation. */
  conversation: SmarterBotConversation;
  /** The session's turns as messages, in order; empty for a session without turns. */
  messages: SmarterBotMessage[];
}

/** Maps one ChatContentHistory session to its conversation and messages, in order. Pure. */
export function normalizeChatSession(
  record: ChatSessionRecord,
  serialNumber?: string,
): SmarterBotSession {
  const conversation = normalizeConversation(record, serialNumber);
  const messages = turnsOf(record).map((turn, position) =>
    normalizeMessage(turn, { conversationId: conversation.id, position }),
  );
  return { conversation, messages };
}

/**
 * The turns of a session, in order: its `Messages` (`null` or absent means none). Anything else
 * cannot be normalized.
 * @internal
 */
export function turnsOf(record: ChatSessionRecord): ChatMessageRecord[] {
  const turns: unknown = record.Messages;
  if (turns === null || turns === undefined) return [];
  if (Array.isArray(turns)) return turns;
  throw new VendorNormalizationError(
    `${VENDOR} getChatHistory: expected \`Messages\` to be an array of turns`,
    { vendor: VENDOR, operation: 'getChatHistory' },
  );
}
