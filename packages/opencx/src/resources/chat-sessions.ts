/**
 * Chat sessions: one by id (`GET /chat/sessions/{session_id}`), the cursor listing
 * (`GET /chat/sessions`) and the filter search (`POST /chat/sessions/filter`, page numbers).
 * https://docs.open.cx/api-reference/chat-sessions/list
 */
import {
  type ArgumentChecks,
  argumentChecks,
  type CallOptions,
  checkPrefetch,
  type PrefetchOption,
  type PrefetchOptions,
} from '@botbridge/core';
import { checkCursor, checkSessionId } from '../checks.js';
import type { OpenCxContext } from '../context.js';
import {
  channelTypeValues,
  chatSessionFilterSortByValues,
  chatSessionFilterSortOrderValues,
  type components,
  type operations as OperationTypes,
  sessionStatusValues,
} from '../generated/schema.js';
import {
  type ChannelType,
  normalizeChatSession,
  type OpenCxConversation,
  type SessionStatus,
} from '../normalize/conversation.js';
import { readCursorPage, readFilterPage } from '../normalize/envelope.js';
import { VENDOR } from '../normalize/vendor.js';
import { byId, paginateCursor, paginatePageNumbers } from '../pagination.js';

/** Filters of `GET /chat/sessions`. Time bounds take a `Date` or an ISO-8601 string. */
export interface ChatSessionFilters {
  /**
   * Only sessions with this status (one of `sessionStatusValues`).
   * @default any status
   */
  status?: SessionStatus;
  /**
   * Only sessions on this channel (one of `channelTypeValues`).
   * @default any channel
   */
  channelType?: ChannelType;
  /**
   * Only sessions that were (`true`) or were not (`false`) handed off to a human agent.
   * @default either
   */
  handedOff?: boolean;
  /**
   * Only sessions created after this instant. Whether the bound is inclusive is not documented.
   * @default no lower bound
   */
  createdAfter?: string | Date;
  /**
   * Only sessions created before this instant.
   * @default no upper bound
   */
  createdBefore?: string | Date;
  /**
   * Only sessions last updated after this instant (the usual filter for incremental syncs).
   * @default no lower bound
   */
  updatedAfter?: string | Date;
  /**
   * Only sessions last updated before this instant.
   * @default no upper bound
   */
  updatedBefore?: string | Date;
}

/** The filters and page of `listChatSessions` (GET /chat/sessions). */
export interface ListChatSessionsParams extends ChatSessionFilters {
  /**
   * The `next` of the previous page, passed back unchanged (with the same filters).
   * @default the first page
   */
  cursor?: string;
}

/** One page of `listChatSessions`. */
export interface ChatSessionPage {
  /** The sessions of this page, normalized to conversations. */
  conversations: OpenCxConversation[];
  /** Pass as `cursor` for the following page; `undefined` on the last page. */
  next: string | undefined;
}

/** The body of `POST /chat/sessions/filter`, in camelCase. */
export interface FilterChatSessionsParams {
  /**
   * Filter criteria, sent as-is. OpenCX lists the kinds (date range, channels, status, sentiment,
   * tags, assignees, teams, contacts, language, custom data) but does not publish their keys, so
   * this is an open object. https://docs.open.cx/api-reference/chat-sessions/filter
   * @default no filters
   */
  filters?: Record<string, unknown>;
  /**
   * Sort field (one of `chatSessionFilterSortByValues`).
   * @default 'last_message_at' (OpenCX's default; nothing is sent)
   */
  sortBy?: components['schemas']['ChatSessionFilterSortBy'];
  /**
   * Sort direction.
   * @default 'desc' (OpenCX's default; nothing is sent)
   */
  sortOrder?: components['schemas']['ChatSessionFilterSortOrder'];
  /**
   * Page number, an integer ≥ 1.
   * @default 1 (OpenCX's default; nothing is sent)
   */
  page?: number;
  /**
   * Sessions per page, an integer from 1 to 100.
   * @default 25 for `filterChatSessions` (OpenCX's default; nothing is sent), 100 for
   * `filteredChatSessions` (fewer requests against the 100-per-minute rate limit)
   */
  limit?: number;
}

/** One page of `filterChatSessions`. There is no total count. */
export interface FilteredChatSessionPage {
  /** The sessions of this page, normalized to conversations. */
  conversations: OpenCxConversation[];
  /** This page's number (from 1): OpenCX's echo, else the number asked for. */
  page: number;
  /** Sessions per page: OpenCX's echo, else the limit asked for (25 when none was). */
  limit: number;
  /** Whether another page follows (`has_next`); with no total count, the only end signal. */
  hasNext: boolean;
  /** Whether a page comes before this one (`has_previous`; when absent, whether `page` > 1). */
  hasPrevious: boolean;
}

/** The chat-session methods of `OpenCxClient`. */
export interface ChatSessionsResource {
  /** One chat session by its id (a UUID), normalized to a conversation. */
  getChatSession(sessionId: string, options?: CallOptions): Promise<OpenCxConversation>;
  /** One page of chat sessions. */
  listChatSessions(
    params?: ListChatSessionsParams,
    options?: CallOptions,
  ): Promise<ChatSessionPage>;
  /**
   * Every matching chat session, page by page, the next page requested while the caller reads the
   * current one (`prefetch`, 1 by default, see `PrefetchOption`; 0 reads one page at a time).
   */
  chatSessions(
    params?: ChatSessionFilters & PrefetchOption,
    options?: CallOptions,
  ): AsyncIterable<OpenCxConversation>;
  /** One page of the filter search (`POST /chat/sessions/filter`, a read). */
  filterChatSessions(
    params?: FilterChatSessionsParams,
    options?: CallOptions,
  ): Promise<FilteredChatSessionPage>;
  /**
   * Every session of the filter search, page 1, 2, … until `has_next` is false, the next page
   * requested while the caller reads the current one (`prefetch`, see `PrefetchOption`).
   */
  filteredChatSessions(
    params?: Omit<FilterChatSessionsParams, 'page'> & PrefetchOption,
    options?: CallOptions,
  ): AsyncIterable<OpenCxConversation>;
}

/** The query of `GET /chat/sessions`, in the spec's snake_case. @internal */
export type SessionQuery = NonNullable<OperationTypes['listChatSessions']['parameters']['query']>;
type FilterBody = components['schemas']['ChatSessionFilterRequest'];

// The filter search's page size when iterating: OpenCX's maximum, so that fewer requests count
// against the 100-per-minute rate limit (a single page defaults to OpenCX's own 25).
const FILTERED_PAGE_SIZE = 100;

/** One chat session by its id (a UUID), normalized to a conversation. */
export async function getChatSession(
  context: OpenCxContext,
  sessionId: string,
  options: CallOptions = {},
): Promise<OpenCxConversation> {
  const id = checkSessionId(argumentChecks(VENDOR, 'getChatSession'), 'sessionId', sessionId);
  const body = await context.call('getChatSession', () =>
    context.api.GET('/chat/sessions/{session_id}', {
      params: { path: { session_id: id } },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  return normalizeChatSession(body);
}

/** One page of chat sessions. */
export async function listChatSessions(
  context: OpenCxContext,
  params: ListChatSessionsParams = {},
  options: CallOptions = {},
): Promise<ChatSessionPage> {
  const check = argumentChecks(VENDOR, 'listChatSessions');
  const query = checkSessionFilters(check, params);
  query.cursor = checkCursor(check, params.cursor);
  return sendSessions(context, query, options);
}

/** Every matching chat session, page by page, `prefetch` pages ahead. */
export function chatSessions(
  context: OpenCxContext,
  params: ChatSessionFilters & PrefetchOption = {},
  options: CallOptions = {},
): AsyncIterable<OpenCxConversation> {
  const check = argumentChecks(VENDOR, 'chatSessions');
  const query = checkSessionFilters(check, params);
  const prefetch = checkPrefetch(check, params.prefetch);
  return iterateSessions(context, query, { prefetch, signal: options.signal }, options);
}

/** One page of the filter search (`POST /chat/sessions/filter`, a read). */
export async function filterChatSessions(
  context: OpenCxContext,
  params: FilterChatSessionsParams = {},
  options: CallOptions = {},
): Promise<FilteredChatSessionPage> {
  const body = checkFilterBody(argumentChecks(VENDOR, 'filterChatSessions'), params);
  return sendFilter(context, body, options);
}

/** Every session of the filter search, page 1, 2, … until `has_next` is false. */
export function filteredChatSessions(
  context: OpenCxContext,
  params: Omit<FilterChatSessionsParams, 'page'> & PrefetchOption = {},
  options: CallOptions = {},
): AsyncIterable<OpenCxConversation> {
  const check = argumentChecks(VENDOR, 'filteredChatSessions');
  const body = checkFilterBody(check, { limit: FILTERED_PAGE_SIZE, ...params, page: 1 });
  const prefetch = checkPrefetch(check, params.prefetch);
  const pageSize = body.limit ?? FILTERED_PAGE_SIZE;
  const fetchPage = async (page: number, limit: number, signal: AbortSignal) => {
    const result = await sendFilter(context, { ...body, page, limit }, { ...options, signal });
    return { items: result.conversations, more: result.hasNext, echo: result.page };
  };
  return paginatePageNumbers('filterChatSessions', pageSize, fetchPage, {
    prefetch,
    signal: options.signal,
  });
}

/**
 * The filters of `GET /chat/sessions`, checked (in this order: `handedOff`, the creation window,
 * the update window, `status`, `channelType`) and in the spec's snake_case.
 * @internal
 */
export function checkSessionFilters(
  check: ArgumentChecks,
  params: ChatSessionFilters,
): SessionQuery {
  const handedOff = check.boolean('handedOff', params.handedOff);
  const [createdAfter, createdBefore] = check.window(
    ['createdAfter', params.createdAfter],
    ['createdBefore', params.createdBefore],
  );
  const [updatedAfter, updatedBefore] = check.window(
    ['updatedAfter', params.updatedAfter],
    ['updatedBefore', params.updatedBefore],
  );
  return {
    status: check.oneOf('status', params.status, sessionStatusValues),
    channel_type: check.oneOf('channelType', params.channelType, channelTypeValues),
    handed_off: handedOff,
    created_after: createdAfter,
    created_before: createdBefore,
    updated_after: updatedAfter,
    updated_before: updatedBefore,
  };
}

/**
 * Every session of the cursor listing for `query`, page by page, read ahead as `reading` says;
 * `options` go with every request (its signal replaced by the page's own, which follows it).
 * @internal
 */
export function iterateSessions(
  context: OpenCxContext,
  query: SessionQuery,
  reading: PrefetchOptions,
  options: CallOptions = {},
): AsyncGenerator<OpenCxConversation, void, undefined> {
  const fetchPage = async (cursor: string | undefined, signal: AbortSignal) => {
    const page = await sendSessions(context, { ...query, cursor }, { ...options, signal });
    return { items: page.conversations, next: page.next };
  };
  return paginateCursor('listChatSessions', byId, fetchPage, reading);
}

async function sendSessions(
  context: OpenCxContext,
  query: SessionQuery,
  options: CallOptions,
): Promise<ChatSessionPage> {
  const body = await context.call('listChatSessions', () =>
    context.api.GET('/chat/sessions', {
      params: { query },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  const page = readCursorPage(body, 'listChatSessions');
  return {
    conversations: page.items.map((dto) => normalizeChatSession(dto, 'listChatSessions')),
    next: page.next,
  };
}

/** The body of `POST /chat/sessions/filter`, checked, with only what the caller set. */
function checkFilterBody(check: ArgumentChecks, params: FilterChatSessionsParams): FilterBody {
  const { filters } = params;
  if (
    filters !== undefined &&
    (typeof filters !== 'object' || filters === null || Array.isArray(filters))
  ) {
    check.fail('filters', 'an object of filter criteria');
  }
  const page = check.integer('page', params.page, { min: 1 });
  const limit = check.integer('limit', params.limit, { min: 1, max: 100 });
  const body: FilterBody = {};
  // Only what the caller set is sent, so OpenCX applies its own documented defaults.
  if (filters !== undefined) body.filters = filters;
  const sortBy = check.oneOf('sortBy', params.sortBy, chatSessionFilterSortByValues);
  if (sortBy !== undefined) body.sort_by = sortBy;
  const sortOrder = check.oneOf('sortOrder', params.sortOrder, chatSessionFilterSortOrderValues);
  if (sortOrder !== undefined) body.sort_order = sortOrder;
  if (page !== undefined) body.page = page;
  if (limit !== undefined) body.limit = limit;
  return body;
}

async function sendFilter(
  context: OpenCxContext,
  body: FilterBody,
  options: CallOptions,
): Promise<FilteredChatSessionPage> {
  const data = await context.call('filterChatSessions', () =>
    context.api.POST('/chat/sessions/filter', {
      body,
      signal: options.signal,
      headers: options.headers,
    }),
  );
  // Without an echo, the page and limit asked for stand; OpenCX's defaults are page 1 of 25.
  const page = readFilterPage(data, { page: body.page ?? 1, limit: body.limit ?? 25 });
  return {
    conversations: page.items.map((dto) => normalizeChatSession(dto, 'filterChatSessions')),
    page: page.page,
    limit: page.limit,
    hasNext: page.hasNext,
    hasPrevious: page.hasPrevious,
  };
}
