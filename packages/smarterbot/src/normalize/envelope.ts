import { VendorNormalizationError } from '@botbridge/core';
import type { components } from '../generated/schema.js';
import type { ChatSessionRecord } from './conversation.js';
import type { LeadRecord } from './lead.js';
import { requireObject, VENDOR } from './vendor.js';

/**
 * The body of LeadList: the `{Data, Success, Code, Message}` envelope, `Data` the lead records
 * (null for none). https://chat.smarterbot.ai/guides/developer/api/lead
 */
export type LeadListResponse = components['schemas']['LeadListResponse'];
/**
 * The body of ChatContentHistory: the envelope, `Data` the sessions with their turns (null for
 * none). https://newoaks.ai/guides/developer/api/get-message-history
 */
export type ChatHistoryResponse = components['schemas']['ChatHistoryResponse'];
/**
 * The body of GetMessageCountByChatbot: the envelope, `Data` the chatbot's message count.
 * https://newoaks.ai/guides/developer/api/get-chatbot-messages-count
 */
export type MessageCountResponse = components['schemas']['MessageCountResponse'];

/**
 * The `Data` of an envelope. The client reads it only after `checkEnvelope`, but these readers are
 * public: a body that is not an envelope at all is rejected here too, not read as a TypeError.
 */
function dataOf(envelope: unknown, operation: string): unknown {
  requireObject(envelope, operation, 'an envelope');
  return (envelope as { Data?: unknown }).Data;
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
