import {
  type ApiClient,
  type ClientOptions,
  createApiClient,
  createCall,
  type Source,
  unsupported,
} from '@botbridge/core';
import { createTokenLifecycle, describeFailure, type Twin24Credentials } from './auth.js';
import type { Twin24Context } from './context.js';
import { operations } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { createTokenIssuer } from './iam.js';
import { VENDOR } from './normalize/vendor.js';
import { resolveAuth, resolvePageSizes, resolveRefreshMargin } from './options.js';
import {
  type ChatSessionsResource,
  chatSessions,
  searchChatSessions,
} from './resources/chat-sessions.js';
import {
  listSessionMessages,
  type MessagesResource,
  sessionMessages,
} from './resources/messages.js';
import { getSession, listSessions, type SessionsResource, sessions } from './resources/sessions.js';
import { type WhoamiResource, whoami } from './resources/whoami.js';
import { resolveServiceUrls, type Twin24Service } from './services.js';
import {
  CAPABILITIES,
  conversation,
  conversations,
  messages,
  type Twin24SourceView,
} from './source.js';

/** Twin's analyse (search and statistics) service. https://developers.twin24.ai/reference/searchchatsessionlist */
export const TWIN24_ANALYSE_URL = 'https://analyse.twin24.ai/api/v1';
/** Twin's IAM service (login, token refresh, current user). https://wiki.twin-ai.com/scripts/use-cases/authorization-token */
export const TWIN24_IAM_URL = 'https://iam.twin24.ai/api/v1';
/**
 * Twin's chat service (sessions and their messages), the host of the vendor's PHP SDK. One vendor
 * Confluence sample uses `https://chats-api.twin24.ai/api/v1` instead; point `serviceUrls.chat`
 * there if this one does not answer. https://developers.twin24.ai/reference/operatorchatsessionlist
 */
export const TWIN24_CHAT_URL = 'https://chat-api.twin24.ai/api/v1';

/** Records per request of each paging listing. */
export interface Twin24PageSizes {
  /** @default 100 */
  conversations?: number;
  /** @default 100 */
  messages?: number;
}

/** The options of `createTwin24Client` other than how it authenticates. */
export interface Twin24CommonOptions extends ClientOptions {
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

/** Authentication with an access token you obtained yourself; it is never renewed. */
export interface Twin24TokenAuth {
  /**
   * A JWT access token from Twin's IAM login (`POST https://iam.twin24.ai/api/v1/auth/login`),
   * sent as `Authorization: Bearer <token>`. It expires (its `exp` claim) and the client cannot
   * renew it: an expired one fails with `VendorAuthenticationError` ("Token is expired."). Pass
   * `credentials` instead for long-running jobs.
   * https://developers.twin24.ai/reference/searchchatsessionlist
   */
  token: string;
  /** Not with `token`: give exactly one of the two. */
  credentials?: never;
}

/** Authentication by login: the client obtains and renews its tokens itself. */
export interface Twin24CredentialsAuth {
  /**
   * A Twin user's login. The client logs in on first use, refreshes the token shortly before it
   * expires (`refreshMarginMs`) and once more when Twin answers "Token is expired.", and logs in
   * again when the refresh token is refused.
   * https://wiki.twin-ai.com/scripts/use-cases/authorization-token
   */
  credentials: Twin24Credentials;
  /** Not with `credentials`: give exactly one of the two. */
  token?: never;
}

/** Options of `createTwin24Client`: exactly one of `token` and `credentials`. */
export type Twin24ClientOptions = Twin24CommonOptions & (Twin24TokenAuth | Twin24CredentialsAuth);

/**
 * A Twin client, made by `createTwin24Client`: the chat-session search, the chat service's
 * sessions and messages with normalized results, `whoami` (the credential check: the IAM user the
 * token acts for), the botbridge `Source` view, and `api` for any other operation of the spec. Its
 * methods throw `VendorArgumentError` for a bad argument (before any request), `VendorHttpError`
 * (`VendorAuthenticationError` for a refused login or token) or `VendorNetworkError` for a failed
 * call, and `VendorNormalizationError` for an unreadable answer.
 */
export interface Twin24Client
  extends ChatSessionsResource,
    SessionsResource,
    MessagesResource,
    WhoamiResource,
    Twin24SourceView {
  /**
   * The typed client for every operation of the spec; returns `{ data, error, response }`. It
   * carries the token lifecycle. Without a client-wide `baseUrl`, requests go to the analyse
   * service unless given another: pass `baseUrl: client.serviceUrls.chat` for chat-service paths.
   */
  readonly api: ApiClient<paths>;
  /** Where each service's requests go (the options resolved). */
  readonly serviceUrls: Readonly<Record<Twin24Service, string>>;
  /** Always `'twin24'`: tells this client apart from other vendors' in a hub. */
  readonly vendor: typeof VENDOR;
  /** Which `Source` listings Twin offers (no leads) and who applies their time bounds. */
  readonly capabilities: typeof CAPABILITIES;
}

/**
 * Creates a Twin client: the typed methods and the `Source` listings. Throws `VendorArgumentError`
 * for missing or doubled credentials or a bad option. Nothing is sent until the first call; with
 * `credentials`, that call logs in first.
 */
export function createTwin24Client(options: Twin24ClientOptions): Twin24Client {
  const { token, credentials } = resolveAuth(options);
  const serviceUrls = resolveServiceUrls(options);
  const pageSizes = resolvePageSizes(options.pageSize);
  const refreshMarginMs = resolveRefreshMargin(options.refreshMarginMs);

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
  // `call` reads the lifecycle (built below, once the context its IAM calls need exists) only
  // when an answer is checked, never while the client is being built.
  const call = createCall({
    vendor: VENDOR,
    operations,
    // The caller's, from `@botbridge/twin24/validators`, and never imported here, so that the default
    // bundle does not carry them. Checked only when the caller opts in (`validateResponses`).
    validators: options.validators,
    validateResponses: options.validateResponses,
    logger: options.logger,
    secrets: () => lifecycle.secrets(),
    describe: (body) => describeFailure(body, lifecycle.renewable),
  });
  const context: Twin24Context = { api, call, serviceUrls, pageSizes };
  const lifecycle = createTokenLifecycle({
    token,
    secrets: credentials ? [credentials.password] : [],
    refreshMarginMs,
    now: options.now ?? Date.now,
    issuer: credentials && createTokenIssuer(context, credentials),
  });
  api.use(lifecycle.middleware);

  const client: Twin24Client = {
    api,
    serviceUrls,
    vendor: VENDOR,
    capabilities: CAPABILITIES,
    searchChatSessions: (params, callOptions) => searchChatSessions(context, params, callOptions),
    chatSessions: (params, callOptions) => chatSessions(context, params, callOptions),
    listSessions: (params, callOptions) => listSessions(context, params, callOptions),
    sessions: (params, callOptions) => sessions(context, params, callOptions),
    getSession: (sessionId, callOptions) => getSession(context, sessionId, callOptions),
    listSessionMessages: (sessionId, params, callOptions) =>
      listSessionMessages(context, sessionId, params, callOptions),
    sessionMessages: (sessionId, params, callOptions) =>
      sessionMessages(context, sessionId, params, callOptions),
    whoami: (callOptions) => whoami(context, callOptions),
    leads: unsupported(VENDOR, 'leads'),
    conversations: (query) => conversations(context, query),
    conversation: (id, callOptions) => conversation(context, id, callOptions),
    messages: (conversationId, query) => messages(context, conversationId, query),
  };
  return client satisfies Source;
}
