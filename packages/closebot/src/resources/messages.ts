/**
 * Messages: GET /botMetric/messages, one answer at a time or window by window.
 * https://developers.closebot.com/api-reference/botmetric/get-messages
 */
import {
  argumentChecks,
  type CallOptions,
  type PrefetchOptions,
  VendorNormalizationError,
} from '@botbridge/core';
import { INT32_MAX } from '../checks.js';
import type { CloseBotContext } from '../context.js';
import { readArray } from '../normalize/envelope.js';
import {
  type BotMetricMessage,
  type CloseBotMessage,
  normalizeMessage,
} from '../normalize/message.js';
import { VENDOR } from '../normalize/vendor.js';
import { nextWindows, paginateWindows, type TimeWindow, unsplittable } from '../pagination.js';

/**
 * Filters of one GET /botMetric/messages request; all optional. CloseBot documents no order and no
 * paging. https://developers.closebot.com/api-reference/botmetric/get-messages
 */
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

/**
 * Filters of GET /botMetric/messageCount; all optional, as those of `listMessages`.
 * https://api.closebot.com/swagger/v1/swagger.json ("Get message count"; no docs page)
 */
export type CountMessagesParams = Omit<ListMessagesParams, 'maxCount'>;

/** The message methods of `CloseBotClient`. */
export interface MessagesResource {
  /** One answer of GET /botMetric/messages (no paging: at most about 100 rows), normalized. */
  listMessages(params?: ListMessagesParams, options?: CallOptions): Promise<CloseBotMessage[]>;
  /**
   * How many messages match the filters (GET /botMetric/messageCount): one number, without the
   * 100-row cap of `listMessages`. It counts messages, not billable responses. Throws
   * `VendorNormalizationError` when the answer is not an integer.
   */
  countMessages(params?: CountMessagesParams, options?: CallOptions): Promise<number>;
}

/** The Unix epoch: CloseBot has no earlier messages. @internal */
export const EPOCH = 0;
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

export async function listMessages(
  context: CloseBotContext,
  params: ListMessagesParams = {},
  options: CallOptions = {},
): Promise<CloseBotMessage[]> {
  const check = argumentChecks(VENDOR, 'listMessages');
  const leadId = check.string('leadId', params.leadId);
  const query = {
    sourceId: check.string('sourceId', params.sourceId),
    leadId,
    start: check.instant('start', params.start),
    end: check.instant('end', params.end),
    maxCount: check.integer('maxCount', params.maxCount, { min: 1, max: INT32_MAX }),
  };
  const rows = readArray(
    await context.call('listMessages', () =>
      context.api.GET('/botMetric/messages', {
        params: { query },
        signal: options.signal,
        headers: options.headers,
      }),
    ),
    'listMessages',
  );
  return rows.map((row) => normalizeMessage(row, leadId));
}

export async function countMessages(
  context: CloseBotContext,
  params: CountMessagesParams = {},
  options: CallOptions = {},
): Promise<number> {
  const check = argumentChecks(VENDOR, 'countMessages');
  const query = {
    sourceId: check.string('sourceId', params.sourceId),
    leadId: check.string('leadId', params.leadId),
    start: check.instant('start', params.start),
    end: check.instant('end', params.end),
  };
  const count: unknown = await context.call('countMessages', () =>
    context.api.GET('/botMetric/messageCount', {
      params: { query },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  // A bare JSON integer (the spec's int32); anything else is not a count.
  if (typeof count === 'number' && Number.isSafeInteger(count) && count >= 0) return count;
  throw new VendorNormalizationError(`${VENDOR} countMessages: expected a non-negative integer`, {
    vendor: VENDOR,
    operation: 'countMessages',
  });
}

/**
 * Every message of a lead in `[start, end)`, oldest first, by window bisection (see
 * `nextWindows`): one window's rows in memory at a time. Each message id is yielded once (undated
 * messages, which every window keeps, included), no window is asked for twice, and a full answer
 * that splitting could not narrow (see `unsplittable`) fails the listing with
 * `VendorNormalizationError` instead of halving windows down to one second. With `prefetch`, the
 * next window is requested while the caller reads the last (one window ahead, see
 * `paginateWindows`).
 * @internal
 */
export function messagesInWindow(
  context: CloseBotContext,
  leadId: string,
  start: number,
  end: number,
  reading: PrefetchOptions,
): AsyncIterable<CloseBotMessage> {
  const first: TimeWindow[] = start < end ? [{ start, end }] : [];
  const fetchPage = async (pending: TimeWindow[], signal: AbortSignal) => {
    const window = pending[0];
    if (!window) return { items: [], next: undefined };
    const rows = await fetchWindow(context, leadId, window, signal);
    const { complete, next } = nextWindows(pending, rows.length, context.messagesPageSize);
    if (!complete) assertSplittable(rows, window, leadId);
    return { items: complete ? windowMessages(rows, window, leadId) : [], next };
  };
  return paginateWindows(fetchPage, first, reading);
}

/** The rows GET /botMetric/messages answers for one window of a lead. */
async function fetchWindow(
  context: CloseBotContext,
  leadId: string,
  window: TimeWindow,
  signal: AbortSignal,
): Promise<BotMetricMessage[]> {
  // Whether CloseBot's `start`/`end` are inclusive is undocumented
  // (https://developers.closebot.com/api-reference/botmetric/get-messages). We ask for one
  // millisecond more on each side, then keep only the rows in `[start, end)`: a message on the
  // boundary of two windows is then fetched whatever the server does, and kept in exactly one.
  return readArray(
    await context.call('listMessages', () =>
      context.api.GET('/botMetric/messages', {
        params: {
          query: {
            leadId,
            start: new Date(Math.max(EPOCH, window.start - 1)).toISOString(),
            // Capped at the last millisecond of 9999: past it, ISO strings get a six-digit year.
            end: new Date(Math.min(window.end + 1, LAST_INSTANT)).toISOString(),
            maxCount: context.messagesPageSize,
          },
        },
        signal,
      }),
    ),
    'listMessages',
  );
}

/**
 * Throws `VendorNormalizationError` when the full answer of `window` could not be narrowed by
 * splitting it (see `unsplittable`).
 */
function assertSplittable(
  rows: readonly BotMetricMessage[],
  window: TimeWindow,
  leadId: string,
): void {
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
