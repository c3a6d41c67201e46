import { type Conversation, cleanString, compact, toUtcTimestamp } from '@botbridge/core';
import type { components } from '../generated/schema.js';
import { derivedSessionId, expectObject, idOf, statusOf, VENDOR } from './vendor.js';

/** A session of the chat service (`GET /sessions`, `GET /sessions/{id}`). */
export type ChatSession = components['schemas']['Session'];

/** A chat-service session in the botbridge model; `raw` is the vendor's `Session`. */
export type TwinSessionConversation = Conversation<ChatSession>;

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

// `operators` comes as an array of operator objects or as a JSON-encoded string of that array:
// the vendor SDK's operator list takes both (`OperatorList::__construct(array|string)`), and the
// spec accepts both. A string is decoded here. Only object entries count as operators, so
// `"[null]"` or `"[1]"` invents none; `null` is no operators; anything else (a string that is not
// a JSON array) is unreadable: `undefined`, which tells nothing, rather than an error for the whole
// session. `raw` keeps the value as sent either way.
// https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/Chat/V1/Response/Entity/Sessions/OperatorList.php
function operatorsOf(value: unknown): object[] | undefined {
  let list = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (list === null) return [];
  if (!Array.isArray(list)) return undefined;
  return list.filter(
    (entry: unknown): entry is object =>
      typeof entry === 'object' && entry !== null && !Array.isArray(entry),
  );
}

// An operator took over when one is assigned now or ever was (`operators` is the history).
// Fields sent as null mean "no operator"; fields left out entirely, or an unreadable `operators`,
// tell nothing.
function sessionHandedOff(session: ChatSession): boolean | undefined {
  if (cleanString(session.operatorId) !== undefined) return true;
  if (cleanString(session.operatorAssignedAt) !== undefined) return true;
  const operators = 'operators' in session ? operatorsOf(session.operators) : undefined;
  if (operators !== undefined && operators.length > 0) return true;
  const sent =
    'operatorId' in session || 'operatorAssignedAt' in session || operators !== undefined;
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
