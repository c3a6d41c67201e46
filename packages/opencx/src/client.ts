import {
  type ApiClient,
  type ClientOptions,
  createApiClient,
  createCall,
  requireCredential,
  type Source,
} from '@botbridge/core';
import type { OpenCxContext } from './context.js';
import { describeError } from './errors.js';
import { operations } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { VENDOR } from './normalize/vendor.js';
import {
  type ChatHistoryResource,
  chatHistory,
  listChatHistory,
} from './resources/chat-history.js';
import {
  type ChatSessionsResource,
  chatSessions,
  filterChatSessions,
  filteredChatSessions,
  getChatSession,
  listChatSessions,
} from './resources/chat-sessions.js';
import { type ContactsResource, contacts, listContacts } from './resources/contacts.js';
import { type OrganizationResource, whoami } from './resources/organization.js';
import {
  CAPABILITIES,
  conversation,
  conversations,
  leads,
  messages,
  type OpenCxSourceView,
} from './source.js';

/** OpenCX's documented rate for standard endpoints. https://docs.open.cx/api-reference */
export const OPENCX_RATE_LIMIT = {
  /** Requests allowed in each window. */
  requests: 100,
  /** The window, in ms (one minute). */
  perMs: 60_000,
} as const;

/** OpenCX's production API (the only documented host). https://docs.open.cx/api-reference */
export const OPENCX_BASE_URL = 'https://api.open.cx';

/** Options of `createOpenCxClient`: the API key and the shared client options. */
export interface OpenCxClientOptions extends ClientOptions {
  /**
   * API key from the OpenCX dashboard (Settings → Access), sent as `Authorization: Bearer <key>`.
   * Reading sessions and history needs a full-access key or the `chat-sessions:read` scope; listing
   * contacts needs `contacts:read`.
   * https://docs.open.cx/api-reference/authentication
   */
  apiKey: string;
}

/**
 * The OpenCX client: the typed `api`, the vendor's resources, the core `Source` view, and
 * `whoami()`, the credential check (`GET /org`: the organization the API key belongs to).
 */
export interface OpenCxClient
  extends ChatSessionsResource,
    ChatHistoryResource,
    ContactsResource,
    OrganizationResource,
    OpenCxSourceView {
  /** The typed client for every operation of the spec; returns `{ data, error, response }`. */
  readonly api: ApiClient<paths>;
  /** Always `'opencx'`: tells this client apart from other vendors' in a hub. */
  readonly vendor: typeof VENDOR;
  /** Which `Source` listings OpenCX offers (no leads) and who applies their time bounds. */
  readonly capabilities: typeof CAPABILITIES;
}

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
    // The caller's, from `@botbridge/opencx/validators`, and never imported here, so that the default
    // bundle does not carry them. Checked only when the caller opts in (`validateResponses`).
    validators: options.validators,
    validateResponses: options.validateResponses,
    logger: options.logger,
    secrets: () => [apiKey],
    describe: describeError,
  });
  const context: OpenCxContext = { api, call };

  const client: OpenCxClient = {
    api,
    vendor: VENDOR,
    capabilities: CAPABILITIES,
    leads,
    conversations: (query) => conversations(context, query),
    conversation: (id, callOptions) => conversation(context, id, callOptions),
    messages: (conversationId, query) => messages(context, conversationId, query),

    getChatSession: (sessionId, callOptions) => getChatSession(context, sessionId, callOptions),
    listChatSessions: (params, callOptions) => listChatSessions(context, params, callOptions),
    chatSessions: (params, callOptions) => chatSessions(context, params, callOptions),
    listChatHistory: (sessionId, params, callOptions) =>
      listChatHistory(context, sessionId, params, callOptions),
    chatHistory: (sessionId, callOptions) => chatHistory(context, sessionId, callOptions),
    filterChatSessions: (params, callOptions) => filterChatSessions(context, params, callOptions),
    filteredChatSessions: (params, callOptions) =>
      filteredChatSessions(context, params, callOptions),
    listContacts: (params, callOptions) => listContacts(context, params, callOptions),
    contacts: (params, callOptions) => contacts(context, params, callOptions),
    whoami: (callOptions) => whoami(context, callOptions),
  };
  // The compiler proves here that the client is a core `Source` (usable in `createHub`).
  return client satisfies Source;
}
