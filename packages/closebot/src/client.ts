import {
  type ApiClient,
  type CallOptions,
  type ClientOptions,
  createApiClient,
  createCall,
  paginate,
  requireCredential,
  VendorArgumentError,
} from '@botbridge/core';
import { describeError } from './errors.js';
import { operations } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { type CloseBotLead, normalizeLead, readTestSessionList, VENDOR } from './normalize.js';
import { nextOffset } from './pagination.js';

/** CloseBot's production API. https://developers.closebot.com */
export const CLOSEBOT_BASE_URL = 'https://api.closebot.com';

export interface CloseBotClientOptions extends ClientOptions {
  /**
   * API key from CloseBot settings (Settings → API keys), sent as the `X-CB-KEY` header.
   * https://developers.closebot.com/api-reference/bottesting/list-test-sessions
   */
  apiKey: string;
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

export interface CloseBotClient {
  /** The typed client for every operation of the spec; returns `{ data, error, response }`. */
  readonly api: ApiClient<paths>;
  /** One page of a bot's test sessions, normalized to leads. */
  listTestSessions(params: ListTestSessionsParams, options?: CallOptions): Promise<TestSessionPage>;
  /** Every test session of a bot, fetched page by page (one page in memory at a time). */
  testSessions(
    params: Omit<ListTestSessionsParams, 'offset'>,
    options?: CallOptions,
  ): AsyncIterable<CloseBotLead>;
}

/** Creates a CloseBot client. Throws `VendorArgumentError` for a missing key or a bad option. */
export function createCloseBotClient(options: CloseBotClientOptions): CloseBotClient {
  const apiKey = requireCredential(options.apiKey, {
    vendor: VENDOR,
    operation: 'createCloseBotClient',
    parameter: 'apiKey',
    expected: 'a non-empty CloseBot API key',
  });
  const api = createApiClient<paths>({
    ...options,
    vendor: VENDOR,
    baseUrl: options.baseUrl ?? CLOSEBOT_BASE_URL,
    operations,
    authenticate: (headers) => headers.set('X-CB-KEY', apiKey),
  });
  const call = createCall({
    vendor: VENDOR,
    operations,
    secrets: () => [apiKey],
    describe: describeError,
  });

  function checkParams(params: ListTestSessionsParams): Required<ListTestSessionsParams> {
    const fail = (parameter: string, expected: string): never => {
      throw new VendorArgumentError({
        vendor: VENDOR,
        operation: 'listTestSessions',
        parameter,
        expected,
      });
    };
    const { botId, offset = 0, maxCount = 100 } = params;
    if (typeof botId !== 'string' || botId.trim() === '') fail('botId', 'a non-empty bot id');
    if (!Number.isSafeInteger(offset) || offset < 0) fail('offset', 'an integer ≥ 0');
    if (!Number.isSafeInteger(maxCount) || maxCount < 1 || maxCount > 2_147_483_647) {
      fail('maxCount', 'an integer ≥ 1');
    }
    return { botId, offset, maxCount };
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

  return {
    api,
    listTestSessions,
    testSessions(params, callOptions) {
      const { botId, maxCount } = checkParams(params);
      return paginate(async (offset: number) => {
        const page = await listTestSessions({ botId, offset, maxCount }, callOptions);
        return {
          items: page.leads,
          next: nextOffset(offset, maxCount, page.leads.length, page.total),
        };
      }, 0);
    },
  };
}
