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
  VendorNormalizationError,
} from '@botbridge/core';
import { argumentChecks } from './arguments.js';
import { describeError } from './errors.js';
import { operations } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { responseValidators } from './generated/validators.js';
import {
  type BotDto,
  type BotMetricMessage,
  type CloseBotConversation,
  type CloseBotLead,
  type CloseBotMessage,
  type LeadDto,
  normalizeLead,
  normalizeLeadConversation,
  normalizeMessage,
  readArray,
  readFound,
  readObject,
  readPageEnvelope,
  readSearchResult,
  readTestSessionList,
  type SearchQueryInput,
  type SourceDto,
  type TestSession,
  VENDOR,
} from './normalize.js';
import {
  nextWindows,
  paginateOffsets,
  paginatePages,
  paginateWindows,
  type TimeWindow,
  unsplittable,
} from './pagination.js';

/** CloseBot's production API. https://developers.closebot.com */
export const CLOSEBOT_BASE_URL = 'https://api.closebot.com';

/**
 * What CloseBot offers behind `Source`:
 * - leads: GET /lead lists every lead, with no time filter, so `since`/`until` apply on the client
 *   to the lead's last activity (`updatedAt`; leads carry no creation time).
 * - conversations: CloseBot has no conversation object; a lead is its conversation thread, so this
 *   is the same GET /lead listing seen as conversations, filtered the same way.
 * - conversation(id): GET /lead/{leadId}.
 * - messages: GET /botMetric/messages takes a `start`/`end` window, so the server filters.
 */
export const CAPABILITIES = {
  leads: { since: 'client', until: 'client' },
  conversations: { since: 'client', until: 'client' },
  conversation: true,
  messages: { since: 'server', until: 'server' },
} as const satisfies Capabilities;

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

export interface ListTestSessionsParams {
  botId: string;
  /**
   * Sessions to skip.
   * @default 0
   */
  offset?: number;
  /**
   * Sessions per page.
   * @default 100
   */
  maxCount?: number;
}

export interface TestSessionPage {
  leads: CloseBotLead[];
  /** Total sessions of the bot; absent when CloseBot answered with a bare array. */
  total: number | undefined;
}

export interface ListLeadsParams {
  /**
   * 0-based page index.
   * @default 0
   */
  page?: number;
  /**
   * Leads per page (no maximum documented).
   * @default 20
   */
  pageSize?: number;
  /** Only leads of this source (connected CRM sub-account). */
  sourceId?: string;
}

export interface LeadPage {
  leads: CloseBotLead[];
  /** Matching leads across all pages. */
  total: number;
  /** The 0-based index of this page. */
  page: number;
  pageSize: number;
}

export interface GetLeadOptions extends CallOptions {
  /**
   * Also return field values fetched live from the connected CRM.
   * @default false
   */
  includeExternal?: boolean;
}

export interface SearchLeadsParams {
  /** Free-text query. */
  search?: string;
  /**
   * Only leads of these sources.
   * @default [] (any source)
   */
  sourceIds?: string[];
  /**
   * Only leads on these channels (`SMS`, `Email`, ...).
   * @default [] (any channel)
   */
  channels?: string[];
  /**
   * Only leads handled by these bots.
   * @default [] (any bot)
   */
  botIds?: string[];
  /**
   * Only leads handled by these personas.
   * @default [] (any persona)
   */
  personaIds?: string[];
  /** Only leads that replied at least this many times. */
  minimumResponses?: number;
  /** Only leads whose last message went this way (free string; `to_bot`/`from_bot` observed). */
  lastMessageDirection?: string;
  /** `true`: only leads with a scheduled follow-up; `false`: only without. */
  followUpScheduled?: boolean;
  /** Count only: `leads` comes back empty (undocumented beyond its name). */
  totalOnly?: boolean;
  /**
   * Matching leads to skip.
   * @default 0
   */
  offset?: number;
  /**
   * Leads to return (no maximum documented).
   * @default 20
   */
  count?: number;
}

export interface LeadSearchResult {
  leads: CloseBotLead[];
  /** Matching leads across all windows. */
  total: number;
}

export interface ListMessagesParams {
  /** Only messages of this lead's conversation. */
  leadId?: string;
  /** Only messages of this source. */
  sourceId?: string;
  /** Start of the time window. */
  start?: string | Date;
  /** End of the time window. */
  end?: string | Date;
  /** Rows to return; CloseBot caps an answer at about 100 rows whatever is asked. */
  maxCount?: number;
}

export interface ListSourcesParams {
  /**
   * 0-based page index.
   * @default 0
   */
  page?: number;
  /**
   * Sources per page (1–100).
   * @default 20
   */
  pageSize?: number;
  /** Text to match against source names. */
  query?: string;
  /** Only sources of this CRM category (`GHL`, `HubSpot`, `WebHook`, ...). */
  category?: string;
  /**
   * Sort order: a field name prefixed with `+` (ascending) or `-` (descending).
   * @default '+id'
   */
  order?: string;
}

export interface SourcePage {
  /** Sources of this page. They hold CRM credentials (`accessToken`, `key`): never log them. */
  sources: SourceDto[];
  /** Matching sources across all pages. */
  total: number;
  /** The 0-based index of this page. */
  page: number;
  pageSize: number;
}

/** Vendor filters of `leads()`, sent to GET /lead. */
export interface CloseBotLeadFilters {
  /** Only leads of this source (connected CRM sub-account). */
  sourceId?: string;
}

/** Vendor filters of `conversations()`, sent to GET /lead. */
export interface CloseBotConversationFilters {
  /** Only conversations (leads) of this source (connected CRM sub-account). */
  sourceId?: string;
}

export interface CloseBotClient {
  readonly vendor: typeof VENDOR;
  readonly capabilities: typeof CAPABILITIES;
  /** The typed client for every operation of the spec; returns `{ data, error, response }`. */
  readonly api: ApiClient<paths>;
  /** One page of a bot's test sessions, normalized to leads. */
  listTestSessions(params: ListTestSessionsParams, options?: CallOptions): Promise<TestSessionPage>;
  /** Every test session of a bot, fetched page by page (one page in memory at a time). */
  testSessions(
    params: Omit<ListTestSessionsParams, 'offset'>,
    options?: CallOptions,
  ): AsyncIterable<CloseBotLead>;
  /**
   * Creates a test session (a synthetic lead) for a bot. Not retried: every call creates another
   * session, so a failed call may still have created one.
   */
  createTestSession(botId: string, options?: CallOptions): Promise<TestSession>;
  /** One page of the account's leads (GET /lead), normalized. */
  listLeads(params?: ListLeadsParams, options?: CallOptions): Promise<LeadPage>;
  /**
   * One lead by id. Throws `VendorNormalizationError` when CloseBot answers the unknown id with
   * 200 and a null body, and `VendorHttpError` (404) when it answers with a 404.
   */
  getLead(leadId: string, options?: GetLeadOptions): Promise<CloseBotLead>;
  /** One window of a lead search (POST /lead/search, a read), normalized. */
  searchLeads(params?: SearchLeadsParams, options?: CallOptions): Promise<LeadSearchResult>;
  /** One answer of GET /botMetric/messages (no paging: at most about 100 rows), normalized. */
  listMessages(params?: ListMessagesParams, options?: CallOptions): Promise<CloseBotMessage[]>;
  /** Every bot of the account. Bots embed CRM credentials (`sources[].key`): never log them. */
  listBots(options?: CallOptions): Promise<BotDto[]>;
  /** One bot by id. Bots embed CRM credentials (`sources[].key`): never log them. */
  getBot(id: string, options?: CallOptions): Promise<BotDto>;
  /** One page of the agency's sources. Sources hold CRM credentials: never log them. */
  listSources(params?: ListSourcesParams, options?: CallOptions): Promise<SourcePage>;
  /** One source by its `sourceId`. Sources hold CRM credentials: never log them. */
  getSource(id: string, options?: CallOptions): Promise<SourceDto>;
  /** Every lead (GET /lead, page by page); `since`/`until` compare the last activity. */
  leads(query?: SourceQuery & CloseBotLeadFilters): AsyncIterable<CloseBotLead>;
  /** Every lead seen as its conversation thread (the same GET /lead listing). */
  conversations(
    query?: SourceQuery & CloseBotConversationFilters,
  ): AsyncIterable<CloseBotConversation>;
  /** One lead seen as its conversation thread (GET /lead/{leadId}). */
  conversation(id: string, options?: { signal?: AbortSignal }): Promise<CloseBotConversation>;
  /** Every message of a lead's conversation, oldest first, read window by window. */
  messages(conversationId: string, query?: SourceQuery): AsyncIterable<CloseBotMessage>;
}

const EPOCH = 0;
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

/** Creates a CloseBot client. Throws `VendorArgumentError` for a missing key or a bad option. */
export function createCloseBotClient(options: CloseBotClientOptions): CloseBotClient {
  const apiKey = requireCredential(options.apiKey, {
    vendor: VENDOR,
    operation: 'createCloseBotClient',
    parameter: 'apiKey',
    expected: 'a non-empty CloseBot API key',
  });
  const setup = argumentChecks('createCloseBotClient');
  const pageSize = setup.integer('pageSize', options.pageSize, 100, 1, 100);
  const messagesPageSize = setup.integer('messagesPageSize', options.messagesPageSize, 50, 1, 100);
  const api = createApiClient<paths>({
    ...options,
    vendor: VENDOR,
    baseUrl: options.baseUrl ?? CLOSEBOT_BASE_URL,
    operations,
    authenticate: (headers) => headers.set('X-CB-KEY', apiKey),
  });
  // Sources and bots carry CRM credentials (`SourceDto.accessToken`/`key`, `BotSourceDto.key`).
  // Property names already get them redacted from error bodies; remembering every value this client
  // has handed out also scrubs them where CloseBot echoes one in free text (a title, a URL).
  const crmCredentials = new Set<string>();
  const remember = (...values: Array<string | null | undefined>) => {
    for (const value of values)
      if (typeof value === 'string' && value !== '') crmCredentials.add(value);
  };
  // Responses may break the spec (a null item, `sources` that is not an array): skip what is not
  // an object rather than fail the call over a credential we only remember to scrub it.
  const rememberSource = (source: SourceDto | null | undefined) => {
    if (typeof source === 'object' && source !== null) remember(source.accessToken, source.key);
  };
  const rememberBot = (bot: BotDto | null | undefined) => {
    const links: unknown = typeof bot === 'object' && bot !== null ? bot.sources : undefined;
    if (!Array.isArray(links)) return;
    for (const link of links as Array<{ key?: string | null } | null>) remember(link?.key);
  };
  const call = createCall({
    vendor: VENDOR,
    operations,
    // Checked against the spec only when the caller opts in (`validateResponses`).
    validators: responseValidators,
    validateResponses: options.validateResponses,
    logger: options.logger,
    secrets: () => [apiKey, ...crmCredentials],
    describe: describeError,
  });

  function checkParams(params: ListTestSessionsParams): Required<ListTestSessionsParams> {
    const check = argumentChecks('listTestSessions');
    return {
      botId: check.id('botId', params?.botId),
      offset: check.integer('offset', params?.offset, 0, 0),
      maxCount: check.integer('maxCount', params?.maxCount, 100, 1),
    };
  }

  async function listTestSessions(params: ListTestSessionsParams, callOptions: CallOptions = {}) {
    const { botId, offset, maxCount } = checkParams(params);
    const body = await call('listTestSessions', () =>
      api.GET('/bot/{botId}/testSession', {
        params: { path: { botId }, query: { offset, maxCount } },
        signal: callOptions.signal,
        headers: callOptions.headers,
      }),
    );
    const { leads, total } = readTestSessionList(body);
    return { leads: leads.map(normalizeLead), total };
  }

  async function getLeadDto(leadId: string, callOptions: GetLeadOptions): Promise<LeadDto> {
    const body = await call('getLead', () =>
      api.GET('/lead/{leadId}', {
        params: {
          path: { leadId },
          query:
            callOptions.includeExternal === undefined
              ? undefined
              : { includeExternal: callOptions.includeExternal },
        },
        signal: callOptions.signal,
        headers: callOptions.headers,
      }),
    );
    return readFound(
      body,
      'getLead',
      'lead',
      'https://developers.closebot.com/api-reference/lead/get-a-lead',
    );
  }

  /**
   * Every lead of GET /lead, mapped by `map`, one page in memory at a time, each lead once (see
   * `paginatePages` for capped page sizes, repeated pages and leads that move while paging).
   */
  function allLeads<T extends { id: string }>(
    sourceId: string | undefined,
    signal: AbortSignal | undefined,
    map: (dto: LeadDto) => T,
  ): AsyncIterable<T> {
    return paginatePages('listLeads', pageSize, async (page, size) => {
      const body = await call('listLeads', () =>
        api.GET('/lead', { params: { query: { page, pageSize: size, sourceId } }, signal }),
      );
      const envelope = readPageEnvelope(body, 'listLeads');
      return { items: envelope.items.map(map), total: envelope.total, echo: envelope.page };
    });
  }

  /**
   * Every message of a lead in `[start, end)`, oldest first, by window bisection (see
   * `nextWindows`): one window's rows in memory at a time. Each message id is yielded once (undated
   * messages, which every window keeps, included), no window is asked for twice, and a full answer
   * that splitting could not narrow (see `unsplittable`) fails the listing with
   * `VendorNormalizationError` instead of halving windows down to one second.
   */
  function messagesInWindow(
    leadId: string,
    start: number,
    end: number,
    signal: AbortSignal | undefined,
  ): AsyncIterable<CloseBotMessage> {
    const first: TimeWindow[] = start < end ? [{ start, end }] : [];
    return paginateWindows(async (pending: TimeWindow[]) => {
      const window = pending[0];
      if (!window) return { items: [], next: undefined };
      // Whether CloseBot's `start`/`end` are inclusive is undocumented
      // (https://developers.closebot.com/api-reference/botmetric/get-messages). We ask for one
      // millisecond more on each side, then keep only the rows in `[start, end)`: a message on the
      // boundary of two windows is then fetched whatever the server does, and kept in exactly one.
      const rows = readArray(
        await call('listMessages', () =>
          api.GET('/botMetric/messages', {
            params: {
              query: {
                leadId,
                start: new Date(Math.max(EPOCH, window.start - 1)).toISOString(),
                // Capped at the last millisecond of 9999: past it, ISO strings get a six-digit year.
                end: new Date(Math.min(window.end + 1, LAST_INSTANT)).toISOString(),
                maxCount: messagesPageSize,
              },
            },
            signal,
          }),
        ),
        'listMessages',
      );
      const { complete, next } = nextWindows(pending, rows.length, messagesPageSize);
      if (!complete) {
        const times = rows.map((row) => {
          const at = normalizeMessage(row, leadId, 'messages').createdAt;
          return at === undefined ? undefined : Date.parse(at);
        });
        const reason = unsplittable(times, window);
        if (reason !== undefined) {
          throw new VendorNormalizationError(`${VENDOR} listMessages: ${reason}`, {
            vendor: VENDOR,
            operation: 'listMessages',
          });
        }
      }
      return { items: complete ? windowMessages(rows, window, leadId) : [], next };
    }, first);
  }

  const client: CloseBotClient = {
    vendor: VENDOR,
    capabilities: CAPABILITIES,
    api,
    listTestSessions,
    testSessions(params, callOptions) {
      const { botId, maxCount } = checkParams(params);
      return paginateOffsets('listTestSessions', maxCount, async (offset, count) => {
        const page = await listTestSessions({ botId, offset, maxCount: count }, callOptions);
        return { items: page.leads, total: page.total };
      });
    },

    async createTestSession(botId, callOptions = {}) {
      const id = argumentChecks('createTestSession').id('botId', botId);
      const body = await call('createTestSession', () =>
        api.POST('/bot/{botId}/testSession', {
          params: { path: { botId: id } },
          signal: callOptions.signal,
          headers: callOptions.headers,
        }),
      );
      return readObject(body, 'createTestSession');
    },

    async listLeads(params = {}, callOptions = {}) {
      const check = argumentChecks('listLeads');
      const page = check.integer('page', params.page, 0, 0);
      const size = check.integer('pageSize', params.pageSize, 20, 1);
      const sourceId = check.optionalString('sourceId', params.sourceId);
      const body = await call('listLeads', () =>
        api.GET('/lead', {
          params: { query: { page, pageSize: size, sourceId } },
          signal: callOptions.signal,
          headers: callOptions.headers,
        }),
      );
      const envelope = readPageEnvelope(body, 'listLeads');
      return {
        leads: envelope.items.map(normalizeLead),
        total: envelope.total,
        page: envelope.page ?? page,
        pageSize: envelope.pageSize ?? size,
      };
    },

    async getLead(leadId, callOptions = {}) {
      const check = argumentChecks('getLead');
      const id = check.id('leadId', leadId);
      check.optionalBoolean('includeExternal', callOptions.includeExternal);
      return normalizeLead(await getLeadDto(id, callOptions));
    },

    async searchLeads(params = {}, callOptions = {}) {
      const check = argumentChecks('searchLeads');
      const search = params.search;
      if (search !== undefined && typeof search !== 'string') check.fail('search', 'a string');
      const lastMessageDirection = check.optionalString(
        'lastMessageDirection',
        params.lastMessageDirection,
      );
      // The vendor schema marks every field optional, but CloseBot rejects bodies without the four
      // list filters, so they are always sent (`[]` = no filter). It documents no defaults for
      // offset/count either, so both are always sent too.
      // https://developers.closebot.com/api-reference/lead/search-leads
      const body: SearchQueryInput = {
        offset: check.integer('offset', params.offset, 0, 0),
        count: check.integer('count', params.count, 20, 1),
        search,
        sourceIds: check.stringList('sourceIds', params.sourceIds),
        channels: check.stringList('channels', params.channels),
        botIds: check.stringList('botIds', params.botIds),
        personaIds: check.stringList('personaIds', params.personaIds),
        minimumResponses: check.optionalInteger('minimumResponses', params.minimumResponses, 0),
        lastMessageDirection,
        followUpScheduled: check.optionalBoolean('followUpScheduled', params.followUpScheduled),
        totalOnly: check.optionalBoolean('totalOnly', params.totalOnly),
      };
      const result = readSearchResult(
        await call('searchLeads', () =>
          api.POST('/lead/search', {
            body,
            signal: callOptions.signal,
            headers: callOptions.headers,
          }),
        ),
      );
      return { leads: result.leads.map(normalizeLead), total: result.total };
    },

    async listMessages(params = {}, callOptions = {}) {
      const check = argumentChecks('listMessages');
      const leadId = check.optionalString('leadId', params.leadId);
      const query = {
        sourceId: check.optionalString('sourceId', params.sourceId),
        leadId,
        start: check.optionalInstant('start', params.start),
        end: check.optionalInstant('end', params.end),
        maxCount: check.optionalInteger('maxCount', params.maxCount, 1),
      };
      const rows = readArray(
        await call('listMessages', () =>
          api.GET('/botMetric/messages', {
            params: { query },
            signal: callOptions.signal,
            headers: callOptions.headers,
          }),
        ),
        'listMessages',
      );
      return rows.map((row) => normalizeMessage(row, leadId));
    },

    async listBots(callOptions = {}) {
      const body = await call('listBots', () =>
        api.GET('/bot', { signal: callOptions.signal, headers: callOptions.headers }),
      );
      const bots = readArray(body, 'listBots');
      bots.forEach(rememberBot);
      return bots;
    },

    async getBot(id, callOptions = {}) {
      const botId = argumentChecks('getBot').id('id', id);
      const body = await call('getBot', () =>
        api.GET('/bot/{id}', {
          params: { path: { id: botId } },
          signal: callOptions.signal,
          headers: callOptions.headers,
        }),
      );
      const bot = readFound(
        body,
        'getBot',
        'bot',
        'https://developers.closebot.com/api-reference/bot/get-a-bot',
      );
      rememberBot(bot);
      return bot;
    },

    async listSources(params = {}, callOptions = {}) {
      const check = argumentChecks('listSources');
      const page = check.integer('page', params.page, 0, 0);
      const size = check.integer('pageSize', params.pageSize, 20, 1, 100);
      const order = check.optionalString('order', params.order);
      if (order !== undefined && !/^[+-]\w+$/.test(order)) {
        check.fail('order', 'a field name prefixed with + or - (e.g. "+name")');
      }
      const query = params.query;
      if (query !== undefined && typeof query !== 'string') check.fail('query', 'a string');
      // `forceTokenRefresh` is deliberately not offered: it rewrites the CRM credentials CloseBot
      // stores, which a read must not do.
      // https://developers.closebot.com/api-reference/source/list-sources
      const body = await call('listSources', () =>
        api.GET('/agency/source', {
          params: {
            query: {
              page,
              pageSize: size,
              query,
              category: check.optionalString('category', params.category),
              order,
            },
          },
          signal: callOptions.signal,
          headers: callOptions.headers,
        }),
      );
      const envelope = readPageEnvelope(body, 'listSources');
      envelope.items.forEach(rememberSource);
      return {
        sources: envelope.items,
        total: envelope.total,
        page: envelope.page ?? page,
        pageSize: envelope.pageSize ?? size,
      };
    },

    async getSource(id, callOptions = {}) {
      const sourceId = argumentChecks('getSource').id('id', id);
      const body = await call('getSource', () =>
        api.GET('/agency/source/{id}', {
          params: { path: { id: sourceId } },
          signal: callOptions.signal,
          headers: callOptions.headers,
        }),
      );
      const source = readFound(
        body,
        'getSource',
        'source',
        'https://developers.closebot.com/api-reference/source/get-a-source',
      );
      rememberSource(source);
      return source;
    },

    leads(query) {
      const resolved = resolveQuery(VENDOR, 'leads', query, CAPABILITIES.leads);
      const sourceId = argumentChecks('leads').optionalString('sourceId', query?.sourceId);
      return applyQuery(allLeads(sourceId, resolved.signal, normalizeLead), resolved);
    },

    conversations(query) {
      const resolved = resolveQuery(VENDOR, 'conversations', query, CAPABILITIES.conversations);
      const sourceId = argumentChecks('conversations').optionalString('sourceId', query?.sourceId);
      return applyQuery(allLeads(sourceId, resolved.signal, normalizeLeadConversation), resolved);
    },

    async conversation(id, callOptions = {}) {
      const leadId = argumentChecks('conversation').id('id', id);
      return normalizeLeadConversation(await getLeadDto(leadId, { signal: callOptions.signal }));
    },

    messages(conversationId, query) {
      const resolved = resolveQuery(VENDOR, 'messages', query, CAPABILITIES.messages);
      const leadId = argumentChecks('messages').id('conversationId', conversationId);
      // No bound means everything: from the Unix epoch (CloseBot has no earlier messages) to now.
      // An earlier `since` (a year written as `0050`) starts there too, so no window is split over
      // centuries that cannot hold a message.
      const start = Math.max(
        EPOCH,
        resolved.since === undefined ? EPOCH : Date.parse(resolved.since),
      );
      const end = resolved.until === undefined ? Date.now() : Date.parse(resolved.until);
      return applyQuery(messagesInWindow(leadId, start, end, resolved.signal), resolved);
    },
  };
  return client satisfies Source;
}

/**
 * The messages of one complete window: normalized, kept only when their time lies in the window
 * (undated ones are kept: we cannot place them), deduplicated by id (the server may repeat a row
 * within one answer), and sorted by time, then id, since CloseBot documents no order.
 */
function windowMessages(
  rows: readonly BotMetricMessage[],
  window: TimeWindow,
  leadId: string,
): CloseBotMessage[] {
  const byId = new Map<string, CloseBotMessage>();
  for (const row of rows) {
    const message = normalizeMessage(row, leadId, 'messages');
    const time = message.createdAt === undefined ? undefined : Date.parse(message.createdAt);
    if (time !== undefined && (time < window.start || time >= window.end)) continue;
    if (!byId.has(message.id)) byId.set(message.id, message);
  }
  return [...byId.values()].sort(
    (a, b) => compareTimes(a.createdAt, b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Orders ISO UTC strings; undated records go last. */
function compareTimes(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}
