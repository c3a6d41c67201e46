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
import type { components } from './generated/schema.js';

export type ChatSession = components['schemas']['ChatSession'];

/** An OpenCX chat session in the botbridge model; `raw` is the vendor's `ChatSession`. */
export type OpenCxConversation = Conversation<ChatSession>;

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
    id: cleanString(dto.id) ?? derivedId('opencx_session', dto),
    status: (vendorStatus && STATUSES.get(vendorStatus)) || 'unknown',
    vendorStatus,
    channel: cleanString(dto.channel?.type)?.toLowerCase(),
    contact: normalizeContact(dto.contact),
    // The session payload does not say which AI agent (bot) served it.
    botId: undefined,
    // Documented as a string, yet numeric agent ids occur (OpenCX's widget code uses 555 for the
    // AI agent), so both forms end up as the same string.
    // https://docs.open.cx/api-reference/chat-sessions/get
    assigneeId: cleanString(dto.assignee_id),
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

function normalizeContact(contact: ChatSession['contact'] | null): Contact | undefined {
  if (typeof contact !== 'object' || contact === null) return undefined;
  // A contact who has not verified their identity (e.g. an anonymous web-widget visitor) keeps what
  // they typed in `non_verified_name` / `non_verified_email`, while `name` / `email` stay null.
  // The verified values win; the unverified ones are still the best name and address we have.
  // https://docs.open.cx/api-reference/chat-sessions/list
  const normalized = compact({
    id: cleanString(contact.id),
    name: cleanString(contact.name) ?? cleanString(contact.non_verified_name),
    email: cleanString(contact.email) ?? cleanString(contact.non_verified_email),
    phone: cleanString(contact.phone_number),
  });
  return Object.keys(normalized).length > 0 ? normalized : undefined;
}
