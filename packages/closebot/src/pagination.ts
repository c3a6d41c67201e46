import type { Page } from '@botbridge/core';

/**
 * CloseBot pages test sessions with `offset` + `maxCount`. The envelope carries `total`; the bare
 * array form does not, so there a short page is the last one.
 */
export function nextOffset(
  offset: number,
  pageSize: number,
  received: number,
  total: number | undefined,
): number | undefined {
  if (received === 0) return undefined;
  const next = offset + received;
  if (total !== undefined) return next < total ? next : undefined;
  return received < pageSize ? undefined : next;
}

/** @internal */
export type OffsetPage<T> = Page<T, number>;

/**
 * CloseBot pages leads (GET /lead) and sources (GET /agency/source) by a 0-based `page` index and
 * `pageSize`, with `total` in the envelope. The last page is the one that comes back short or
 * empty, or that reaches `total`.
 * https://developers.closebot.com/api-reference/lead/list-leads
 */
export function nextPage(
  page: number,
  pageSize: number,
  received: number,
  total: number,
): number | undefined {
  if (received === 0 || received < pageSize) return undefined;
  return (page + 1) * pageSize < total ? page + 1 : undefined;
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
