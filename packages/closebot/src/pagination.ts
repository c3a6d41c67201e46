import {
  DEFAULT_PREFETCH,
  type OffsetAnswer,
  type Page,
  type PrefetchOptions,
  paginate,
  paginateOffset,
} from '@botbridge/core';
import { VENDOR } from './normalize/vendor.js';

/** A listing's read-ahead as the caller gave it, with a `prefetch` it left out at the default. */
function readAhead(reading: PrefetchOptions): PrefetchOptions {
  return { ...reading, prefetch: reading.prefetch ?? DEFAULT_PREFETCH };
}

/** Anything the listings yield: every normalized record has an `id`. */
interface Identified {
  id: string;
}

/**
 * CloseBot pages leads (GET /lead) and sources (GET /agency/source) by a 0-based `page` index and
 * `pageSize`, with `total` (and the page it answered) in the envelope.
 * https://developers.closebot.com/api-reference/lead/list-leads
 *
 * Core `paginateOffset` does the rest: the listing goes on until `total`, so a server that gives
 * fewer leads than asked for (its own cap) is read to the end, with pages of its size from then
 * on; an echoed `page` other than the one asked, or pages that repeat leads already given, fail
 * with `VendorNormalizationError`; a lead given twice because leads moved is dropped; and a
 * `total` that drops (leads deleted ahead) makes it re-read. One lead id per lead given is kept
 * for the iteration. With `prefetch`, once the first page gave the total and CloseBot's page size,
 * up to `prefetch` pages are requested at once (`fetchPage` gets each request's signal).
 * @internal
 */
export function paginatePages<T extends Identified>(
  operation: string,
  pageSize: number,
  fetchPage: (page: number, pageSize: number, signal: AbortSignal) => Promise<OffsetAnswer<T>>,
  reading: PrefetchOptions,
): AsyncGenerator<T, void, undefined> {
  return paginateOffset(({ page = 0, limit }, signal) => fetchPage(page, limit, signal), {
    vendor: VENDOR,
    operation,
    pageSize,
    addressing: { firstPage: 0 },
    idOf: (record) => record.id,
    ...readAhead(reading),
  });
}

/**
 * CloseBot pages test sessions with `offset` + `maxCount`. The envelope carries `total`; the bare
 * array form does not, so there a page shorter than one already given (or an empty one) is the
 * last (see core `paginateOffset`, which also guards against servers that do not advance).
 * With `prefetch`, the envelope's total lets up to `prefetch` pages be requested at once; the bare
 * array form has none, so there it reads one page ahead.
 * https://developers.closebot.com/api-reference/bottesting/list-test-sessions
 * @internal
 */
export function paginateOffsets<T extends Identified>(
  operation: string,
  pageSize: number,
  fetchPage: (offset: number, maxCount: number, signal: AbortSignal) => Promise<OffsetAnswer<T>>,
  reading: PrefetchOptions,
): AsyncGenerator<T, void, undefined> {
  return paginateOffset(({ offset, limit }, signal) => fetchPage(offset, limit, signal), {
    vendor: VENDOR,
    operation,
    pageSize,
    idOf: (record) => record.id,
    ...readAhead(reading),
  });
}

/** A half-open time window `[start, end)` in epoch milliseconds. @internal */
export interface TimeWindow {
  start: number;
  end: number;
}

/**
 * Windows narrower than this are not split further. CloseBot timestamps have whole-second
 * resolution in practice, so a narrower window would not separate messages the wider one could not.
 * @internal
 */
export const MIN_WINDOW_MS = 1_000;

/**
 * The rule of window bisection over GET /botMetric/messages, which has no offset and no total,
 * caps rows at about 100 and documents no sort order
 * (https://developers.closebot.com/api-reference/botmetric/get-messages). `pending` holds the
 * windows still to read, earliest first; the first is the one just fetched, which returned
 * `received` rows for a `maxCount` of `pageSize`.
 *
 * Fewer rows than asked for means the server returned everything in that window: it is complete.
 * Exactly `pageSize` rows means there may be more, and since we cannot tell which subset the server
 * chose, the window is split in two halves, the earlier read first, so messages still come out in
 * time order. This is correct whichever subset the server returns. A window of `MIN_WINDOW_MS` or
 * less is not split: its rows are all we can get (more than `pageSize` messages within one second
 * cannot be read through this endpoint).
 * @internal
 */
export function nextWindows(
  pending: readonly TimeWindow[],
  received: number,
  pageSize: number,
): { complete: boolean; next: TimeWindow[] | undefined } {
  const [window, ...rest] = pending;
  if (window && received >= pageSize && window.end - window.start > MIN_WINDOW_MS) {
    const middle = window.start + Math.floor((window.end - window.start) / 2);
    return {
      complete: false,
      next: [{ start: window.start, end: middle }, { start: middle, end: window.end }, ...rest],
    };
  }
  return { complete: true, next: rest.length > 0 ? rest : undefined };
}

/**
 * Pages GET /botMetric/messages window by window (`fetchPage` gets the pending windows, earliest
 * first, and answers with the rest as `next`; see `nextWindows`) through core `paginate`: no
 * window is asked for twice, and a message id already given by an earlier window is dropped
 * (undated messages, which every window keeps, come once). Windows that came back full yield
 * nothing and are split, so empty pages are the rule here, not a sign of a stuck server; a full
 * window that splitting cannot narrow is caught by `unsplittable` instead. One key per window and
 * one id per message given are kept for the iteration. With `prefetch`, the next window is
 * requested as soon as the answer before it decides which one that is, while the caller reads the
 * messages of the last: one window ahead whatever `prefetch` is above 0, since no window can be
 * known before the answer of the one before it (a full window is split, a complete one is not).
 * @internal
 */
export function paginateWindows<T extends Identified>(
  fetchPage: (pending: TimeWindow[], signal: AbortSignal) => Promise<Page<T, TimeWindow[]>>,
  first: TimeWindow[],
  reading: PrefetchOptions,
): AsyncGenerator<T, void, undefined> {
  return paginate(fetchPage, first, {
    ...readAhead(reading),
    vendor: VENDOR,
    operation: 'listMessages',
    // A window is asked for once; the pending list behind it is not part of its identity.
    keyOf: (pending) => (pending[0] ? `${pending[0].start}-${pending[0].end}` : 'done'),
    idOf: (message) => message.id,
    stalePageLimit: Number.POSITIVE_INFINITY,
  });
}

/**
 * Why splitting a full window could not narrow its answer, or `undefined` when it can. `times` are
 * the answer's message times in epoch ms (`undefined` for an undated row); the server was asked
 * for `[window.start - 1, window.end + 1]`. A dated row outside that range means the server ignores
 * the window, and an answer without a dated row inside it holds only undated rows, which every
 * narrower window would return again: either way bisection would double the requests at each level
 * down to `MIN_WINDOW_MS` and never see another message, so the listing fails instead.
 * @internal
 */
export function unsplittable(
  times: ReadonlyArray<number | undefined>,
  window: TimeWindow,
): string | undefined {
  const outside = times.find(
    (time) => time !== undefined && (time < window.start - 1 || time > window.end + 1),
  );
  if (outside !== undefined) {
    return `the server answered a message of ${new Date(outside).toISOString()} for the window ${new Date(window.start).toISOString()} – ${new Date(window.end).toISOString()}: it does not apply start/end, so narrower windows cannot read past its ${times.length} rows`;
  }
  if (times.every((time) => time === undefined)) {
    return `the server answered ${times.length} messages without a time for the window ${new Date(window.start).toISOString()} – ${new Date(window.end).toISOString()}: narrower windows would return them again`;
  }
  return undefined;
}
