import {
  type ApiClient,
  applyQuery,
  type CallOptions,
  type Capabilities,
  type ClientOptions,
  compact,
  createApiClient,
  createCall,
  type FetchResult,
  isVendorNormalizationError,
  requireCredential,
  resolveQuery,
  type Source,
  type SourceQuery,
  type Unsupported,
  unsupported,
  VendorArgumentError,
} from '@botbridge/core';
import { checkEnvelope, describeError, type Envelope, isTransientEnvelope } from './errors.js';
import { operations } from './generated/operations.js';
import type { components, paths } from './generated/schema.js';
import { responseValidators } from './generated/validators.js';
import {
  type ChatSessionRecord,
  conversationIdOf,
  normalizeChatSession,
  normalizeConversation,
  normalizeLead,
  readChatHistory,
  readLeadList,
  readMessageCount,
  type SmarterBotConversation,
  type SmarterBotLead,
  type SmarterBotMessage,
  type SmarterBotSession,
  VENDOR,
} from './normalize.js';
import { firstDayFor, lastDayFor, onePage } from './pagination.js';

type LeadListRequest = components['schemas']['LeadListRequest'];
type ChatHistoryRequest = components['schemas']['ChatHistoryRequest'];
/** A LeadList body whose `sessionID` may be past 2^53 − 1, kept as its digits. */
type LeadListBody = Omit<LeadListRequest, 'sessionID'> & { sessionID?: number | string };

const INT64_MAX = 2n ** 63n - 1n;

/**
 * The JSON of a LeadList body, with a `sessionID` kept as digits written as the JSON integer it
 * is: JSON.stringify would quote it, and a number would round it (9007199254740993 → …992).
 */
function leadListJson(body: LeadListBody): string {
  const { sessionID, ...rest } = body;
  if (typeof sessionID !== 'string') return JSON.stringify(body);
  const json = JSON.stringify(rest);
  return `${json.slice(0, -1)}${json === '{}' ? '' : ','}"sessionID":${sessionID}}`;
}

/**
 * SmarterBot's API host, as given by the current developer docs. SmarterBot is a white-label of
 * NewOaks AI and this is the NewOaks API host. The older SmarterBot docs (and the LeadList page
 * we started from) send the same paths to `https://chat.smarterbot.ai`; pass that as `baseUrl`
 * if the primary host does not work for your account.
 * https://chat.smarterbot.ai/guides/developer/api/lead
 */
export const SMARTERBOT_BASE_URL = 'https://usapi.hottask.com';

/**
 * What the SmarterBot `Source` offers.
 * - leads, conversations: LeadList and ChatContentHistory filter by whole UTC days, so the days
 *   covering `since`/`until` are sent and `applyQuery` cuts the result to the exact instants.
 * - conversation: `false`. There is no endpoint for one session; finding it would mean downloading
 *   the chatbot's whole history behind a call that looks like a single lookup.
 * - messages: `'none'`. Messages exist only inside ChatContentHistory sessions and carry neither an
 *   id nor a timestamp, so there is nothing to compare `since`/`until` with (such queries are
 *   rejected before anything is sent). https://newoaks.ai/guides/developer/api/get-message-history
 */
export const CAPABILITIES = {
  leads: { since: 'server', until: 'server' },
  conversations: { since: 'server', until: 'server' },
  conversation: false,
  messages: { since: 'none', until: 'none' },
} as const satisfies Capabilities;

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

export interface ListLeadsParams {
  /** The chatbot's id ("serial number", from the chatbot's general settings). */
  serialNumber: string;
  /**
   * First day of the window: `YYYY-MM-DD`, or a `Date` (its UTC calendar day is sent).
   * @default undefined (no lower bound)
   */
  startTime?: string | Date;
  /**
   * Last day of the window: `YYYY-MM-DD`, or a `Date` (its UTC calendar day is sent). Whether the
   * vendor includes this day is undocumented.
   * @default undefined (no upper bound)
   */
  endTime?: string | Date;
  /**
   * Only records captured in this conversation (SmarterBot `SessionID`, an int64 ≥ 1): a number up
   * to 2^53 − 1, or a string of digits, the one exact form of any int64 (a `conversationId` of
   * this client can be passed as it is).
   * @default undefined (every conversation)
   */
  sessionId?: number | string;
}

export interface GetChatHistoryParams {
  /** The chatbot's id ("serial number", from the chatbot's general settings). */
  serialNumber: string;
  /**
   * First day of the window (UTC): `YYYY-MM-DD`, or a `Date` (its UTC calendar day is sent).
   * @default undefined (no lower bound)
   */
  startTime?: string | Date;
  /**
   * Last day of the window (UTC): `YYYY-MM-DD`, or a `Date` (its UTC calendar day is sent).
   * Whether the vendor includes this day is undocumented.
   * @default undefined (no upper bound: with no `startTime` either, the whole history)
   */
  endTime?: string | Date;
}

export interface GetMessageCountParams {
  /** The chatbot's id ("serial number", from the chatbot's general settings). */
  serialNumber: string;
}

/** The filter every SmarterBot `Source` listing takes besides `SourceQuery`. */
export interface SmarterBotSourceFilters {
  /**
   * The chatbot to read ("serial number").
   * @default the client's `serialNumber` option
   */
  serialNumber?: string;
}

/**
 * Filters of `leads()`. Besides `since`/`until`, the day window and session filter of `listLeads`
 * are accepted (they were `leads()`'s parameters before it became a `Source` listing); a day window
 * and `since`/`until` together select the records in both.
 */
export interface SmarterBotLeadFilters extends SmarterBotSourceFilters {
  /**
   * First day (UTC): `YYYY-MM-DD`, or a `Date` (its UTC calendar day is used).
   * @default undefined (no lower bound)
   */
  startTime?: string | Date;
  /**
   * Last day (UTC, as the vendor reads it): `YYYY-MM-DD`, or a `Date`.
   * @default undefined (no upper bound)
   */
  endTime?: string | Date;
  /**
   * Only records captured in this conversation (SmarterBot `SessionID`, an int64 ≥ 1): a number up
   * to 2^53 − 1, or a string of digits, the one exact form of any int64 (a `conversationId` of
   * this client can be passed as it is).
   * @default undefined (every conversation)
   */
  sessionId?: number | string;
}

/** The query of `leads()`. */
export type SmarterBotLeadQuery = SourceQuery & SmarterBotLeadFilters;
/** The query of `conversations()`. */
export type SmarterBotConversationQuery = SourceQuery & SmarterBotSourceFilters;
/** The query of `messages()`: only `limit` and `signal` of `SourceQuery` apply (see `CAPABILITIES`). */
export type SmarterBotMessageQuery = SourceQuery & SmarterBotSourceFilters;

export interface SmarterBotClient {
  /** The typed client for every operation of the spec; returns `{ data, error, response }`. */
  readonly api: ApiClient<paths>;
  readonly vendor: typeof VENDOR;
  readonly capabilities: typeof CAPABILITIES;
  /**
   * Every lead and appointment of a chatbot matching the filters, normalized. SmarterBot has no
   * pagination: the whole result comes back in one response, so bound it with the date window.
   */
  listLeads(params: ListLeadsParams, options?: CallOptions): Promise<SmarterBotLead[]>;
  /**
   * A chatbot's conversations with their messages in order (ChatContentHistory), normalized. No
   * pagination: every session in the window comes back in one response, and leaving out both days
   * returns the chatbot's whole history.
   */
  getChatHistory(params: GetChatHistoryParams, options?: CallOptions): Promise<SmarterBotSession[]>;
  /** How many messages the chatbot has over its whole history (no date filter exists). */
  getMessageCount(params: GetMessageCountParams, options?: CallOptions): Promise<number>;
  /**
   * The chatbot's leads and appointments (`Source`). One request (SmarterBot does not page): the
   * UTC days covering `since`/`until` are sent and the records are cut to the exact instants.
   * Also accepts `listLeads`' day window and `sessionId`, so `leads(listLeadsParams)` still works.
   */
  leads(query?: SmarterBotLeadQuery, options?: CallOptions): AsyncIterable<SmarterBotLead>;
  /**
   * The chatbot's conversations (`Source`), from ChatContentHistory: one request for the UTC days
   * covering `since`/`until`. The response carries every session's messages too, so a wide window
   * is a large download.
   */
  conversations(
    query?: SmarterBotConversationQuery,
    options?: CallOptions,
  ): AsyncIterable<SmarterBotConversation>;
  /** Not available: SmarterBot cannot fetch one session (see `CAPABILITIES`). */
  conversation: Unsupported;
  /**
   * The messages of one conversation, in order (`Source`). SmarterBot serves messages only inside
   * ChatContentHistory and has no per-session lookup, and the session's date is not known from its
   * id, so this downloads the chatbot's **whole** history (every session with every message) and
   * keeps one session: cost grows with the chatbot's history. Prefer `getChatHistory` with a day
   * window to read many conversations. An id the history does not contain yields no messages.
   * Messages have no timestamp: `since`/`until` are rejected.
   */
  messages(
    conversationId: string,
    query?: SmarterBotMessageQuery,
    options?: CallOptions,
  ): AsyncIterable<SmarterBotMessage>;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` is `YYYY-MM-DD` naming a day that exists (no 2025-02-30). */
function isCalendarDate(text: string): boolean {
  if (!DATE_ONLY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Input checks of one client method; every failure names the parameter and sends nothing. */
function checks(operation: string) {
  const fail = (parameter: string, expected: string): never => {
    throw new VendorArgumentError({ vendor: VENDOR, operation, parameter, expected });
  };
  const serialNumber = (value: unknown): string => {
    if (typeof value !== 'string' || value.trim() === '') {
      return fail('serialNumber', 'a non-empty chatbot serial number');
    }
    return value;
  };
  return {
    fail,
    serialNumber,
    /** The chatbot of a `Source` listing: the query's, else the client's `serialNumber` option. */
    chatbot(value: unknown, fallback: string | undefined): string {
      if (value === undefined && fallback === undefined) {
        return fail(
          'serialNumber',
          'a non-empty chatbot serial number, in the query or as the client option',
        );
      }
      return serialNumber(value ?? fallback);
    },
    /** A calendar day as the vendor wants it: `YYYY-MM-DD`, or the UTC day of a `Date`. */
    day(value: unknown, parameter: string): string | undefined {
      if (value === undefined) return undefined;
      const text =
        value instanceof Date && !Number.isNaN(value.getTime())
          ? value.toISOString().slice(0, 10)
          : value;
      if (typeof text !== 'string' || !isCalendarDate(text)) {
        fail(parameter, 'a calendar date as `YYYY-MM-DD` or a valid Date');
      }
      return text as string;
    },
    window(startTime: string | undefined, endTime: string | undefined) {
      if (startTime !== undefined && endTime !== undefined && startTime > endTime) {
        fail('startTime', 'a date not after `endTime`');
      }
    },
    /**
     * A SessionID: a safe integer ≥ 1, or digits (any int64 ≥ 1). Digits within 2^53 − 1 become a
     * number; past it they stay digits, since no number holds them (a number past it may already
     * be another id rounded, so it is refused).
     */
    sessionId(value: unknown): number | string | undefined {
      if (value === undefined) return undefined;
      if (
        typeof value === 'string' &&
        /^[1-9]\d{0,18}$/.test(value) &&
        BigInt(value) <= INT64_MAX
      ) {
        const n = Number(value);
        return Number.isSafeInteger(n) ? n : value;
      }
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
        fail('sessionId', 'an integer ≥ 1');
      }
      return value as number;
    },
  };
}

/**
 * A session's conversation id, or `undefined` for one that has none we can give it (no `SessionID`
 * and no `CreateTime`): such a session cannot be the one a caller names by id.
 */
function idOf(record: ChatSessionRecord): string | undefined {
  try {
    return conversationIdOf(record);
  } catch (error) {
    if (isVendorNormalizationError(error)) return undefined;
    throw error;
  }
}

/** The caller's signal and the per-call one, whichever aborts first. */
function eitherSignal(a: AbortSignal | undefined, b: AbortSignal | undefined) {
  return a && b ? AbortSignal.any([a, b]) : (a ?? b);
}

const later = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined || a > b ? a : b;
const earlier = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined || a < b ? a : b;

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
      : checks('createSmarterBotClient').serialNumber(options.serialNumber);
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
    validators: responseValidators,
    validateResponses: options.validateResponses,
    logger: options.logger,
  });

  /** Sends one request and returns its envelope once `Success` says it succeeded. */
  async function envelope<T extends Envelope>(
    operation: string,
    send: () => Promise<FetchResult<T>>,
  ): Promise<T> {
    let status = 0;
    const body = await call(operation, async () => {
      const result = await send();
      status = result.response.status;
      return result;
    });
    return checkEnvelope(body, { operation, status, secrets: secrets() });
  }

  function leadListBody(
    check: ReturnType<typeof checks>,
    serialNumber: string,
    params: Partial<ListLeadsParams>,
  ): LeadListBody {
    const startTime = check.day(params.startTime, 'startTime');
    const endTime = check.day(params.endTime, 'endTime');
    check.window(startTime, endTime);
    const sessionID = check.sessionId(params.sessionId);
    // The LeadList body is camelCase with a capital `ID` in `sessionID`, unlike the PascalCase
    // bodies of SmarterBot's other endpoints. https://chat.smarterbot.ai/guides/developer/api/lead
    return compact({ serialNumber, startTime, endTime, sessionID });
  }

  // Reads sent as POST: the spec marks all three operations `x-idempotent: true`, so core retries
  // them like GETs.
  async function fetchLeads(
    body: LeadListBody,
    callOptions: CallOptions,
  ): Promise<SmarterBotLead[]> {
    const checked = await envelope('listLeads', () =>
      api.POST('/chat/Chatbot/LeadList', {
        // A `sessionID` past 2^53 − 1 is digits, written as a JSON integer by `leadListJson`.
        body: body as LeadListRequest,
        bodySerializer: leadListJson,
        signal: callOptions.signal,
        headers: callOptions.headers,
      }),
    );
    return readLeadList(checked).map(normalizeLead);
  }

  async function fetchHistory(
    body: ChatHistoryRequest,
    callOptions: CallOptions,
  ): Promise<ChatSessionRecord[]> {
    const checked = await envelope('getChatHistory', () =>
      api.POST('/chat/Chatbot/ChatContentHistory', {
        body,
        signal: callOptions.signal,
        headers: callOptions.headers,
      }),
    );
    return readChatHistory(checked);
  }

  const client: SmarterBotClient = {
    api,
    vendor: VENDOR,
    capabilities: CAPABILITIES,

    async listLeads(params, callOptions = {}) {
      const check = checks('listLeads');
      const body = leadListBody(check, check.serialNumber(params.serialNumber), params);
      return fetchLeads(body, callOptions);
    },

    async getChatHistory(params, callOptions = {}) {
      const check = checks('getChatHistory');
      const serialNumber = check.serialNumber(params.serialNumber);
      const startTime = check.day(params.startTime, 'startTime');
      const endTime = check.day(params.endTime, 'endTime');
      check.window(startTime, endTime);
      // PascalCase as in the vendor's JSON sample (its prose spells the names camelCase).
      // https://newoaks.ai/guides/developer/api/get-message-history
      const body = compact({ SerialNumber: serialNumber, StartTime: startTime, EndTime: endTime });
      const records = await fetchHistory(body, callOptions);
      return records.map((record) => normalizeChatSession(record, serialNumber));
    },

    async getMessageCount(params, callOptions = {}) {
      const serialNumber = checks('getMessageCount').serialNumber(params.serialNumber);
      const checked = await envelope('getMessageCount', () =>
        api.POST('/chat/Chatbot/GetMessageCountByChatbot', {
          // PascalCase as in the vendor's JSON sample.
          // https://newoaks.ai/guides/developer/api/get-chatbot-messages-count
          body: { SerialNumber: serialNumber },
          signal: callOptions.signal,
          headers: callOptions.headers,
        }),
      );
      return readMessageCount(checked);
    },

    leads(query = {}, callOptions = {}) {
      const resolved = resolveQuery(VENDOR, 'leads', query, CAPABILITIES.leads);
      const check = checks('leads');
      const body = leadListBody(
        check,
        check.chatbot(query.serialNumber, defaultSerialNumber),
        query,
      );
      // LeadList filters by whole UTC days (`YYYY-MM-DD`), so ask for the days that cover
      // [since, until), narrowed by any day window the caller gave, and let applyQuery cut the
      // records to the exact instants. https://chat.smarterbot.ai/guides/developer/api/lead
      const startTime = later(body.startTime, resolved.since && firstDayFor(resolved.since));
      const endTime = earlier(body.endTime, resolved.until && lastDayFor(resolved.until));
      const request = { ...callOptions, signal: eitherSignal(resolved.signal, callOptions.signal) };
      // A day window that misses [since, until) entirely cannot match anything: send nothing.
      const disjoint = startTime !== undefined && endTime !== undefined && startTime > endTime;
      return applyQuery(
        onePage('listLeads', async () =>
          disjoint ? [] : fetchLeads(compact({ ...body, startTime, endTime }), request),
        ),
        resolved,
      );
    },

    conversations(query = {}, callOptions = {}) {
      const resolved = resolveQuery(VENDOR, 'conversations', query, CAPABILITIES.conversations);
      const serialNumber = checks('conversations').chatbot(query.serialNumber, defaultSerialNumber);
      // Whole UTC days, as for leads: the days covering [since, until), cut by applyQuery.
      // https://newoaks.ai/guides/developer/api/get-message-history
      const body = compact({
        SerialNumber: serialNumber,
        StartTime: resolved.since && firstDayFor(resolved.since),
        EndTime: resolved.until && lastDayFor(resolved.until),
      });
      const request = { ...callOptions, signal: eitherSignal(resolved.signal, callOptions.signal) };
      return applyQuery(
        onePage('getChatHistory', async () =>
          (await fetchHistory(body, request)).map((record) =>
            normalizeConversation(record, serialNumber),
          ),
        ),
        resolved,
      );
    },

    conversation: unsupported(VENDOR, 'conversation'),

    messages(conversationId, query = {}, callOptions = {}) {
      const resolved = resolveQuery(VENDOR, 'messages', query, CAPABILITIES.messages);
      const check = checks('messages');
      if (typeof conversationId !== 'string' || conversationId.trim() === '') {
        check.fail('conversationId', 'a non-empty conversation id (a SmarterBot SessionID)');
      }
      const serialNumber = check.chatbot(query.serialNumber, defaultSerialNumber);
      const request = { ...callOptions, signal: eitherSignal(resolved.signal, callOptions.signal) };
      return applyQuery(
        onePage('getChatHistory', async () => {
          // No per-session endpoint and no date for the id: read the whole history (no window)
          // and keep the one session; only that session's messages are normalized.
          const records = await fetchHistory({ SerialNumber: serialNumber }, request);
          const record = records.find((r) => idOf(r) === conversationId);
          return record === undefined ? [] : normalizeChatSession(record, serialNumber).messages;
        }),
        resolved,
      );
    },
  };
  return client satisfies Source;
}
