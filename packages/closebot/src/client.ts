import {
  type ApiClient,
  argumentChecks,
  type ClientOptions,
  createApiClient,
  createCall,
  requireCredential,
  type Source,
} from '@botbridge/core';
import type { CloseBotContext } from './context.js';
import { describeError } from './errors.js';
import { operations } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { VENDOR } from './normalize/vendor.js';
import { type AgencyResource, whoami } from './resources/agency.js';
import { type BotsResource, getBot, listBots } from './resources/bots.js';
import {
  getLeadAiToggle,
  type LeadActivityResource,
  listLeadPageHistory,
} from './resources/lead-activity.js';
import { getLead, type LeadsResource, listLeads, searchLeads } from './resources/leads.js';
import { countMessages, listMessages, type MessagesResource } from './resources/messages.js';
import { getSource, listSources, type SourcesResource } from './resources/sources.js';
import {
  createTestSession,
  listTestSessions,
  type TestSessionsResource,
  testSessions,
} from './resources/test-sessions.js';
import {
  CAPABILITIES,
  type CloseBotSourceView,
  conversation,
  conversations,
  leads,
  messages,
} from './source.js';

/** CloseBot's production API. https://developers.closebot.com */
export const CLOSEBOT_BASE_URL = 'https://api.closebot.com';

/** Options of `createCloseBotClient`: the API key, page sizes, and the shared client options. */
export interface CloseBotClientOptions extends ClientOptions {
  /**
   * API key from CloseBot settings (Settings → API keys), sent as the `X-CB-KEY` header.
   * https://developers.closebot.com/api-reference/bottesting/list-test-sessions
   */
  apiKey: string;
  /**
   * Leads per request when `leads()` and `conversations()` page through GET /lead (1–100). No
   * maximum is documented for leads; 100 is the documented cap of the sibling sources listing.
   * @default 100
   */
  pageSize?: number;
  /**
   * Messages asked for per time window when `messages()` reads GET /botMetric/messages (1–100).
   * CloseBot caps the rows of one answer at about 100 whatever is asked, and a window that comes
   * back full is split in two, so this must not exceed that cap: a cap just below the page size
   * would make a truncated window look complete. The default keeps a wide margin below the observed
   * cap, which is not documented.
   * @default 50
   */
  messagesPageSize?: number;
}

/**
 * A CloseBot client, made by `createCloseBotClient`: CloseBot's own operations (test sessions,
 * leads with their page visits and AI switch, messages and their count, bots, sources) with
 * normalized results, `whoami` (the credential check: the agency behind the key, from
 * GET /agency/current), the botbridge `Source` view, and `api` for any other operation of the
 * spec. Its methods throw `VendorArgumentError` for a bad argument (before any request),
 * `VendorHttpError` (and subclasses; `VendorAuthenticationError` for a refused key) or
 * `VendorNetworkError` for a failed call, and `VendorNormalizationError` for an answer that cannot
 * be read.
 */
export interface CloseBotClient
  extends TestSessionsResource,
    LeadsResource,
    LeadActivityResource,
    MessagesResource,
    BotsResource,
    SourcesResource,
    AgencyResource,
    CloseBotSourceView {
  /** Always `'closebot'`: tells this client apart from other vendors' in a hub. */
  readonly vendor: typeof VENDOR;
  /** Which `Source` listings CloseBot offers and who applies their time bounds. */
  readonly capabilities: typeof CAPABILITIES;
  /** The typed client for every operation of the spec; returns `{ data, error, response }`. */
  readonly api: ApiClient<paths>;
}

/** Creates a CloseBot client. Throws `VendorArgumentError` for a missing key or a bad option. */
export function createCloseBotClient(options: CloseBotClientOptions): CloseBotClient {
  const apiKey = requireCredential(options.apiKey, {
    vendor: VENDOR,
    operation: 'createCloseBotClient',
    parameter: 'apiKey',
    expected: 'a non-empty CloseBot API key',
  });
  const setup = argumentChecks(VENDOR, 'createCloseBotClient');
  const pageSize = setup.integer('pageSize', options.pageSize, { min: 1, max: 100, default: 100 });
  const messagesPageSize = setup.integer('messagesPageSize', options.messagesPageSize, {
    min: 1,
    max: 100,
    default: 50,
  });
  const api = createApiClient<paths>({
    ...options,
    vendor: VENDOR,
    baseUrl: options.baseUrl ?? CLOSEBOT_BASE_URL,
    operations,
    authenticate: (headers) => headers.set('X-CB-KEY', apiKey),
  });
  // CRM credentials handed out so far, scrubbed like the key (see `CloseBotContext`).
  const crmCredentials = new Set<string>();
  const call = createCall({
    vendor: VENDOR,
    operations,
    // The caller's, from `@botbridge/closebot/validators`, and never imported here, so that the default
    // bundle does not carry them. Checked only when the caller opts in (`validateResponses`).
    validators: options.validators,
    validateResponses: options.validateResponses,
    logger: options.logger,
    secrets: () => [apiKey, ...crmCredentials],
    describe: describeError,
  });
  const context: CloseBotContext = { api, call, pageSize, messagesPageSize, crmCredentials };

  const client: CloseBotClient = {
    vendor: VENDOR,
    capabilities: CAPABILITIES,
    api,
    listTestSessions: (params, callOptions) => listTestSessions(context, params, callOptions),
    testSessions: (params, callOptions) => testSessions(context, params, callOptions),
    createTestSession: (botId, callOptions) => createTestSession(context, botId, callOptions),
    listLeads: (params, callOptions) => listLeads(context, params, callOptions),
    getLead: (leadId, callOptions) => getLead(context, leadId, callOptions),
    searchLeads: (params, callOptions) => searchLeads(context, params, callOptions),
    listLeadPageHistory: (leadId, callOptions) => listLeadPageHistory(context, leadId, callOptions),
    getLeadAiToggle: (leadId, callOptions) => getLeadAiToggle(context, leadId, callOptions),
    listMessages: (params, callOptions) => listMessages(context, params, callOptions),
    countMessages: (params, callOptions) => countMessages(context, params, callOptions),
    listBots: (callOptions) => listBots(context, callOptions),
    getBot: (id, callOptions) => getBot(context, id, callOptions),
    listSources: (params, callOptions) => listSources(context, params, callOptions),
    getSource: (id, callOptions) => getSource(context, id, callOptions),
    whoami: (callOptions) => whoami(context, callOptions),
    leads: (query) => leads(context, query),
    conversations: (query) => conversations(context, query),
    conversation: (id, callOptions) => conversation(context, id, callOptions),
    messages: (conversationId, query) => messages(context, conversationId, query),
  };
  return client satisfies Source;
}
