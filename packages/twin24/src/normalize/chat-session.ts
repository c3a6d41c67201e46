import { type Conversation, cleanString, compact, toUtcTimestamp } from '@botbridge/core';
import type { components } from '../generated/schema.js';
import { derivedSessionId, expectObject, idOf, statusOf, VENDOR } from './vendor.js';

/**
 * The name of a session field the search can return, for `fields` (all listed in
 * `chatSessionFieldValues`). https://developers.twin24.ai/reference/searchchatsessionlist
 */
export type ChatSessionField = components['schemas']['ChatSessionField'];
/**
 * A session as the analyse service's search returns it. Twin sends only the fields asked for, so
 * any field may be absent. https://developers.twin24.ai/reference/searchchatsessionlist
 */
export type ChatSessionSearchItem = components['schemas']['ChatSessionSearchItem'];

/** A Twin chat session in the botbridge model; `raw` is the vendor's search item. */
export type TwinConversation = Conversation<ChatSessionSearchItem>;

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
