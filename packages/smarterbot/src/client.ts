import {
  type ApiClient,
  type ClientOptions,
  createApiClient,
  createCall,
  requireCredential,
  type Source,
  unsupported,
} from '@botbridge/core';
import { smarterBotChecks } from './checks.js';
import type { SmarterBotContext } from './context.js';
import { describeError, isTransientEnvelope } from './errors.js';
import { operations } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { VENDOR } from './normalize/vendor.js';
import { type ChatHistoryResource, getChatHistory } from './resources/chat-history.js';
import { type LeadsResource, listLeads } from './resources/leads.js';
import { getMessageCount, type MessageCountResource } from './resources/message-count.js';
import { type WhoamiResource, whoami } from './resources/whoami.js';
import {
  CAPABILITIES,
  conversations,
  leads,
  messages,
  type SmarterBotSourceView,
} from './source.js';

/**
 * SmarterBot's API host, as given by the current developer docs. SmarterBot is a white-label of
 * NewOaks AI and this is the NewOaks API host. The older SmarterBot docs (and the LeadList page
 * we started from) send the same paths to `https://chat.smarterbot.ai`; pass that as `baseUrl`
 * if the primary host does not work for your account.
 * https://chat.smarterbot.ai/guides/developer/api/lead
 */
export const SMARTERBOT_BASE_URL = 'https://usapi.hottask.com';

/** Options of `createSmarterBotClient`: the secret key, the default chatbot, the shared options. */
export interface SmarterBotClientOptions extends ClientOptions {
  /**
   * The account's secret key, sent as the bare value of the `Authorization` header.
   * https://chat.smarterbot.ai/guides/developer/api/lead
   */
  apiKey: string;
  /**
   * The chatbot ("serial number", from the chatbot's general settings) that the `Source` methods
   * (`leads`, `conversations`, `messages`) read when a query names none. Every SmarterBot read is
   * per chatbot and the API cannot list an account's chatbots.
   * @default none (each `Source` call must then pass `serialNumber`)
   */
  serialNumber?: string;
}

/**
 * A SmarterBot client, made by `createSmarterBotClient`: a chatbot's leads, chat history and
 * message count with normalized results, `whoami` (the credential check: the key against the
 * client's chatbot), the botbridge `Source` view, and `api` for any other operation of the spec.
 * Its methods throw `VendorArgumentError` for a bad argument (before any request),
 * `VendorHttpError` or `VendorNetworkError` for a failed call (`VendorAuthenticationError` for a
 * refused key), `VendorEnvelopeError` for an answer with `Success: false` (even on HTTP 200), and
 * `VendorNormalizationError` for an unreadable answer.
 */
export interface SmarterBotClient
  extends LeadsResource,
    ChatHistoryResource,
    MessageCountResource,
    WhoamiResource,
    SmarterBotSourceView {
  /** The typed client for every operation of the spec; returns `{ data, error, response }`. */
  readonly api: ApiClient<paths>;
  /** Always `'smarterbot'`: tells this client apart from other vendors' in a hub. */
  readonly vendor: typeof VENDOR;
  /** Which `Source` listings SmarterBot offers (no single conversation) and how bounds apply. */
  readonly capabilities: typeof CAPABILITIES;
}

/**
 * Creates a SmarterBot client: the typed methods and the `Source` listings. Throws
 * `VendorArgumentError` for a missing key or a bad option.
 */
export function createSmarterBotClient(options: SmarterBotClientOptions): SmarterBotClient {
  const apiKey = requireCredential(options.apiKey, {
    vendor: VENDOR,
    operation: 'createSmarterBotClient',
    parameter: 'apiKey',
    expected: 'a non-empty SmarterBot secret key',
  });
  const defaultSerialNumber =
    options.serialNumber === undefined
      ? undefined
      : smarterBotChecks('createSmarterBotClient').serialNumber(options.serialNumber);
  const api = createApiClient<paths>({
    ...options,
    vendor: VENDOR,
    baseUrl: options.baseUrl ?? SMARTERBOT_BASE_URL,
    operations,
    // SmarterBot takes the raw secret key as the Authorization value: no `Bearer` or other scheme.
    // https://chat.smarterbot.ai/guides/developer/api/lead
    authenticate: (headers) => headers.set('Authorization', apiKey),
    // SmarterBot may report a failure inside an HTTP 200 envelope (`Success: false`, `Code`); a
    // transient code there is retried like the same HTTP status. https://chat.smarterbot.ai/guides/developer/api/lead
    retryableBody: isTransientEnvelope,
  });
  const secrets = () => [apiKey];
  const call = createCall({
    vendor: VENDOR,
    operations,
    secrets,
    describe: describeError,
    // The caller's, from `@botbridge/smarterbot/validators`, and never imported here, so that the default
    // bundle does not carry them. Checked only when the caller opts in (`validateResponses`).
    validators: options.validators,
    validateResponses: options.validateResponses,
    logger: options.logger,
  });
  const context: SmarterBotContext = {
    api,
    call,
    secrets,
    defaultSerialNumber,
    lazyData: (options.validateResponses ?? 'off') === 'off',
  };

  const client: SmarterBotClient = {
    api,
    vendor: VENDOR,
    capabilities: CAPABILITIES,
    listLeads: (params, callOptions) => listLeads(context, params, callOptions),
    getChatHistory: (params, callOptions) => getChatHistory(context, params, callOptions),
    getMessageCount: (params, callOptions) => getMessageCount(context, params, callOptions),
    whoami: (callOptions) => whoami(context, callOptions),
    leads: (query, callOptions) => leads(context, query, callOptions),
    conversations: (query, callOptions) => conversations(context, query, callOptions),
    conversation: unsupported(VENDOR, 'conversation'),
    messages: (conversationId, query, callOptions) =>
      messages(context, conversationId, query, callOptions),
  };
  return client satisfies Source;
}
