import {
  type ApiClient,
  type CallOptions,
  type ClientOptions,
  createApiClient,
  createCall,
  paginate,
  requireCredential,
  toUtcTimestamp,
  VendorArgumentError,
} from '@botbridge/core';
import { describeError } from './errors.js';
import { operations } from './generated/operations.js';
import {
  chatSessionFieldValues,
  type operations as OperationTypes,
  type paths,
} from './generated/schema.js';
import {
  type ChatSessionField,
  DEFAULT_SESSION_FIELDS,
  normalizeChatSession,
  readSearchResult,
  type TwinConversation,
  VENDOR,
} from './normalize.js';
import { nextOffset } from './pagination.js';

/** Twin's analyse (search and statistics) service. https://developers.twin24.ai/reference/searchchatsessionlist */
export const TWIN24_ANALYSE_URL = 'https://analyse.twin24.ai/api/v1';

export interface Twin24ClientOptions extends ClientOptions {
  /**
   * JWT access token from Twin's IAM login (`POST https://iam.twin24.ai/api/v1/auth/login`), sent
   * as `Authorization: Bearer <token>`. Twin has no static API keys, and the token expires (its
   * `exp` claim): an expired one fails with `VendorAuthenticationError` ("Token is expired.").
   * https://developers.twin24.ai/reference/searchchatsessionlist
   */
  token: string;
}

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

export interface ChatSessionPage {
  conversations: TwinConversation[];
  /** Total sessions matching the filters (all pages); `undefined` when Twin left it out. */
  count: number | undefined;
}

export interface Twin24Client {
  /** The typed client for every operation of the spec; returns `{ data, error, response }`. */
  readonly api: ApiClient<paths>;
  /** One page of Twin's chat-session search, normalized to conversations. */
  searchChatSessions(
    params?: SearchChatSessionsParams,
    options?: CallOptions,
  ): Promise<ChatSessionPage>;
  /** Every matching chat session, fetched page by page (one page in memory at a time). */
  chatSessions(
    params?: Omit<SearchChatSessionsParams, 'offset'>,
    options?: CallOptions,
  ): AsyncIterable<TwinConversation>;
}

type SearchQuery = OperationTypes['searchChatSessions']['parameters']['query'];

const FIELD_NAMES: ReadonlySet<string> = new Set(chatSessionFieldValues);

// The sort grammar of the spec's `sort` parameter; `finisheAt` is Twin's own spelling.
// https://developers.twin24.ai/reference/searchchatsessionlist
const SORT_NAME =
  '[+-]?(?:createdAt|startedAt|finisheAt|billedAt|speakerFinishedAt|duration|price)';
const SORT_PATTERN = new RegExp(`^${SORT_NAME}(?:,${SORT_NAME})*$`);

/** Creates a Twin client. Throws `VendorArgumentError` for a missing token or a bad option. */
export function createTwin24Client(options: Twin24ClientOptions): Twin24Client {
  const token = requireCredential(options.token, {
    vendor: VENDOR,
    operation: 'createTwin24Client',
    parameter: 'token',
    expected: 'a non-empty Twin JWT access token',
  });
  const api = createApiClient<paths>({
    ...options,
    vendor: VENDOR,
    baseUrl: options.baseUrl ?? TWIN24_ANALYSE_URL,
    operations,
    authenticate: (headers) => headers.set('Authorization', `Bearer ${token}`),
    // `fields` is one comma-separated value (`fields=id,chatId`), as the spec declares.
    querySerializer: { array: { style: 'form', explode: false } },
  });
  const call = createCall({
    vendor: VENDOR,
    operations,
    secrets: () => [token],
    describe: describeError,
  });

  async function send(query: SearchQuery, callOptions: CallOptions = {}): Promise<ChatSessionPage> {
    const body = await call('searchChatSessions', () =>
      api.GET('/search/chat/sessions', {
        params: { query },
        signal: callOptions.signal,
        headers: callOptions.headers,
      }),
    );
    const { items, count } = readSearchResult(body);
    return { conversations: items.map(normalizeChatSession), count };
  }

  return {
    api,
    async searchChatSessions(params = {}, callOptions) {
      return send(checkParams(params), callOptions);
    },
    chatSessions(params = {}, callOptions) {
      const limit = params.limit ?? 100;
      const query = checkParams({ ...params, limit, offset: 0 });
      return paginate(async (offset: number) => {
        const page = await send({ ...query, offset }, callOptions);
        return {
          items: page.conversations,
          next: nextOffset(offset, limit, page.conversations.length, page.count),
        };
      }, 0);
    },
  };
}

function fail(parameter: string, expected: string): never {
  throw new VendorArgumentError({
    vendor: VENDOR,
    operation: 'searchChatSessions',
    parameter,
    expected,
  });
}

// Twin takes either `offset` or `page`, never both; the normalized methods page by offset only, so
// `page` stays reachable through `api`. https://developers.twin24.ai/reference/searchchatsessionlist
function checkParams(params: SearchChatSessionsParams): SearchQuery {
  const { limit, offset = 0, companyId, showAllSupervised, sort } = params;
  if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 1 || limit > 1000)) {
    fail('limit', 'an integer from 1 to 1000');
  }
  if (!Number.isSafeInteger(offset) || offset < 0) fail('offset', 'an integer ≥ 0');
  const from = timestamp('from', params.from);
  const to = timestamp('to', params.to);
  if (from !== undefined && to !== undefined && from > to)
    fail('from', 'a date-time not after `to`');
  if (companyId !== undefined && !Number.isSafeInteger(companyId)) fail('companyId', 'an integer');
  if (showAllSupervised !== undefined && typeof showAllSupervised !== 'boolean') {
    fail('showAllSupervised', 'a boolean');
  }
  if (sort !== undefined && (typeof sort !== 'string' || !SORT_PATTERN.test(sort))) {
    fail(
      'sort',
      'a comma list of +/- prefixed names from createdAt, startedAt, finisheAt, billedAt, speakerFinishedAt, duration, price (e.g. `-createdAt,+price`)',
    );
  }
  return {
    fields: fieldList(params.fields),
    limit,
    offset,
    from,
    to,
    botId: nonEmpty('botId', params.botId),
    companyId,
    showAllSupervised,
    id: nonEmpty('id', params.id),
    chatId: nonEmpty('chatId', params.chatId),
    clientId: nonEmpty('clientId', params.clientId),
    sort,
  };
}

function fieldList(fields: readonly ChatSessionField[] | undefined): ChatSessionField[] {
  if (fields === undefined) return [...DEFAULT_SESSION_FIELDS];
  if (!Array.isArray(fields)) fail('fields', 'an array of Twin chat-session field names');
  fields.forEach((field: unknown, i) => {
    if (typeof field !== 'string' || !FIELD_NAMES.has(field)) {
      fail(
        `fields[${i}]`,
        'a Twin chat-session field name (the `ChatSessionField` type; the full list is the exported `chatSessionFieldValues` and https://developers.twin24.ai/reference/searchchatsessionlist)',
      );
    }
  });
  // Twin rejects repeated names (the spec's `uniqueItems`), and every record needs its id.
  return [...new Set<ChatSessionField>(['id', ...fields])];
}

function timestamp(parameter: string, value: string | Date | undefined): string | undefined {
  if (value === undefined) return undefined;
  const utc =
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? undefined
        : value.toISOString()
      : toUtcTimestamp(value);
  return utc ?? fail(parameter, 'an ISO-8601 date-time string or a valid Date');
}

function nonEmpty(parameter: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') fail(parameter, 'a non-empty string');
  return value;
}
