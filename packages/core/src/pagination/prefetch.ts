import type { ArgumentChecks } from '../arguments/checks.js';

/**
 * How many pages a vendor listing requests ahead when the caller does not say (`prefetch`).
 *
 * One page ahead overlaps the next page's round trip with the caller's work on the current one,
 * and costs next to nothing: the listing never has more than one request out at a time (no more
 * load on the server than reading page by page), a full read sends exactly the requests it sent
 * without prefetch, in the same order, and a listing that stops at its `limit` sends nothing past
 * it. A higher default would multiply the requests each listing has out at once for every caller,
 * most of whom iterate fast and would gain little, against rate limits as tight as OpenCX's 100
 * requests a minute; a bulk sync over a listing with a total asks for more itself.
 */
export const DEFAULT_PREFETCH = 1;

/**
 * The most pages a listing requests ahead. Each page ahead is a request in flight and a page held
 * in memory; past a handful, a listing gains nothing but load on the server and its rate limit.
 */
export const MAX_PREFETCH = 16;

/** How far a listing reads ahead, and what stops it (part of every listing's paging options). */
export interface PrefetchOptions {
  /**
   * Pages to request ahead while the caller consumes the current one, an integer from 0 to
   * `MAX_PREFETCH`. When the total is known after the first page (offset or page listings that
   * report one), up to this many requests are in flight at once; when each page names the next
   * (cursors, a `more` flag), one page ahead. At most `prefetch + 1` pages are held, in flight or
   * waiting to be yielded.
   * @default 0 for core's `paginate` and `paginateOffset` (one page at a time, requested when the
   *   caller has consumed the one before); vendor listings default to `DEFAULT_PREFETCH`
   */
  prefetch?: number;
  /**
   * The caller's signal: every page request follows it, and aborting it aborts the requests in
   * flight (the listing then fails with the signal's reason).
   * @default none
   */
  signal?: AbortSignal;
  /**
   * The most records the caller will take (a `Source` query's `limit`): once the pages read hold
   * this many records, nothing more is requested ahead, since the caller may stop there.
   * @default no limit
   */
  wanted?: number;
}

/** The `prefetch` option of a listing, as `SourceQuery` and the vendor iterators take it. */
export interface PrefetchOption {
  /**
   * Pages to request ahead while the caller consumes the current one, an integer from 0 to 16
   * (`MAX_PREFETCH`). Listings that know their total after the first page keep up to this many
   * requests in flight at once; listings where each page names the next (cursors, a "has next"
   * flag, time windows) read one page ahead whatever the value above 0; listings answered by one
   * request ignore it. Records still come in order and each once, at most `prefetch + 1` pages are
   * held in memory, and stopping early (`break`, `limit`, the signal) aborts what is in flight.
   * Requests sent ahead count against the client's rate limit and are retried like any other. 0
   * reads one page at a time, requesting the next only when the caller has consumed the current.
   * @default 1 (`DEFAULT_PREFETCH`: one request out at a time, sent while the caller works)
   */
  prefetch?: number;
}

/**
 * Checks a listing's `prefetch` before anything is sent: an integer from 0 to `MAX_PREFETCH`, or
 * `undefined` when absent (the listing's default then applies).
 * @throws VendorArgumentError naming `prefetch`.
 */
export function checkPrefetch(check: ArgumentChecks, value: unknown): number | undefined {
  return check.integer('prefetch', value, { min: 0, max: MAX_PREFETCH });
}
