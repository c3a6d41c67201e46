import {
  type ConversationStatus,
  cleanId,
  cleanString,
  derivedId,
  toUtcTimestamp,
  VendorNormalizationError,
} from '@botbridge/core';

/** The vendor id of this package: the `vendor` of every Twin record, error and client. */
export const VENDOR = 'twin24';

/** An id field of a Twin payload (see `cleanId`: exact, or a typed error). */
export function idOf(value: unknown, field: string, operation: string): string | undefined {
  return cleanId(value, { vendor: VENDOR, operation, field });
}

export function expectObject(value: unknown, operation: string, what: string): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return;
  throw new VendorNormalizationError(
    `${VENDOR} ${operation}: expected ${what}, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`,
    { vendor: VENDOR, operation },
  );
}

// Twin does not document its session status values (the search page lists `status` as a plain
// string; the spec examples show `ACTIVE` and `CLOSED`). We map the names that plainly mean one
// state and otherwise fall back to `closedAt`.
// https://developers.twin24.ai/reference/searchchatsessionlist
const CLOSED_STATUSES = new Set(['closed', 'finished', 'archived']);
const OPEN_STATUSES = new Set(['open', 'active', 'new', 'in_progress']);

/** The model status of a Twin session status (search item or chat-service session). */
export function statusOf(vendorStatus: string | undefined, closed: boolean): ConversationStatus {
  const key = vendorStatus?.toLowerCase().replace(/[\s-]+/g, '_');
  if (key !== undefined && CLOSED_STATUSES.has(key)) return 'closed';
  if (key !== undefined && OPEN_STATUSES.has(key)) return 'open';
  return closed ? 'closed' : 'unknown';
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
export function derivedSessionId(
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
