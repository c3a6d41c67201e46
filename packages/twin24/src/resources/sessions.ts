/**
 * The chat service's sessions: the operator-side list (GET /sessions) and one session
 * (GET /sessions/{sessionId}). https://developers.twin24.ai/reference/operatorchatsessionlist
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
import { normalizeSession, type TwinSessionConversation } from '../normalize/session.js';
import { VENDOR } from '../normalize/vendor.js';
import { paginateList } from '../pagination.js';
import { serviceUrlOf } from '../services.js';

/** @internal */
export type SessionsQuery = NonNullable<operations['listSessions']['parameters']['query']>;

/**
 * Filters of the chat service's session list (`listSessions`, `sessions`, and the `Source`'s
 * `conversations`). Twin documents no value lists for the string filters, so any non-empty string
 * is sent as is. https://developers.twin24.ai/reference/operatorchatsessionlist
 */
export interface Twin24ConversationFilters {
  /** Only the session with this id. */
  sessionId?: string;
  /** Only sessions marked (`true`) or not marked (`false`) as spam. */
  markedAsSpam?: boolean;
  /** Only sessions assigned to this operator (an IAM user id, sent as a string). */
  operatorId?: string;
  /** Only sessions whose operator is of this kind (values undocumented). */
  operatorType?: string;
  /** Only sessions whose bot is in this state (values undocumented, e.g. `ACTIVE`). */
  botStatus?: string;
  /** Only sessions in this status (values undocumented, e.g. `ACTIVE`, `CLOSED`). */
  status?: string;
  /** Only sessions with this display name (usually the client's name). */
  name?: string;
  /** Only sessions of this chat (widget or messenger channel). */
  chatId?: string;
  /** Collapse the sessions of one client into a single entry. */
  groupByClientId?: boolean;
  /**
   * Only sessions carrying these tags: one comma-separated string, or a list that is joined with
   * commas (Twin takes one string; the comma format is assumed from the sessions' `tags` field).
   */
  tags?: string | readonly string[];
  /** Only sessions whose client is (`true`) or is not (`false`) banned. */
  clientBanned?: boolean;
  /** Free-text search over the sessions (which fields Twin matches is undocumented). */
  keyword?: string;
}

/**
 * The query of the chat service's session list (GET /sessions): filters, page, date range and
 * order. https://developers.twin24.ai/reference/operatorchatsessionlist
 */
export interface ListSessionsParams extends Twin24ConversationFilters {
  /**
   * Sessions per page, an integer from 1 to 1000.
   * @default 10 for `listSessions` (Twin's default; nothing is sent), the client's `pageSize` for `sessions`
   */
  limit?: number;
  /**
   * Sessions to skip, an integer ≥ 0.
   * @default 0
   */
  offset?: number;
  /**
   * Start of the date range: a `Date` or an ISO-8601 string (one without an offset is read as
   * UTC), sent as a UTC ISO string. Must not be after `to`. Which session timestamp Twin compares
   * is undocumented.
   */
  from?: string | Date;
  /** End of the date range, in the same forms as `from`. */
  to?: string | Date;
  /**
   * Comma-separated sort fields, each optionally prefixed with `+` (ascending) or `-`
   * (descending), e.g. `-lastMessageCreatedAt`. Allowed names: name, status, markedAsSpam,
   * startedAt, lastMessageCreatedAt, operatorAssignedAt.
   * @default Twin's own order (undocumented; nothing is sent) for `listSessions`, 'startedAt' for `sessions`
   */
  sort?: string;
  /**
   * Ask Twin not to count all matches (`count` is then `undefined`; paging ends at a short page).
   * @default false
   */
  withoutCount?: boolean;
}

/** One page of the chat service's session list, normalized. */
export interface SessionPage {
  /** The sessions of this page, normalized to conversations. */
  conversations: TwinSessionConversation[];
  /** Total sessions matching the filters (all pages); `undefined` when Twin left it out. */
  count: number | undefined;
}

/** The client methods of the chat service's sessions. */
export interface SessionsResource {
  /** One page of the chat service's session list (GET /sessions), normalized. */
  listSessions(params?: ListSessionsParams, options?: CallOptions): Promise<SessionPage>;
  /**
   * Every matching session of the chat service, page by page, `prefetch` pages ahead (1 by
   * default, see `PrefetchOption`; with Twin's `count`, that many requests at once). Sorted by
   * `startedAt` unless `sort` says otherwise, so new sessions do not shift the pages.
   */
  sessions(
    params?: Omit<ListSessionsParams, 'offset'> & PrefetchOption,
    options?: CallOptions,
  ): AsyncIterable<TwinSessionConversation>;
  /** One chat session by id (GET /sessions/{id}), normalized. */
  getSession(sessionId: string, options?: CallOptions): Promise<TwinSessionConversation>;
}

// The sort names the session list accepts, from the spec's `sort` pattern.
// https://developers.twin24.ai/reference/operatorchatsessionlist
const SESSION_SORT = [
  'name',
  'status',
  'markedAsSpam',
  'startedAt',
  'lastMessageCreatedAt',
  'operatorAssignedAt',
];

export async function listSessions(
  context: Twin24Context,
  params: ListSessionsParams = {},
  options: CallOptions = {},
): Promise<SessionPage> {
  const check = argumentChecks(VENDOR, 'listSessions');
  return sessionPage(context, checkSessionParams(check, params), options);
}

export function sessions(
  context: Twin24Context,
  params: Omit<ListSessionsParams, 'offset'> & PrefetchOption = {},
  options: CallOptions = {},
): AsyncIterable<TwinSessionConversation> {
  const limit = params.limit ?? context.pageSizes.conversations;
  const check = argumentChecks(VENDOR, 'listSessions');
  const query = checkSessionParams(check, { sort: 'startedAt', ...params, limit, offset: 0 });
  const prefetch = checkPrefetch(check, params.prefetch);
  return pageSessions(context, { ...query, limit }, { prefetch, signal: options.signal }, options);
}

export async function getSession(
  context: Twin24Context,
  sessionId: string,
  options: CallOptions = {},
): Promise<TwinSessionConversation> {
  const id = checkSessionId(argumentChecks(VENDOR, 'getSession'), 'sessionId', sessionId);
  return fetchSession(context, id, options);
}

/**
 * Every session of a checked query, page by page from offset 0, read ahead as `reading` says;
 * `options` go with every request (its signal replaced by the page's own, which follows it).
 * @internal
 */
export function pageSessions(
  context: Twin24Context,
  query: SessionsQuery & { limit: number },
  reading: PrefetchOptions,
  options: CallOptions = {},
): AsyncIterable<TwinSessionConversation> {
  const fetchPage = async (offset: number, signal: AbortSignal) => {
    const page = await sessionPage(context, { ...query, offset }, { ...options, signal });
    return { items: page.conversations, count: page.count };
  };
  return paginateList('listSessions', query.limit, fetchPage, reading);
}

/** One session by a checked id. @internal */
export async function fetchSession(
  context: Twin24Context,
  sessionId: string,
  options: CallOptions,
): Promise<TwinSessionConversation> {
  const body = await context.call('getSession', () =>
    context.api.GET('/sessions/{sessionId}', {
      baseUrl: serviceUrlOf(context.serviceUrls, 'getSession'),
      params: { path: { sessionId } },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  return normalizeSession(body, 'getSession');
}

async function sessionPage(
  context: Twin24Context,
  query: SessionsQuery,
  options: CallOptions,
): Promise<SessionPage> {
  const body = await context.call('listSessions', () =>
    context.api.GET('/sessions', {
      baseUrl: serviceUrlOf(context.serviceUrls, 'listSessions'),
      params: { query },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  const { items, count } = readListPage(body, 'listSessions');
  return { conversations: items.map((item) => normalizeSession(item, 'listSessions')), count };
}

function checkSessionParams(check: ArgumentChecks, params: ListSessionsParams): SessionsQuery {
  const [from, to] = check.window(['from', params.from], ['to', params.to]);
  return {
    limit: check.integer('limit', params.limit, PAGE_SIZE),
    offset: check.integer('offset', params.offset ?? 0, { min: 0 }),
    from,
    to,
    sort: checkSort(check, params.sort, SESSION_SORT, '-lastMessageCreatedAt'),
    ...checkSessionFilters(check, params),
    withoutCount: check.boolean('withoutCount', params.withoutCount),
  };
}

/** Checks the session filters (shared by `listSessions` and the `Source`). @internal */
export function checkSessionFilters(
  check: ArgumentChecks,
  filters: Twin24ConversationFilters,
): SessionsQuery {
  return {
    sessionId: check.string('sessionId', filters.sessionId),
    markedAsSpam: check.boolean('markedAsSpam', filters.markedAsSpam),
    operatorId: check.string('operatorId', filters.operatorId),
    operatorType: check.string('operatorType', filters.operatorType),
    botStatus: check.string('botStatus', filters.botStatus),
    status: check.string('status', filters.status),
    name: check.string('name', filters.name),
    chatId: check.string('chatId', filters.chatId),
    groupByClientId: check.boolean('groupByClientId', filters.groupByClientId),
    tags: tagList(check, filters.tags),
    clientBanned: check.boolean('clientBanned', filters.clientBanned),
    keyword: check.string('keyword', filters.keyword),
  };
}

function tagList(
  check: ArgumentChecks,
  tags: string | readonly string[] | undefined,
): string | undefined {
  if (tags === undefined) return undefined;
  if (typeof tags === 'string') {
    return tags.trim() === '' ? check.fail('tags', 'a non-empty string or list of tags') : tags;
  }
  if (!Array.isArray(tags) || tags.length === 0) {
    return check.fail('tags', 'a non-empty string or list of tags');
  }
  tags.forEach((tag: unknown, i) => {
    if (typeof tag !== 'string' || tag.trim() === '' || tag.includes(',')) {
      check.fail(`tags[${i}]`, 'a non-empty tag without commas');
    }
  });
  return tags.join(',');
}
