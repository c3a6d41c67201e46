import type { components } from '../generated/schema.js';
import type { ChatSession } from './conversation.js';
import { isObject, normalizationError } from './vendor.js';

type Schemas = components['schemas'];

export type ChatSessionList = Schemas['ChatSessionList'];
export type ChatSessionFilterPage = Schemas['ChatSessionFilterPage'];
export type ChatHistoryPage = Schemas['ChatHistoryPage'];
export type ContactList = Schemas['ContactList'];

/** A cursor page of `items` and `next`, as the list endpoints send it. @internal */
export interface CursorPage<T> {
  items: T[];
  /** `undefined` on the last page. */
  next: string | undefined;
}

/**
 * Reads the `{ items, next }` envelope of the cursor-paged endpoints (sessions, history, contacts).
 * `next` is required and null on the last page; a missing `next` is read the same way, anything but
 * a string or null is an envelope we cannot page on.
 * https://docs.open.cx/api-reference/chat-sessions/list
 * @internal
 */
export function readCursorPage<T>(
  body: { items?: T[] | null; next?: string | null } | null | undefined,
  operation: string,
): CursorPage<T> {
  if (isObject(body) && Array.isArray(body.items)) {
    const { next } = body;
    if (next === null || next === undefined || typeof next === 'string') {
      // An empty cursor would be sent as `cursor=` and restart the listing (the spec requires
      // `minLength: 1`), so it ends the listing like null.
      return { items: body.items, next: next === '' ? undefined : (next ?? undefined) };
    }
  }
  throw normalizationError(operation, 'expected an {items, next} page');
}

/** The page flags of `filterChatSessions`, read defensively. @internal */
export interface FilterPage {
  items: ChatSession[];
  page: number;
  limit: number;
  hasNext: boolean;
  hasPrevious: boolean;
}

/**
 * Reads the `{ data, page, limit, has_next, has_previous }` envelope of the filter endpoint (unlike
 * the cursor endpoints: `data`, not `items`). Without a boolean `has_next` we cannot tell whether to
 * go on, so that is an error; `page` and `limit` fall back to what was asked for.
 * https://docs.open.cx/api-reference/chat-sessions/filter
 * @internal
 */
export function readFilterPage(
  body: ChatSessionFilterPage | null | undefined,
  requested: { page: number; limit: number },
  operation = 'filterChatSessions',
): FilterPage {
  if (!isObject(body) || !Array.isArray(body.data) || typeof body.has_next !== 'boolean') {
    throw normalizationError(operation, 'expected a {data, page, limit, has_next} page');
  }
  const page = Number.isSafeInteger(body.page) && body.page >= 1 ? body.page : requested.page;
  return {
    items: body.data,
    page,
    limit: Number.isSafeInteger(body.limit) && body.limit >= 1 ? body.limit : requested.limit,
    hasNext: body.has_next,
    hasPrevious: typeof body.has_previous === 'boolean' ? body.has_previous : page > 1,
  };
}
