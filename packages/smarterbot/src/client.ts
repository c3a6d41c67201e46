import {
  type ApiClient,
  type CallOptions,
  type ClientOptions,
  compact,
  createApiClient,
  createCall,
  requireCredential,
  VendorArgumentError,
} from '@botbridge/core';
import { checkEnvelope, describeError } from './errors.js';
import { operations } from './generated/operations.js';
import type { components, paths } from './generated/schema.js';
import { normalizeLead, readLeadList, type SmarterBotLead, VENDOR } from './normalize.js';

type LeadListRequest = components['schemas']['LeadListRequest'];

/**
 * SmarterBot's API host, as given by the current developer docs. SmarterBot is a white-label of
 * NewOaks AI and this is the NewOaks API host. The older SmarterBot docs (and the LeadList page
 * we started from) send the same paths to `https://chat.smarterbot.ai`; pass that as `baseUrl`
 * if the primary host does not work for your account.
 * https://chat.smarterbot.ai/guides/developer/api/lead
 */
export const SMARTERBOT_BASE_URL = 'https://usapi.hottask.com';

export interface SmarterBotClientOptions extends ClientOptions {
  /**
   * The account's secret key, sent as the bare value of the `Authorization` header.
   * https://chat.smarterbot.ai/guides/developer/api/lead
   */
  apiKey: string;
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
   * Only records captured in this conversation (SmarterBot `SessionID`).
   * @default undefined (every conversation)
   */
  sessionId?: number;
}

export interface SmarterBotClient {
  /** The typed client for every operation of the spec; returns `{ data, error, response }`. */
  readonly api: ApiClient<paths>;
  /**
   * Every lead and appointment of a chatbot matching the filters, normalized. SmarterBot has no
   * pagination: the whole result comes back in one response, so bound it with the date window.
   */
  listLeads(params: ListLeadsParams, options?: CallOptions): Promise<SmarterBotLead[]>;
  /**
   * The records of `listLeads` as an async iterable, for symmetry with the other vendors'
   * iterators. SmarterBot returns everything at once, so this sends one request and holds the
   * whole result in memory.
   */
  leads(params: ListLeadsParams, options?: CallOptions): AsyncIterable<SmarterBotLead>;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` is `YYYY-MM-DD` naming a day that exists (no 2025-02-30). */
function isCalendarDate(text: string): boolean {
  if (!DATE_ONLY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Creates a SmarterBot client. Throws `VendorArgumentError` for a missing key or a bad option. */
export function createSmarterBotClient(options: SmarterBotClientOptions): SmarterBotClient {
  const apiKey = requireCredential(options.apiKey, {
    vendor: VENDOR,
    operation: 'createSmarterBotClient',
    parameter: 'apiKey',
    expected: 'a non-empty SmarterBot secret key',
  });
  const api = createApiClient<paths>({
    ...options,
    vendor: VENDOR,
    baseUrl: options.baseUrl ?? SMARTERBOT_BASE_URL,
    operations,
    // SmarterBot takes the raw secret key as the Authorization value: no `Bearer` or other scheme.
    // https://chat.smarterbot.ai/guides/developer/api/lead
    authenticate: (headers) => headers.set('Authorization', apiKey),
  });
  const secrets = () => [apiKey];
  const call = createCall({ vendor: VENDOR, operations, secrets, describe: describeError });

  function checkParams(params: ListLeadsParams): LeadListRequest {
    const fail = (parameter: string, expected: string): never => {
      throw new VendorArgumentError({
        vendor: VENDOR,
        operation: 'listLeads',
        parameter,
        expected,
      });
    };
    const date = (value: unknown, parameter: string): string | undefined => {
      if (value === undefined) return undefined;
      const text =
        value instanceof Date && !Number.isNaN(value.getTime())
          ? value.toISOString().slice(0, 10)
          : value;
      if (typeof text !== 'string' || !isCalendarDate(text)) {
        fail(parameter, 'a calendar date as `YYYY-MM-DD` or a valid Date');
      }
      return text as string;
    };
    const { serialNumber, sessionId } = params;
    if (typeof serialNumber !== 'string' || serialNumber.trim() === '') {
      fail('serialNumber', 'a non-empty chatbot serial number');
    }
    const startTime = date(params.startTime, 'startTime');
    const endTime = date(params.endTime, 'endTime');
    if (startTime !== undefined && endTime !== undefined && startTime > endTime) {
      fail('startTime', 'a date not after `endTime`');
    }
    if (sessionId !== undefined && (!Number.isSafeInteger(sessionId) || sessionId < 1)) {
      fail('sessionId', 'an integer ≥ 1');
    }
    // The LeadList body is camelCase with a capital `ID` in `sessionID`, unlike the PascalCase
    // bodies of SmarterBot's other endpoints. https://chat.smarterbot.ai/guides/developer/api/lead
    return compact({ serialNumber, startTime, endTime, sessionID: sessionId });
  }

  async function fetchLeads(
    body: LeadListRequest,
    callOptions: CallOptions,
  ): Promise<SmarterBotLead[]> {
    let status = 0;
    // A read sent as POST: the spec marks listLeads `x-idempotent: true`, so core retries it.
    const envelope = await call('listLeads', async () => {
      const result = await api.POST('/chat/Chatbot/LeadList', {
        body,
        signal: callOptions.signal,
        headers: callOptions.headers,
      });
      status = result.response.status;
      return result;
    });
    const checked = checkEnvelope(envelope, { operation: 'listLeads', status, secrets: secrets() });
    return readLeadList(checked).map(normalizeLead);
  }

  return {
    api,
    async listLeads(params, callOptions = {}) {
      return fetchLeads(checkParams(params), callOptions);
    },
    leads(params, callOptions = {}) {
      const body = checkParams(params);
      return (async function* () {
        yield* await fetchLeads(body, callOptions);
      })();
    },
  };
}
