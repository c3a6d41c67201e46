/**
 * Twin's chat-session search on the analyse service (GET /search/chat/sessions).
 * https://developers.twin24.ai/reference/searchchatsessionlist
 */
import {
  type ArgumentChecks,
  argumentChecks,
  type CallOptions,
  checkPrefetch,
  type PrefetchOption,
} from '@botbridge/core';
import { checkSort, PAGE_SIZE } from '../checks.js';
import type { Twin24Context } from '../context.js';
import { chatSessionFieldValues, type operations } from '../generated/schema.js';
import {
  type ChatSessionField,
  DEFAULT_SESSION_FIELDS,
  normalizeChatSession,
  type TwinConversation,
} from '../normalize/chat-session.js';
import { readSearchResult } from '../normalize/envelope.js';
import { VENDOR } from '../normalize/vendor.js';
import { paginateList } from '../pagination.js';
import { serviceUrlOf } from '../services.js';

/** @internal */
export type SearchQuery = operations['searchChatSessions']['parameters']['query'];

/**
 * The query of the chat-session search (GET /search/chat/sessions): which fields, which page and
 * which sessions. https://developers.twin24.ai/reference/searchchatsessionlist
 */
export interface SearchChatSessionsParams {
  /**
   * Session fields Twin should return (the `ChatSessionField` names, also listed at runtime in
   * `chatSessionFieldValues`). Twin returns only the fields asked for; `id` is always added so
   * every record has one.
   * @default DEFAULT_SESSION_FIELDS (every field the normalizer reads)
   */
  fields?: readonly ChatSessionField[];
  /**
   * Sessions per page, an integer from 1 to 1000.
   * @default 10 for `searchChatSessions` (Twin's default; nothing is sent), 100 for `chatSessions`
   */
  limit?: number;
  /**
   * Sessions to skip, an integer ≥ 0.
   * @default 0
   */
  offset?: number;
  /**
   * Start of the date range: a `Date` or an ISO-8601 string (one without an offset is read as
   * UTC). Sent as a UTC ISO string. Must not be after `to`.
   */
  from?: string | Date;
  /** End of the date range, in the same forms as `from`. */
  to?: string | Date;
  /** Only sessions handled by this bot. */
  botId?: string;
  /** Only sessions of this company (an integer id). */
  companyId?: number;
  /** Include the sessions of every company the caller's company supervises. */
  showAllSupervised?: boolean;
  /** Only the session with this id. */
  id?: string;
  /** Only sessions of this chat (widget or messenger channel). */
  chatId?: string;
  /** Only sessions of this client. */
  clientId?: string;
  /**
   * Comma-separated sort fields, each optionally prefixed with `+` (ascending) or `-`
   * (descending), e.g. `-createdAt,+price`. Allowed names: createdAt, startedAt, finisheAt
   * (Twin's spelling), billedAt, speakerFinishedAt, duration, price.
   * @default 'startedAt' (Twin's default; nothing is sent)
   */
  sort?: string;
}

/** One page of the chat-session search, normalized. */
export interface ChatSessionPage {
  /** The sessions of this page, normalized to conversations. */
  conversations: TwinConversation[];
  /** Total sessions matching the filters (all pages); `undefined` when Twin left it out. */
  count: number | undefined;
}

/** The client methods of Twin's chat-session search. */
export interface ChatSessionsResource {
  /** One page of Twin's chat-session search, normalized to conversations. */
  searchChatSessions(
    params?: SearchChatSessionsParams,
    options?: CallOptions,
  ): Promise<ChatSessionPage>;
  /**
   * Every matching chat session of the search, fetched page by page, `prefetch` pages ahead (1 by
   * default, see `PrefetchOption`; with the search's `count`, that many requests at once).
   */
  chatSessions(
    params?: Omit<SearchChatSessionsParams, 'offset'> & PrefetchOption,
    options?: CallOptions,
  ): AsyncIterable<TwinConversation>;
}

// The sort names the search accepts, from the spec's `sort` pattern. `finisheAt` is Twin's own
// spelling. https://developers.twin24.ai/reference/searchchatsessionlist
const SEARCH_SORT = [
  'createdAt',
  'startedAt',
  'finisheAt',
  'billedAt',
  'speakerFinishedAt',
  'duration',
  'price',
];

const FIELD_NAMES: ReadonlySet<string> = new Set(chatSessionFieldValues);

export async function searchChatSessions(
  context: Twin24Context,
  params: SearchChatSessionsParams = {},
  options: CallOptions = {},
): Promise<ChatSessionPage> {
  return searchPage(context, checkSearchParams(params), options);
}

export function chatSessions(
  context: Twin24Context,
  params: Omit<SearchChatSessionsParams, 'offset'> & PrefetchOption = {},
  options: CallOptions = {},
): AsyncIterable<TwinConversation> {
  const limit = params.limit ?? 100;
  const query = checkSearchParams({ ...params, limit, offset: 0 });
  const prefetch = checkPrefetch(argumentChecks(VENDOR, 'searchChatSessions'), params.prefetch);
  const fetchPage = async (offset: number, signal: AbortSignal) => {
    const page = await searchPage(context, { ...query, offset }, { ...options, signal });
    return { items: page.conversations, count: page.count };
  };
  return paginateList('searchChatSessions', limit, fetchPage, {
    prefetch,
    signal: options.signal,
  });
}

async function searchPage(
  context: Twin24Context,
  query: SearchQuery,
  options: CallOptions,
): Promise<ChatSessionPage> {
  const body = await context.call('searchChatSessions', () =>
    context.api.GET('/search/chat/sessions', {
      baseUrl: serviceUrlOf(context.serviceUrls, 'searchChatSessions'),
      params: { query },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  const { items, count } = readSearchResult(body);
  return { conversations: items.map(normalizeChatSession), count };
}

// Twin takes either `offset` or `page`, never both; the normalized methods page by offset only, so
// `page` stays reachable through `api`. https://developers.twin24.ai/reference/searchchatsessionlist
function checkSearchParams(params: SearchChatSessionsParams): SearchQuery {
  const check = argumentChecks(VENDOR, 'searchChatSessions');
  const [from, to] = check.window(['from', params.from], ['to', params.to]);
  return {
    fields: fieldList(check, params.fields),
    limit: check.integer('limit', params.limit, PAGE_SIZE),
    offset: check.integer('offset', params.offset ?? 0, { min: 0 }),
    from,
    to,
    botId: check.string('botId', params.botId),
    companyId: check.integer('companyId', params.companyId),
    showAllSupervised: check.boolean('showAllSupervised', params.showAllSupervised),
    id: check.string('id', params.id),
    chatId: check.string('chatId', params.chatId),
    clientId: check.string('clientId', params.clientId),
    sort: checkSort(check, params.sort, SEARCH_SORT, '-createdAt,+price'),
  };
}

function fieldList(
  check: ArgumentChecks,
  fields: readonly ChatSessionField[] | undefined,
): ChatSessionField[] {
  if (fields === undefined) return [...DEFAULT_SESSION_FIELDS];
  if (!Array.isArray(fields)) check.fail('fields', 'an array of Twin chat-session field names');
  fields.forEach((field: unknown, i) => {
    if (typeof field !== 'string' || !FIELD_NAMES.has(field)) {
      check.fail(
        `fields[${i}]`,
        'a Twin chat-session field name (the `ChatSessionField` type; the full list is the exported `chatSessionFieldValues` and https://developers.twin24.ai/reference/searchchatsessionlist)',
      );
    }
  });
  // Twin rejects repeated names (the spec's `uniqueItems`), and every record needs its id.
  return [...new Set<ChatSessionField>(['id', ...fields])];
}
