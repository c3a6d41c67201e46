import {
  type ApiClient,
  applyQuery,
  type CallOptions,
  type Capabilities,
  type ClientOptions,
  createApiClient,
  createCall,
  requireCredential,
  resolveQuery,
  type Source,
  type SourceQuery,
  toUtcTimestamp,
  type Unsupported,
  unsupported,
  VendorArgumentError,
} from '@botbridge/core';
import { describeError } from './errors.js';
import { operations } from './generated/operations.js';
import {
  channelTypeValues,
  chatSessionFilterSortByValues,
  chatSessionFilterSortOrderValues,
  type components,
  type operations as OperationTypes,
  type paths,
  sessionStatusValues,
} from './generated/schema.js';
import { responseValidators } from './generated/validators.js';
import {
  type ChannelType,
  normalizeChatSession,
  normalizeContactRecord,
  normalizeHistoryItem,
  type OpenCxContactRecord,
  type OpenCxConversation,
  type OpenCxMessage,
  readCursorPage,
  readFilterPage,
  type SessionStatus,
  VENDOR,
} from './normalize.js';
import { paginateCursor, paginatePageNumbers } from './pagination.js';

/** OpenCX's documented rate for standard endpoints. https://docs.open.cx/api-reference */
export const OPENCX_RATE_LIMIT = { requests: 100, perMs: 60_000 } as const;

/** OpenCX's production API (the only documented host). https://docs.open.cx/api-reference */
export const OPENCX_BASE_URL = 'https://api.open.cx';

/**
 * What the OpenCX `Source` offers. OpenCX has chat sessions (conversations, one by id) with their
 * history (messages), and contacts, but no leads: `leads()` throws `VendorUnsupportedError` (the
 * contact listing is `contacts()`, outside `Source`). Sessions filter by creation time on the
 * server (`created_after` / `created_before`); the history endpoint has no time filter, so message
 * windows are applied while reading.
 * https://docs.open.cx/api-reference/chat-sessions/list
 */
export const CAPABILITIES = {
  leads: false,
  conversations: { since: 'server', until: 'server' },
  conversation: true,
  messages: { since: 'client', until: 'client' },
} as const satisfies Capabilities;

// Session ids are UUIDs; the docs' pattern also admits the nil and max UUIDs, so any hex digits
// are accepted in every group (no version or variant check).
// https://docs.open.cx/api-reference/chat-sessions/get
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface OpenCxClientOptions extends ClientOptions {
  /**
   * API key from the OpenCX dashboard (Settings → Access), sent as `Authorization: Bearer <key>`.
   * Reading sessions and history needs a full-access key or the `chat-sessions:read` scope; listing
   * contacts needs `contacts:read`.
   * https://docs.open.cx/api-reference/authentication
   */
  apiKey: string;
}

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

export interface ListChatSessionsParams extends ChatSessionFilters {
  /**
   * The `next` of the previous page, passed back unchanged (with the same filters).
   * @default the first page
   */
  cursor?: string;
}

/**
 * The vendor filters `conversations()` accepts beside `since`/`until`, which OpenCX applies to the
 * creation time (`createdAfter`/`createdBefore` are therefore not offered a second time).
 */
export type OpenCxConversationFilters = Omit<ChatSessionFilters, 'createdAfter' | 'createdBefore'>;

/** One page of `listChatSessions`. */
export interface ChatSessionPage {
  conversations: OpenCxConversation[];
  /** Pass as `cursor` for the following page; `undefined` on the last page. */
  next: string | undefined;
}

export interface ListChatHistoryParams {
  /**
   * The `next` of the previous page, passed back unchanged.
   * @default the first page
   */
  cursor?: string;
}

/** One page of `listChatHistory`: the items of a session's timeline as messages. */
export interface MessagePage {
  messages: OpenCxMessage[];
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
  conversations: OpenCxConversation[];
  page: number;
  limit: number;
  hasNext: boolean;
  hasPrevious: boolean;
}

/** Filters of `GET /contacts`. Time bounds take a `Date` or an ISO-8601 string. */
export interface ContactFilters {
  /**
   * Only contacts created after this instant.
   * @default no lower bound
   */
  createdAfter?: string | Date;
  /**
   * Only contacts created before this instant.
   * @default no upper bound
   */
  createdBefore?: string | Date;
  /**
   * Only contacts last updated after this instant.
   * @default no lower bound
   */
  updatedAfter?: string | Date;
  /**
   * Only contacts last updated before this instant.
   * @default no upper bound
   */
  updatedBefore?: string | Date;
}

export interface ListContactsParams extends ContactFilters {
  /**
   * The `next` of the previous page, passed back unchanged (with the same filters).
   * @default the first page
   */
  cursor?: string;
}

/** One page of `listContacts`. */
export interface ContactPage {
  contacts: OpenCxContactRecord[];
  /** Pass as `cursor` for the following page; `undefined` on the last page. */
  next: string | undefined;
}

export interface OpenCxClient {
  /** The typed client for every operation of the spec; returns `{ data, error, response }`. */
  readonly api: ApiClient<paths>;
  readonly vendor: typeof VENDOR;
  readonly capabilities: typeof CAPABILITIES;
  /** OpenCX has no leads: not callable (and throws `VendorUnsupportedError` if forced). */
  readonly leads: Unsupported;
  /**
   * Chat sessions as conversations. `since`/`until` bound the creation time and are sent to OpenCX;
   * the vendor filters are sent too. Checks its input before returning the iterable.
   */
  conversations(query?: SourceQuery & OpenCxConversationFilters): AsyncIterable<OpenCxConversation>;
  /** One chat session by its id (a UUID); same as `getChatSession`. */
  conversation(id: string, options?: CallOptions): Promise<OpenCxConversation>;
  /**
   * A session's whole history (messages and events, see `normalizeHistoryItem`), filtered by
   * `since`/`until` while reading. Checks its input before returning the iterable.
   */
  messages(conversationId: string, query?: SourceQuery): AsyncIterable<OpenCxMessage>;

  /** One chat session by its id (a UUID), normalized to a conversation. */
  getChatSession(sessionId: string, options?: CallOptions): Promise<OpenCxConversation>;
  /** One page of chat sessions. */
  listChatSessions(
    params?: ListChatSessionsParams,
    options?: CallOptions,
  ): Promise<ChatSessionPage>;
  /** Every matching chat session, page by page (one page in memory at a time). */
  chatSessions(
    params?: ChatSessionFilters,
    options?: CallOptions,
  ): AsyncIterable<OpenCxConversation>;
  /** One page of a session's history. */
  listChatHistory(
    sessionId: string,
    params?: ListChatHistoryParams,
    options?: CallOptions,
  ): Promise<MessagePage>;
  /** A session's whole history, page by page. */
  chatHistory(sessionId: string, options?: CallOptions): AsyncIterable<OpenCxMessage>;
  /** One page of the filter search (`POST /chat/sessions/filter`, a read). */
  filterChatSessions(
    params?: FilterChatSessionsParams,
    options?: CallOptions,
  ): Promise<FilteredChatSessionPage>;
  /** Every session of the filter search, page 1, 2, … until `has_next` is false. */
  filteredChatSessions(
    params?: Omit<FilterChatSessionsParams, 'page'>,
    options?: CallOptions,
  ): AsyncIterable<OpenCxConversation>;
  /** One page of contacts. */
  listContacts(params?: ListContactsParams, options?: CallOptions): Promise<ContactPage>;
  /** Every matching contact, page by page. */
  contacts(params?: ContactFilters, options?: CallOptions): AsyncIterable<OpenCxContactRecord>;
}

type SessionQuery = NonNullable<OperationTypes['listChatSessions']['parameters']['query']>;
type ContactQuery = NonNullable<OperationTypes['listContacts']['parameters']['query']>;
type FilterBody = components['schemas']['ChatSessionFilterRequest'];

/** Creates an OpenCX client. Throws `VendorArgumentError` for a missing key or a bad option. */
export function createOpenCxClient(options: OpenCxClientOptions): OpenCxClient {
  const apiKey = requireCredential(options.apiKey, {
    vendor: VENDOR,
    operation: 'createOpenCxClient',
    parameter: 'apiKey',
    expected: 'a non-empty OpenCX API key',
  });
  const api = createApiClient<paths>({
    ...options,
    vendor: VENDOR,
    baseUrl: options.baseUrl ?? OPENCX_BASE_URL,
    operations,
    authenticate: (headers) => headers.set('Authorization', `Bearer ${apiKey}`),
    // OpenCX documents 100 requests per minute for its standard endpoints; staying under it keeps
    // a sync from being refused (429) in the first place. https://docs.open.cx/api-reference
    defaultRateLimit: OPENCX_RATE_LIMIT,
  });
  const call = createCall({
    vendor: VENDOR,
    operations,
    // Checked against the spec only when the caller opts in (`validateResponses`).
    validators: responseValidators,
    validateResponses: options.validateResponses,
    logger: options.logger,
    secrets: () => [apiKey],
    describe: describeError,
  });

  async function getChatSession(sessionId: string, callOptions: CallOptions = {}) {
    const id = checkSessionId('getChatSession', 'sessionId', sessionId);
    const body = await call('getChatSession', () =>
      api.GET('/chat/sessions/{session_id}', {
        params: { path: { session_id: id } },
        signal: callOptions.signal,
        headers: callOptions.headers,
      }),
    );
    return normalizeChatSession(body);
  }

  async function sendSessions(
    query: SessionQuery,
    callOptions: CallOptions = {},
  ): Promise<ChatSessionPage> {
    const body = await call('listChatSessions', () =>
      api.GET('/chat/sessions', {
        params: { query },
        signal: callOptions.signal,
        headers: callOptions.headers,
      }),
    );
    const page = readCursorPage(body, 'listChatSessions');
    return {
      conversations: page.items.map((dto) => normalizeChatSession(dto, 'listChatSessions')),
      next: page.next,
    };
  }

  function iterateSessions(query: SessionQuery, callOptions?: CallOptions) {
    return paginateCursor('listChatSessions', byId, async (cursor) => {
      const page = await sendSessions({ ...query, cursor }, callOptions);
      return { items: page.conversations, next: page.next };
    });
  }

  async function sendHistory(
    sessionId: string,
    cursor: string | undefined,
    callOptions: CallOptions = {},
  ): Promise<MessagePage> {
    const body = await call('listChatHistory', () =>
      api.GET('/chat/sessions/{session_id}/history', {
        params: { path: { session_id: sessionId }, query: { cursor } },
        signal: callOptions.signal,
        headers: callOptions.headers,
      }),
    );
    const page = readCursorPage(body, 'listChatHistory');
    return {
      messages: page.items.map((item) => normalizeHistoryItem(item, sessionId)),
      next: page.next,
    };
  }

  function iterateHistory(sessionId: string, callOptions?: CallOptions) {
    return paginateCursor('listChatHistory', byId, async (cursor) => {
      const page = await sendHistory(sessionId, cursor, callOptions);
      return { items: page.messages, next: page.next };
    });
  }

  async function sendFilter(
    body: FilterBody,
    callOptions: CallOptions = {},
  ): Promise<FilteredChatSessionPage> {
    const data = await call('filterChatSessions', () =>
      api.POST('/chat/sessions/filter', {
        body,
        signal: callOptions.signal,
        headers: callOptions.headers,
      }),
    );
    const page = readFilterPage(data, { page: body.page ?? 1, limit: body.limit ?? 25 });
    return {
      conversations: page.items.map((dto) => normalizeChatSession(dto, 'filterChatSessions')),
      page: page.page,
      limit: page.limit,
      hasNext: page.hasNext,
      hasPrevious: page.hasPrevious,
    };
  }

  async function sendContacts(
    query: ContactQuery,
    callOptions: CallOptions = {},
  ): Promise<ContactPage> {
    const body = await call('listContacts', () =>
      api.GET('/contacts', {
        params: { query },
        signal: callOptions.signal,
        headers: callOptions.headers,
      }),
    );
    const page = readCursorPage(body, 'listContacts');
    return { contacts: page.items.map((dto) => normalizeContactRecord(dto)), next: page.next };
  }

  const client: OpenCxClient = {
    api,
    vendor: VENDOR,
    capabilities: CAPABILITIES,
    leads: unsupported(VENDOR, 'leads'),
    conversations(query = {}) {
      // Everything is checked now, before the (lazy) iterable is returned.
      const resolved = resolveQuery(VENDOR, 'conversations', query, CAPABILITIES.conversations);
      // Typed out of `OpenCxConversationFilters`, but plain JS could still pass them: refuse rather
      // than let them silently lose to since/until.
      for (const parameter of ['createdAfter', 'createdBefore'] as const) {
        if ((query as ChatSessionFilters)[parameter] !== undefined) {
          fail('conversations', parameter, 'absent: `since`/`until` bound the creation time');
        }
      }
      const { status, channelType, handedOff, updatedAfter, updatedBefore } = query;
      const sessionQuery = checkSessionFilters('conversations', {
        status,
        channelType,
        handedOff,
        updatedAfter,
        updatedBefore,
      });
      // `since` goes out 1 ms early: OpenCX does not say whether `created_after` is inclusive, and
      // a session created exactly at `since` belongs in the result. `applyQuery` re-checks every
      // record against [since, until), so the extra millisecond never shows.
      // https://docs.open.cx/api-reference/chat-sessions/list
      sessionQuery.created_after =
        resolved.since === undefined ? undefined : millisecondBefore(resolved.since);
      sessionQuery.created_before = resolved.until;
      return applyQuery(iterateSessions(sessionQuery, { signal: resolved.signal }), resolved);
    },
    conversation: getChatSession,
    messages(conversationId, query = {}) {
      const resolved = resolveQuery(VENDOR, 'messages', query, CAPABILITIES.messages);
      const sessionId = checkSessionId('messages', 'conversationId', conversationId);
      return applyQuery(iterateHistory(sessionId, { signal: resolved.signal }), resolved);
    },

    getChatSession,
    async listChatSessions(params = {}, callOptions) {
      const query = checkSessionFilters('listChatSessions', params);
      query.cursor = checkCursor('listChatSessions', params.cursor);
      return sendSessions(query, callOptions);
    },
    chatSessions(params = {}, callOptions) {
      return iterateSessions(checkSessionFilters('chatSessions', params), callOptions);
    },
    async listChatHistory(sessionId, params = {}, callOptions) {
      const id = checkSessionId('listChatHistory', 'sessionId', sessionId);
      return sendHistory(id, checkCursor('listChatHistory', params.cursor), callOptions);
    },
    chatHistory(sessionId, callOptions) {
      return iterateHistory(checkSessionId('chatHistory', 'sessionId', sessionId), callOptions);
    },
    async filterChatSessions(params = {}, callOptions) {
      return sendFilter(checkFilterBody('filterChatSessions', params), callOptions);
    },
    filteredChatSessions(params = {}, callOptions) {
      const body = checkFilterBody('filteredChatSessions', { limit: 100, ...params, page: 1 });
      return paginatePageNumbers('filterChatSessions', body.limit ?? 100, async (page, limit) => {
        const result = await sendFilter({ ...body, page, limit }, callOptions);
        return { items: result.conversations, more: result.hasNext, echo: result.page };
      });
    },
    async listContacts(params = {}, callOptions) {
      const query = checkContactFilters('listContacts', params);
      query.cursor = checkCursor('listContacts', params.cursor);
      return sendContacts(query, callOptions);
    },
    contacts(params = {}, callOptions) {
      const query = checkContactFilters('contacts', params);
      return paginateCursor('listContacts', byId, async (cursor) => {
        const page = await sendContacts({ ...query, cursor }, callOptions);
        return { items: page.contacts, next: page.next };
      });
    },
  };
  // The compiler proves here that the client is a core `Source` (usable in `createHub`).
  return client satisfies Source;
}

/** The identity a listing deduplicates records by (a contact may come without an id). */
function byId(record: { id?: string }): string | undefined {
  return record.id;
}

function fail(operation: string, parameter: string, expected: string): never {
  throw new VendorArgumentError({ vendor: VENDOR, operation, parameter, expected });
}

function checkSessionId(operation: string, parameter: string, value: unknown): string {
  if (typeof value !== 'string' || !UUID.test(value)) {
    fail(operation, parameter, 'a session UUID (8-4-4-4-12 hex digits)');
  }
  return value;
}

// The spec requires a non-empty cursor; an empty one would restart the listing from page one.
function checkCursor(operation: string, cursor: unknown): string | undefined {
  if (cursor === undefined) return undefined;
  if (typeof cursor !== 'string' || cursor === '') {
    fail(operation, 'cursor', 'the non-empty `next` of a previous page');
  }
  return cursor;
}

function oneOf<T extends string>(
  operation: string,
  parameter: string,
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(operation, parameter, `one of ${allowed.join(', ')}`);
  }
  return value as T;
}

// Years are kept as written (`0050-…` is not 1950); instants outside 0000–9999 are refused.
function instant(operation: string, parameter: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return (
    toUtcTimestamp(value) ??
    fail(
      operation,
      parameter,
      'an ISO-8601 date-time string or a valid Date, in the years 0000 to 9999',
    )
  );
}

/** Both bounds of a window, checked and in order. */
function window(
  operation: string,
  [afterName, after]: [string, unknown],
  [beforeName, before]: [string, unknown],
): [string | undefined, string | undefined] {
  const from = instant(operation, afterName, after);
  const to = instant(operation, beforeName, before);
  if (from !== undefined && to !== undefined && from > to) {
    fail(operation, afterName, `an instant not after \`${beforeName}\``);
  }
  return [from, to];
}

function checkSessionFilters(operation: string, params: ChatSessionFilters): SessionQuery {
  const { handedOff } = params;
  if (handedOff !== undefined && typeof handedOff !== 'boolean') {
    fail(operation, 'handedOff', 'a boolean');
  }
  const [createdAfter, createdBefore] = window(
    operation,
    ['createdAfter', params.createdAfter],
    ['createdBefore', params.createdBefore],
  );
  const [updatedAfter, updatedBefore] = window(
    operation,
    ['updatedAfter', params.updatedAfter],
    ['updatedBefore', params.updatedBefore],
  );
  return {
    status: oneOf(operation, 'status', params.status, sessionStatusValues),
    channel_type: oneOf(operation, 'channelType', params.channelType, channelTypeValues),
    handed_off: handedOff,
    created_after: createdAfter,
    created_before: createdBefore,
    updated_after: updatedAfter,
    updated_before: updatedBefore,
  };
}

function checkContactFilters(operation: string, params: ContactFilters): ContactQuery {
  const [createdAfter, createdBefore] = window(
    operation,
    ['createdAfter', params.createdAfter],
    ['createdBefore', params.createdBefore],
  );
  const [updatedAfter, updatedBefore] = window(
    operation,
    ['updatedAfter', params.updatedAfter],
    ['updatedBefore', params.updatedBefore],
  );
  return {
    created_after: createdAfter,
    created_before: createdBefore,
    updated_after: updatedAfter,
    updated_before: updatedBefore,
  };
}

function checkFilterBody(operation: string, params: FilterChatSessionsParams): FilterBody {
  const { filters, page, limit } = params;
  if (
    filters !== undefined &&
    (typeof filters !== 'object' || filters === null || Array.isArray(filters))
  ) {
    fail(operation, 'filters', 'an object of filter criteria');
  }
  if (page !== undefined && (!Number.isSafeInteger(page) || page < 1)) {
    fail(operation, 'page', 'an integer ≥ 1');
  }
  if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 1 || limit > 100)) {
    fail(operation, 'limit', 'an integer from 1 to 100');
  }
  const body: FilterBody = {};
  // Only what the caller set is sent, so OpenCX applies its own documented defaults.
  if (filters !== undefined) body.filters = filters;
  const sortBy = oneOf(operation, 'sortBy', params.sortBy, chatSessionFilterSortByValues);
  if (sortBy !== undefined) body.sort_by = sortBy;
  const sortOrder = oneOf(
    operation,
    'sortOrder',
    params.sortOrder,
    chatSessionFilterSortOrderValues,
  );
  if (sortOrder !== undefined) body.sort_order = sortOrder;
  if (page !== undefined) body.page = page;
  if (limit !== undefined) body.limit = limit;
  return body;
}

// Not before the first millisecond of the year 0000: earlier instants print with a six-digit year.
const FIRST_INSTANT = Date.parse('0000-01-01T00:00:00.000Z');

function millisecondBefore(utc: string): string {
  return new Date(Math.max(FIRST_INSTANT, Date.parse(utc) - 1)).toISOString();
}
