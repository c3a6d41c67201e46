/**
 * The messages of one chat-service session (GET /sessions/{sessionId}/messages).
 * https://developers.twin24.ai/reference/chatmessageslist
 */
import {
  type ArgumentChecks,
  argumentChecks,
  type CallOptions,
  checkPrefetch,
  type PrefetchOption,
  type PrefetchOptions,
} from '@botbridge/core';
import { checkSessionId, checkSort, PAGE_SIZE } from '../checks.js';
import type { Twin24Context } from '../context.js';
import type { operations } from '../generated/schema.js';
import { readListPage } from '../normalize/envelope.js';
import { normalizeMessage, type TwinMessage } from '../normalize/message.js';
import { VENDOR } from '../normalize/vendor.js';
import { paginateList } from '../pagination.js';
import { serviceUrlOf } from '../services.js';

/** @internal */
export type MessagesQuery = NonNullable<operations['listSessionMessages']['parameters']['query']>;

/** Filters of a session's message list besides the page and the date range. */
export interface Twin24MessageFilters {
  /**
   * The company the session belongs to. Twin says this is for callers without a user token; with
   * the usual JWT the company comes from the token.
   */
  companyId?: number;
}

/**
 * The query of a session's message list (GET /sessions/{sessionId}/messages).
 * https://developers.twin24.ai/reference/chatmessageslist
 */
export interface ListSessionMessagesParams extends Twin24MessageFilters {
  /**
   * Messages per page, an integer from 1 to 1000.
   * @default 10 for `listSessionMessages` (Twin's default; nothing is sent), the client's `pageSize` for `sessionMessages`
   */
  limit?: number;
  /**
   * Messages to skip, an integer ≥ 0.
   * @default 0
   */
  offset?: number;
  /** Only messages written at or after this instant (`Date` or ISO-8601 string). */
  from?: string | Date;
  /** Only messages written up to this instant, in the same forms as `from`. */
  to?: string | Date;
  /**
   * Comma-separated sort fields with optional `+`/`-` prefixes. Allowed names: createdAt, readAt.
   * @default Twin's own order (undocumented; nothing is sent) for `listSessionMessages`, 'createdAt' for `sessionMessages`
   */
  sort?: string;
  /**
   * Ask Twin not to count all messages (`count` is then `undefined`).
   * @default false
   */
  withoutCount?: boolean;
}

/** One page of a session's messages, normalized. */
export interface MessagePage {
  /** The messages of this page, ordered by `sort` (in Twin's undocumented order without one). */
  messages: TwinMessage[];
  /** Total messages matching the filters (all pages); `undefined` when Twin left it out. */
  count: number | undefined;
}

/** The client methods of a session's messages. */
export interface MessagesResource {
  /** One page of a session's messages (GET /sessions/{id}/messages), normalized. */
  listSessionMessages(
    sessionId: string,
    params?: ListSessionMessagesParams,
    options?: CallOptions,
  ): Promise<MessagePage>;
  /**
   * Every matching message of a session, page by page, oldest first unless `sort` says otherwise,
   * `prefetch` pages ahead (1 by default, see `PrefetchOption`; with Twin's `count`, that many
   * requests at once).
   */
  sessionMessages(
    sessionId: string,
    params?: Omit<ListSessionMessagesParams, 'offset'> & PrefetchOption,
    options?: CallOptions,
  ): AsyncIterable<TwinMessage>;
}

// The sort names the message list accepts, from the spec's `sort` pattern.
// https://developers.twin24.ai/reference/chatmessageslist
const MESSAGE_SORT = ['createdAt', 'readAt'];

export async function listSessionMessages(
  context: Twin24Context,
  sessionId: string,
  params: ListSessionMessagesParams = {},
  options: CallOptions = {},
): Promise<MessagePage> {
  const check = argumentChecks(VENDOR, 'listSessionMessages');
  const id = checkSessionId(check, 'sessionId', sessionId);
  return messagePage(context, id, checkMessageParams(check, params), options);
}

export function sessionMessages(
  context: Twin24Context,
  sessionId: string,
  params: Omit<ListSessionMessagesParams, 'offset'> & PrefetchOption = {},
  options: CallOptions = {},
): AsyncIterable<TwinMessage> {
  const check = argumentChecks(VENDOR, 'listSessionMessages');
  const id = checkSessionId(check, 'sessionId', sessionId);
  const limit = params.limit ?? context.pageSizes.messages;
  const query = checkMessageParams(check, { sort: 'createdAt', ...params, limit, offset: 0 });
  const reading = { prefetch: checkPrefetch(check, params.prefetch), signal: options.signal };
  return pageMessages(context, id, { ...query, limit }, reading, options);
}

/**
 * Every message of a session for a checked id and query, page by page from offset 0, read ahead
 * as `reading` says; `options` go with every request (its signal replaced by the page's own).
 * @internal
 */
export function pageMessages(
  context: Twin24Context,
  sessionId: string,
  query: MessagesQuery & { limit: number },
  reading: PrefetchOptions,
  options: CallOptions = {},
): AsyncIterable<TwinMessage> {
  const fetchPage = async (offset: number, signal: AbortSignal) => {
    const page = await messagePage(
      context,
      sessionId,
      { ...query, offset },
      { ...options, signal },
    );
    return { items: page.messages, count: page.count };
  };
  return paginateList('listSessionMessages', query.limit, fetchPage, reading);
}

async function messagePage(
  context: Twin24Context,
  sessionId: string,
  query: MessagesQuery,
  options: CallOptions,
): Promise<MessagePage> {
  const body = await context.call('listSessionMessages', () =>
    context.api.GET('/sessions/{sessionId}/messages', {
      baseUrl: serviceUrlOf(context.serviceUrls, 'listSessionMessages'),
      params: { path: { sessionId }, query },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  const { items, count } = readListPage(body, 'listSessionMessages');
  const start = query.offset ?? 0;
  const messages = items.map((item, i) =>
    normalizeMessage(item, { conversationId: sessionId, position: start + i }),
  );
  return { messages, count };
}

function checkMessageParams(
  check: ArgumentChecks,
  params: ListSessionMessagesParams,
): MessagesQuery {
  const [from, to] = check.window(['from', params.from], ['to', params.to]);
  return {
    limit: check.integer('limit', params.limit, PAGE_SIZE),
    offset: check.integer('offset', params.offset ?? 0, { min: 0 }),
    from,
    to,
    sort: checkSort(check, params.sort, MESSAGE_SORT, '-createdAt'),
    ...checkMessageFilters(check, params),
    withoutCount: check.boolean('withoutCount', params.withoutCount),
  };
}

/** Checks the message filters (shared by `listSessionMessages` and the `Source`). @internal */
export function checkMessageFilters(
  check: ArgumentChecks,
  filters: Twin24MessageFilters,
): MessagesQuery {
  return { companyId: check.integer('companyId', filters.companyId) };
}
