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
  type Unsupported,
  unsupported,
  VendorArgumentError,
} from '@botbridge/core';
import {
  checkCredentials,
  createTokenLifecycle,
  isTokenExpired,
  readTokenPair,
  type Twin24Credentials,
} from './auth.js';
import { describeError } from './errors.js';
import { type OperationId, operations } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { responseValidators } from './generated/validators.js';
import {
  normalizeChatSession,
  normalizeMessage,
  normalizeSession,
  readListPage,
  readSearchResult,
  type TwinConversation,
  type TwinMessage,
  type TwinSessionConversation,
  VENDOR,
} from './normalize.js';
import { paginateByOffset } from './pagination.js';
import {
  checkMessageFilters,
  checkMessageParams,
  checkSearchParams,
  checkSessionFilters,
  checkSessionId,
  checkSessionParams,
  checks,
  type ListSessionMessagesParams,
  type ListSessionsParams,
  type MessagesQuery,
  type SearchChatSessionsParams,
  type SearchQuery,
  type SessionsQuery,
  type Twin24ConversationFilters,
  type Twin24MessageFilters,
} from './params.js';

/** Twin's analyse (search and statistics) service. https://developers.twin24.ai/reference/searchchatsessionlist */
export const TWIN24_ANALYSE_URL = 'https://analyse.twin24.ai/api/v1';
/** Twin's IAM service (login, token refresh). https://wiki.twin-ai.com/scripts/use-cases/authorization-token */
export const TWIN24_IAM_URL = 'https://iam.twin24.ai/api/v1';
/**
 * Twin's chat service (sessions and their messages), the host of the vendor's PHP SDK. One vendor
 * Confluence sample uses `https://chats-api.twin24.ai/api/v1` instead; point `serviceUrls.chat`
 * there if this one does not answer. https://developers.twin24.ai/reference/operatorchatsessionlist
 */
export const TWIN24_CHAT_URL = 'https://chat-api.twin24.ai/api/v1';

/** The Twin services this client talks to; each has its own host. */
export type Twin24Service = 'iam' | 'chat' | 'analyse';

// Which service serves each operation. The compiler asks for a line here when the spec gains an
// operation; its production URL comes from the spec's per-path `servers` (the generated table).
const SERVICE_OF = {
  searchChatSessions: 'analyse',
  login: 'iam',
  refreshToken: 'iam',
  listSessions: 'chat',
  getSession: 'chat',
  listSessionMessages: 'chat',
} as const satisfies Record<OperationId, Twin24Service>;

const SERVICES: readonly Twin24Service[] = ['iam', 'chat', 'analyse'];

/**
 * What the Twin `Source` offers.
 * - leads: `false`. Twin's chat API has no leads or contact captures.
 * - conversations: the chat service's session list (GET /sessions) takes `from`/`to`, so both
 *   bounds go to the server. Which session timestamp Twin compares is undocumented; the records
 *   are re-checked on `createdAt` (the session's `startedAt`) by `applyQuery`, so a window over a
 *   different timestamp on Twin's side can only drop sessions, never add ones outside the window.
 *   https://developers.twin24.ai/reference/operatorchatsessionlist
 * - conversation: GET /sessions/{id}.
 * - messages: GET /sessions/{id}/messages takes `from`/`to` on the message time (re-checked too).
 */
export const CAPABILITIES = {
  leads: false,
  conversations: { since: 'server', until: 'server' },
  conversation: true,
  messages: { since: 'server', until: 'server' },
} as const satisfies Capabilities;

/** Records per request of each paging listing. */
export interface Twin24PageSizes {
  /** @default 100 */
  conversations?: number;
  /** @default 100 */
  messages?: number;
}

interface Twin24CommonOptions extends ClientOptions {
  /**
   * One base URL for every Twin service (a mock, a proxy, a sandbox): when set, every operation is
   * sent there, and `serviceUrls` is ignored. Keep Twin's `/api/v1` prefix when the server has it.
   * @default each operation's own production host (see `serviceUrls`)
   */
  baseUrl?: string;
  /**
   * Base URL per Twin service, for services that do not live at their production host (Twin's
   * path-style aliases such as `https://twin24.ai/analyse/api/v1`, the alternative chat host).
   * @default { iam: TWIN24_IAM_URL, chat: TWIN24_CHAT_URL, analyse: TWIN24_ANALYSE_URL }
   */
  serviceUrls?: Partial<Record<Twin24Service, string>>;
  /**
   * With `credentials`: how long before the token's `exp` the client refreshes it, in ms.
   * @default 60000
   */
  refreshMarginMs?: number;
  /**
   * Records per request of the paging listings (`sessions`, `sessionMessages` and the `Source`'s
   * `conversations` and `messages`), an integer from 1 to 1000: one number for both, or one each.
   * @default 100
   */
  pageSize?: number | Twin24PageSizes;
  /**
   * Clock used to tell when the token expires. Test seam only.
   * @internal
   * @default Date.now
   */
  now?: () => number;
}

interface Twin24TokenAuth {
  /**
   * A JWT access token from Twin's IAM login (`POST https://iam.twin24.ai/api/v1/auth/login`),
   * sent as `Authorization: Bearer <token>`. It expires (its `exp` claim) and the client cannot
   * renew it: an expired one fails with `VendorAuthenticationError` ("Token is expired."). Pass
   * `credentials` instead for long-running jobs.
   * https://developers.twin24.ai/reference/searchchatsessionlist
   */
  token: string;
  credentials?: never;
}

interface Twin24CredentialsAuth {
  /**
   * A Twin user's login. The client logs in on first use, refreshes the token shortly before it
   * expires (`refreshMarginMs`) and once more when Twin answers "Token is expired.", and logs in
   * again when the refresh token is refused.
   * https://wiki.twin-ai.com/scripts/use-cases/authorization-token
   */
  credentials: Twin24Credentials;
  token?: never;
}

/** Options of `createTwin24Client`: exactly one of `token` and `credentials`. */
export type Twin24ClientOptions = Twin24CommonOptions & (Twin24TokenAuth | Twin24CredentialsAuth);

export interface ChatSessionPage {
  conversations: TwinConversation[];
  /** Total sessions matching the filters (all pages); `undefined` when Twin left it out. */
  count: number | undefined;
}

export interface SessionPage {
  conversations: TwinSessionConversation[];
  /** Total sessions matching the filters (all pages); `undefined` when Twin left it out. */
  count: number | undefined;
}

export interface MessagePage {
  messages: TwinMessage[];
  /** Total messages matching the filters (all pages); `undefined` when Twin left it out. */
  count: number | undefined;
}

/** The query of `conversations()`: the window and limit, plus Twin's session filters. */
export type Twin24ConversationQuery = SourceQuery & Twin24ConversationFilters;
/** The query of `messages()`: the window and limit, plus Twin's message filters. */
export type Twin24MessageQuery = SourceQuery & Twin24MessageFilters;

export interface Twin24Client {
  /**
   * The typed client for every operation of the spec; returns `{ data, error, response }`. It
   * carries the token lifecycle. Without a client-wide `baseUrl`, requests go to the analyse
   * service unless given another: pass `baseUrl: client.serviceUrls.chat` for chat-service paths.
   */
  readonly api: ApiClient<paths>;
  /** Where each service's requests go (the options resolved). */
  readonly serviceUrls: Readonly<Record<Twin24Service, string>>;
  readonly vendor: typeof VENDOR;
  readonly capabilities: typeof CAPABILITIES;
  /** One page of Twin's chat-session search, normalized to conversations. */
  searchChatSessions(
    params?: SearchChatSessionsParams,
    options?: CallOptions,
  ): Promise<ChatSessionPage>;
  /** Every matching chat session of the search, fetched page by page (one page in memory at a time). */
  chatSessions(
    params?: Omit<SearchChatSessionsParams, 'offset'>,
    options?: CallOptions,
  ): AsyncIterable<TwinConversation>;
  /** One page of the chat service's session list (GET /sessions), normalized. */
  listSessions(params?: ListSessionsParams, options?: CallOptions): Promise<SessionPage>;
  /**
   * Every matching session of the chat service, page by page (one page in memory at a time).
   * Sorted by `startedAt` unless `sort` says otherwise, so new sessions do not shift the pages.
   */
  sessions(
    params?: Omit<ListSessionsParams, 'offset'>,
    options?: CallOptions,
  ): AsyncIterable<TwinSessionConversation>;
  /** One chat session by id (GET /sessions/{id}), normalized. */
  getSession(sessionId: string, options?: CallOptions): Promise<TwinSessionConversation>;
  /** One page of a session's messages (GET /sessions/{id}/messages), normalized. */
  listSessionMessages(
    sessionId: string,
    params?: ListSessionMessagesParams,
    options?: CallOptions,
  ): Promise<MessagePage>;
  /**
   * Every matching message of a session, page by page, oldest first unless `sort` says otherwise.
   */
  sessionMessages(
    sessionId: string,
    params?: Omit<ListSessionMessagesParams, 'offset'>,
    options?: CallOptions,
  ): AsyncIterable<TwinMessage>;
  /** Not available: Twin's API has no leads (see `CAPABILITIES`). */
  leads: Unsupported;
  /**
   * The chat service's sessions as conversations (`Source`), oldest first; `since`/`until` are
   * sent as Twin's `from`/`to` and re-checked on `createdAt` (the session start).
   */
  conversations(query?: Twin24ConversationQuery): AsyncIterable<TwinSessionConversation>;
  /** One session as a conversation (`Source`). */
  conversation(id: string, options?: { signal?: AbortSignal }): Promise<TwinSessionConversation>;
  /** The messages of one session, oldest first (`Source`); `since`/`until` go to Twin as `from`/`to`. */
  messages(conversationId: string, query?: Twin24MessageQuery): AsyncIterable<TwinMessage>;
}

/**
 * Creates a Twin client: the typed methods and the `Source` listings. Throws `VendorArgumentError`
 * for missing or doubled credentials or a bad option. Nothing is sent until the first call; with
 * `credentials`, that call logs in first.
 */
export function createTwin24Client(options: Twin24ClientOptions): Twin24Client {
  const auth = checkAuth(options);
  const serviceUrls = resolveServiceUrls(options);
  const pageSizes = resolvePageSizes(options.pageSize);
  const refreshMarginMs = options.refreshMarginMs ?? 60_000;
  if (!Number.isFinite(refreshMarginMs) || refreshMarginMs < 0) {
    fail('refreshMarginMs', 'a number of milliseconds ≥ 0');
  }
  const urlOf = (operation: OperationId) => serviceUrls[SERVICE_OF[operation]];

  const api = createApiClient<paths>({
    ...options,
    vendor: VENDOR,
    // Per-request base URLs route each operation to its service; this one only tells the retry
    // layer the path prefix to strip (all Twin services share `/api/v1`).
    baseUrl: options.baseUrl ?? serviceUrls.analyse,
    operations,
    // No `authenticate`: the token lifecycle middleware below sets `Authorization` itself (login
    // sends none, refresh its own raw token).
    // `fields` is one comma-separated value (`fields=id,chatId`), as the spec declares.
    querySerializer: { array: { style: 'form', explode: false } },
  });

  const credentials = auth.credentials;
  const lifecycle = createTokenLifecycle({
    token: auth.token,
    secrets: credentials ? [credentials.password] : [],
    refreshMarginMs,
    now: options.now ?? Date.now,
    issuer: credentials && {
      async login() {
        const body = await call('login', () =>
          api.POST('/auth/login', {
            baseUrl: urlOf('login'),
            body: {
              email: credentials.email,
              password: credentials.password,
              ttl: credentials.ttlSeconds,
              companyId: credentials.companyId,
            },
          }),
        );
        return readTokenPair(body, 'login');
      },
      async refresh(accessToken, refreshToken) {
        const body = await call('refreshToken', () =>
          api.POST('/auth/refresh', {
            baseUrl: urlOf('refreshToken'),
            // Twin's own SDK sends the current token WITHOUT the `Bearer ` prefix on this call
            // only; no vendor page documents the header, so we do as the SDK does.
            // https://github.com/URALINNOVATSIYA/sdk-php/blob/4029828d12d9c5af736ed7476ab1835b65e12aae/src/Http/Authenticator.php
            headers: { Authorization: accessToken },
            body: { refreshToken, ttl: credentials.ttlSeconds },
          }),
        );
        return readTokenPair(body, 'refreshToken');
      },
    },
  });
  api.use(lifecycle.middleware);

  const call = createCall({
    vendor: VENDOR,
    operations,
    // Checked against the spec only when the caller opts in (`validateResponses`).
    validators: responseValidators,
    validateResponses: options.validateResponses,
    logger: options.logger,
    secrets: () => lifecycle.secrets(),
    describe(body) {
      const reason = describeError(body);
      if (lifecycle.renewable || !isTokenExpired(body)) return reason;
      return `${reason} The client was given a fixed \`token\`, which it cannot refresh: pass a new one, or \`credentials\` so that it logs in and refreshes on its own.`;
    },
  });

  async function searchPage(query: SearchQuery, callOptions: CallOptions = {}) {
    const body = await call('searchChatSessions', () =>
      api.GET('/search/chat/sessions', {
        baseUrl: urlOf('searchChatSessions'),
        params: { query },
        signal: callOptions.signal,
        headers: callOptions.headers,
      }),
    );
    const { items, count } = readSearchResult(body);
    return { conversations: items.map(normalizeChatSession), count };
  }

  async function sessionPage(query: SessionsQuery, callOptions: CallOptions = {}) {
    const body = await call('listSessions', () =>
      api.GET('/sessions', {
        baseUrl: urlOf('listSessions'),
        params: { query },
        signal: callOptions.signal,
        headers: callOptions.headers,
      }),
    );
    const { items, count } = readListPage(body, 'listSessions');
    return { conversations: items.map((item) => normalizeSession(item, 'listSessions')), count };
  }

  async function getSession(sessionId: string, callOptions: CallOptions = {}) {
    const body = await call('getSession', () =>
      api.GET('/sessions/{sessionId}', {
        baseUrl: urlOf('getSession'),
        params: { path: { sessionId } },
        signal: callOptions.signal,
        headers: callOptions.headers,
      }),
    );
    return normalizeSession(body, 'getSession');
  }

  async function messagePage(
    sessionId: string,
    query: MessagesQuery,
    callOptions: CallOptions = {},
  ) {
    const body = await call('listSessionMessages', () =>
      api.GET('/sessions/{sessionId}/messages', {
        baseUrl: urlOf('listSessionMessages'),
        params: { path: { sessionId }, query },
        signal: callOptions.signal,
        headers: callOptions.headers,
      }),
    );
    const { items, count } = readListPage(body, 'listSessionMessages');
    const start = query.offset ?? 0;
    const messages = items.map((item, i) =>
      normalizeMessage(item, { conversationId: sessionId, position: start + i }),
    );
    return { messages, count };
  }

  /**
   * Pages a `{count, items}` list by offset, one page in memory at a time, each record once (see
   * `paginateByOffset` for capped pages, repeated pages and records that move while paging).
   */
  function byOffset<T extends { id: string }>(
    operation: string,
    limit: number,
    fetchPage: (offset: number) => Promise<{ items: T[]; count: number | undefined }>,
  ): AsyncIterable<T> {
    return paginateByOffset(operation, limit, async (offset) => {
      const page = await fetchPage(offset);
      return { items: page.items, total: page.count };
    });
  }

  function sessionsFrom(query: SessionsQuery & { limit: number }, callOptions?: CallOptions) {
    return byOffset('listSessions', query.limit, async (offset) => {
      const page = await sessionPage({ ...query, offset }, callOptions);
      return { items: page.conversations, count: page.count };
    });
  }

  function messagesFrom(
    sessionId: string,
    query: MessagesQuery & { limit: number },
    callOptions?: CallOptions,
  ) {
    return byOffset('listSessionMessages', query.limit, async (offset) => {
      const page = await messagePage(sessionId, { ...query, offset }, callOptions);
      return { items: page.messages, count: page.count };
    });
  }

  const client: Twin24Client = {
    api,
    serviceUrls,
    vendor: VENDOR,
    capabilities: CAPABILITIES,
    async searchChatSessions(params = {}, callOptions) {
      return searchPage(checkSearchParams(params), callOptions);
    },
    chatSessions(params = {}, callOptions) {
      const limit = params.limit ?? 100;
      const query = checkSearchParams({ ...params, limit, offset: 0 });
      return byOffset('searchChatSessions', limit, async (offset) => {
        const page = await searchPage({ ...query, offset }, callOptions);
        return { items: page.conversations, count: page.count };
      });
    },
    async listSessions(params = {}, callOptions) {
      return sessionPage(checkSessionParams(params), callOptions);
    },
    sessions(params = {}, callOptions) {
      const limit = params.limit ?? pageSizes.conversations;
      const query = checkSessionParams({ sort: 'startedAt', ...params, limit, offset: 0 });
      return sessionsFrom({ ...query, limit }, callOptions);
    },
    async getSession(sessionId, callOptions) {
      return getSession(checkSessionId(sessionId, 'getSession', 'sessionId'), callOptions);
    },
    async listSessionMessages(sessionId, params = {}, callOptions) {
      const id = checkSessionId(sessionId, 'listSessionMessages', 'sessionId');
      return messagePage(id, checkMessageParams(params), callOptions);
    },
    sessionMessages(sessionId, params = {}, callOptions) {
      const id = checkSessionId(sessionId, 'listSessionMessages', 'sessionId');
      const limit = params.limit ?? pageSizes.messages;
      const query = checkMessageParams({ sort: 'createdAt', ...params, limit, offset: 0 });
      return messagesFrom(id, { ...query, limit }, callOptions);
    },
    leads: unsupported(VENDOR, 'leads'),
    conversations(query = {}) {
      const resolved = resolveQuery(VENDOR, 'conversations', query, CAPABILITIES.conversations);
      const filters = checkSessionFilters(query, 'conversations');
      const limit = pageSizes.conversations;
      // Oldest first: offset paging then stays put while new sessions start during the read.
      const sessions = sessionsFrom(
        { ...filters, from: resolved.since, to: resolved.until, sort: 'startedAt', limit },
        { signal: resolved.signal },
      );
      return applyQuery(sessions, resolved);
    },
    async conversation(id, callOptions = {}) {
      return getSession(checkSessionId(id, 'conversation', 'id'), { signal: callOptions.signal });
    },
    messages(conversationId, query = {}) {
      const resolved = resolveQuery(VENDOR, 'messages', query, CAPABILITIES.messages);
      const id = checkSessionId(conversationId, 'messages', 'conversationId');
      const filters = checkMessageFilters(query, 'messages');
      const limit = pageSizes.messages;
      const messages = messagesFrom(
        id,
        { ...filters, from: resolved.since, to: resolved.until, sort: 'createdAt', limit },
        { signal: resolved.signal },
      );
      return applyQuery(messages, resolved);
    },
  };
  return client satisfies Source;
}

function fail(parameter: string, expected: string): never {
  throw new VendorArgumentError({
    vendor: VENDOR,
    operation: 'createTwin24Client',
    parameter,
    expected,
  });
}

// Twin has no static API keys: either a token the caller got (and renews) or a login the client
// manages. Both at once would leave it unclear which one the requests use.
function checkAuth(options: Twin24ClientOptions): {
  token?: string;
  credentials?: Twin24Credentials;
} {
  const { token, credentials } = options as { token?: unknown; credentials?: unknown };
  if (token !== undefined && credentials !== undefined) {
    fail(
      'credentials',
      'absent when `token` is given: pass exactly one of `token` and `credentials`',
    );
  }
  if (credentials !== undefined) {
    return { credentials: checkCredentials(credentials, 'createTwin24Client') };
  }
  if (token === undefined) {
    fail(
      'token',
      'a non-empty Twin JWT access token, or pass `credentials` (email and password) instead: exactly one of the two',
    );
  }
  return {
    token: requireCredential(token, {
      vendor: VENDOR,
      operation: 'createTwin24Client',
      parameter: 'token',
      expected: 'a non-empty Twin JWT access token',
    }),
  };
}

function resolveServiceUrls(options: Twin24CommonOptions): Record<Twin24Service, string> {
  const production = (operation: OperationId) =>
    operations.find((op) => op.operationId === operation)?.server as string;
  const urls: Record<Twin24Service, string> = {
    iam: production('login'),
    chat: production('listSessions'),
    analyse: production('searchChatSessions'),
  };
  const given = options.serviceUrls ?? {};
  if (typeof given !== 'object' || given === null) {
    fail('serviceUrls', 'an object of base URLs keyed by service (iam, chat, analyse)');
  }
  for (const [service, url] of Object.entries(given)) {
    if (!SERVICES.includes(service as Twin24Service)) {
      fail(`serviceUrls.${service}`, `absent: Twin services are ${SERVICES.join(', ')}`);
    }
    if (url === undefined) continue;
    urls[service as Twin24Service] = absoluteUrl(url, `serviceUrls.${service}`);
  }
  if (options.baseUrl !== undefined) {
    const one = absoluteUrl(options.baseUrl, 'baseUrl');
    for (const service of SERVICES) urls[service] = one;
  }
  return urls;
}

function absoluteUrl(value: unknown, parameter: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value as string);
  } catch {
    // Reported below, without the parser's error: it quotes the input.
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return fail(parameter, 'an absolute http(s) URL');
  }
  // A user name or password in the URL would fail the first request with a TypeError quoting the
  // whole URL, password included.
  if (url.username !== '' || url.password !== '') {
    return fail(
      parameter,
      'an http(s) URL without a user name or password (send credentials as options)',
    );
  }
  return url.toString().replace(/\/+$/, '');
}

function resolvePageSizes(value: number | Twin24PageSizes | undefined): Required<Twin24PageSizes> {
  const check = checks('createTwin24Client');
  if (value === undefined || typeof value === 'number') {
    const size = check.limit(value ?? 100, 'pageSize') as number;
    return { conversations: size, messages: size };
  }
  if (typeof value !== 'object' || value === null) {
    fail('pageSize', 'an integer from 1 to 1000, or { conversations, messages }');
  }
  return {
    conversations: check.limit(value.conversations ?? 100, 'pageSize.conversations') as number,
    messages: check.limit(value.messages ?? 100, 'pageSize.messages') as number,
  };
}
