/**
 * Test sessions of a bot: GET and POST /bot/{botId}/testSession.
 * https://developers.closebot.com/api-reference/bottesting/list-test-sessions
 */
import {
  argumentChecks,
  type CallOptions,
  checkPrefetch,
  type PrefetchOption,
} from '@botbridge/core';
import { INT32_MAX } from '../checks.js';
import type { CloseBotContext } from '../context.js';
import type { components } from '../generated/schema.js';
import { readObject, readTestSessionList } from '../normalize/envelope.js';
import { type CloseBotLead, normalizeLead } from '../normalize/lead.js';
import { VENDOR } from '../normalize/vendor.js';
import { paginateOffsets } from '../pagination.js';

/**
 * A new test session as POST /bot/{botId}/testSession answers it: `{leadId, sourceId}`, the
 * synthetic lead created to chat with the bot and its source (either may be null).
 * https://developers.closebot.com/api-reference/bottesting/create-a-test-session
 */
export type TestSession = components['schemas']['TestSession'];

/**
 * Which bot's test sessions to list, and which window of them.
 * https://developers.closebot.com/api-reference/bottesting/list-test-sessions
 */
export interface ListTestSessionsParams {
  /** The bot whose test sessions are listed (required). */
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

/** One page of a bot's test sessions, each a synthetic lead. */
export interface TestSessionPage {
  /** The sessions of this page, normalized as leads. */
  leads: CloseBotLead[];
  /** Total sessions of the bot; absent when CloseBot answered with a bare array. */
  total: number | undefined;
}

/** The test-session methods of `CloseBotClient`. */
export interface TestSessionsResource {
  /** One page of a bot's test sessions, normalized to leads. */
  listTestSessions(params: ListTestSessionsParams, options?: CallOptions): Promise<TestSessionPage>;
  /**
   * Every test session of a bot, fetched page by page, `prefetch` pages ahead (1 by default; see
   * `PrefetchOption`): with the envelope's total, up to that many requests at once.
   */
  testSessions(
    params: Omit<ListTestSessionsParams, 'offset'> & PrefetchOption,
    options?: CallOptions,
  ): AsyncIterable<CloseBotLead>;
  /**
   * Creates a test session (a synthetic lead) for a bot. Not retried: every call creates another
   * session, so a failed call may still have created one.
   */
  createTestSession(botId: string, options?: CallOptions): Promise<TestSession>;
}

// The checks hold no state: built once, not on every call.
const listChecks = argumentChecks(VENDOR, 'listTestSessions');

/** The checked parameters of a test-session listing, defaults filled in. */
function checkListParams(params: ListTestSessionsParams): Required<ListTestSessionsParams> {
  return {
    botId: listChecks.id('botId', params?.botId),
    offset: listChecks.integer('offset', params?.offset, { min: 0, max: INT32_MAX, default: 0 }),
    maxCount: listChecks.integer('maxCount', params?.maxCount, {
      min: 1,
      max: INT32_MAX,
      default: 100,
    }),
  };
}

export async function listTestSessions(
  context: CloseBotContext,
  params: ListTestSessionsParams,
  options: CallOptions = {},
): Promise<TestSessionPage> {
  const { botId, offset, maxCount } = checkListParams(params);
  const body = await context.call('listTestSessions', () =>
    context.api.GET('/bot/{botId}/testSession', {
      params: { path: { botId }, query: { offset, maxCount } },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  const { leads, total } = readTestSessionList(body);
  return { leads: leads.map(normalizeLead), total };
}

export function testSessions(
  context: CloseBotContext,
  params: Omit<ListTestSessionsParams, 'offset'> & PrefetchOption,
  options: CallOptions = {},
): AsyncIterable<CloseBotLead> {
  const { botId, maxCount } = checkListParams(params);
  const prefetch = checkPrefetch(listChecks, params.prefetch);
  const fetchPage = async (offset: number, count: number, signal: AbortSignal) => {
    const request = { botId, offset, maxCount: count };
    const page = await listTestSessions(context, request, { ...options, signal });
    return { items: page.leads, total: page.total };
  };
  return paginateOffsets('listTestSessions', maxCount, fetchPage, {
    prefetch,
    signal: options.signal,
  });
}

export async function createTestSession(
  context: CloseBotContext,
  botId: string,
  options: CallOptions = {},
): Promise<TestSession> {
  const id = argumentChecks(VENDOR, 'createTestSession').id('botId', botId);
  const body = await context.call('createTestSession', () =>
    context.api.POST('/bot/{botId}/testSession', {
      params: { path: { botId: id } },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  return readObject(body, 'createTestSession');
}
