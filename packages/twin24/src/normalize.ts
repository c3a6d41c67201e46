import {
  type Conversation,
  type ConversationStatus,
  cleanString,
  compact,
  derivedId,
  toUtcTimestamp,
  VendorNormalizationError,
} from '@botbridge/core';
import type { components } from './generated/schema.js';

export type ChatSessionField = components['schemas']['ChatSessionField'];
export type ChatSessionSearchItem = components['schemas']['ChatSessionSearchItem'];
export type ChatSessionSearchResult = components['schemas']['ChatSessionSearchResult'];

/** A Twin chat session in the botbridge model; `raw` is the vendor's search item. */
export type TwinConversation = Conversation<ChatSessionSearchItem>;

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
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new VendorNormalizationError(
      `${VENDOR} searchChatSessions: expected a chat session object, got ${item === null ? 'null' : Array.isArray(item) ? 'an array' : typeof item}`,
      { vendor: VENDOR, operation: 'searchChatSessions' },
    );
  }
  const vendorStatus = cleanString(item.status);
  const contact = compact({ id: cleanString(item.clientId), name: cleanString(item.name) });
  return compact({
    vendor: VENDOR,
    id: cleanString(item.id) ?? derivedId('twin24_session', item),
    status: statusOf(vendorStatus, cleanString(item.closedAt) !== undefined),
    vendorStatus,
    // Twin sends messenger types upper-case (`TELEGRAM`, `WHATSAPP`); the model uses lower case.
    channel: cleanString(item.messengerType)?.toLowerCase(),
    contact: Object.keys(contact).length > 0 ? contact : undefined,
    botId: cleanString(item.botId),
    // `userId` is the IAM user (operator) linked to the session, an integer in Twin's IAM.
    assigneeId: cleanString(item.userId),
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

function messageCountOf(item: ChatSessionSearchItem): number | undefined {
  const counts = [item.clientMessageCount, item.botMessageCount, item.operatorMessageCount].filter(
    (count): count is number => typeof count === 'number' && Number.isFinite(count),
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
