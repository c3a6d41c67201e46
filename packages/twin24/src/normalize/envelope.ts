import { VendorNormalizationError } from '@botbridge/core';
import type { components } from '../generated/schema.js';
import type { ChatSessionSearchItem } from './chat-session.js';
import { VENDOR } from './vendor.js';

/**
 * The body of the chat-session search (GET /search/chat/sessions): a `{count, items}` page. Twin
 * does not document it; the shape is inferred from its other lists.
 * https://developers.twin24.ai/reference/searchchatsessionlist
 */
export type ChatSessionSearchResult = components['schemas']['ChatSessionSearchResult'];
/**
 * The body of the chat service's session list (GET /sessions): a `{count, items}` page, `count`
 * left out with `withoutCount=true`. https://developers.twin24.ai/reference/operatorchatsessionlist
 */
export type ChatSessionList = components['schemas']['SessionList'];
/**
 * The body of a session's message list (GET /sessions/{sessionId}/messages): a `{count, items}`
 * page, `count` left out with `withoutCount=true`.
 * https://developers.twin24.ai/reference/chatmessageslist
 */
export type ChatMessageList = components['schemas']['MessageList'];

/**
 * Checks the `{count, items}` page Twin's search answers with. The success body is undocumented
 * (the shape is inferred from Twin's other list endpoints), so a missing or non-numeric `count`
 * is tolerated and reported as `undefined`; without `items` the page is unusable.
 */
export function readSearchResult(
  body: ChatSessionSearchResult | null | undefined,
  operation = 'searchChatSessions',
): {
  /** The sessions of this page, as sent. */
  items: ChatSessionSearchItem[];
  /** Matching sessions across all pages; `undefined` when missing or not a finite number. */
  count: number | undefined;
} {
  return readListPage(body, operation);
}

/**
 * Checks a `{count, items}` page of any Twin list (the search, sessions, messages). `count` is
 * optional on the chat service (left out for `withoutCount=true`) and undocumented on the search,
 * so a missing or non-numeric one is `undefined`; without `items` the page is unusable.
 * https://developers.twin24.ai/reference/operatorchatsessionlist
 */
export function readListPage<T>(
  body: { count?: unknown; items: T[] } | null | undefined,
  operation: string,
): {
  /** The records of this page, as sent. */
  items: T[];
  /** Matching records across all pages; `undefined` when missing or not a finite number. */
  count: number | undefined;
} {
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
