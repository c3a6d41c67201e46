import { argumentChecks } from './arguments/checks.js';
import { CursorPlan } from './pagination/cursor-plan.js';
import { type EpochRequest, OffsetPlan } from './pagination/offset-plan.js';
import { pipeline } from './pagination/pipeline.js';
import { checkPrefetch, type PrefetchOptions } from './pagination/prefetch.js';

export {
  checkPrefetch,
  DEFAULT_PREFETCH,
  MAX_PREFETCH,
  type PrefetchOption,
  type PrefetchOptions,
} from './pagination/prefetch.js';

/** One page of a paged endpoint: its items and the cursor of the next page, if there is one. */
export interface Page<TItem, TCursor> {
  /** The page's items, in the server's order; may be empty. */
  items: readonly TItem[];
  /** `undefined` when this was the last page. */
  next: TCursor | undefined;
}

/** Where a listing runs; every error paging raises names both. */
export interface PagingContext {
  /** The vendor integration (`'closebot'`, `'opencx'`, ...). */
  vendor: string;
  /** The operation that pages (its OpenAPI operationId). */
  operation: string;
}

/**
 * What guards one iteration of a listing against a server that cannot advance, and how far it
 * reads ahead (`PrefetchOptions`). Memory per iteration: one `Set` entry per page requested (its
 * key) and, with `idOf`, one per distinct id yielded, about 50 bytes plus the id's length × 2 each
 * (100,000 ids of 36 characters ≈ 12 MB). Items themselves are never kept: at most `prefetch + 1`
 * pages are in memory at a time (one without prefetch).
 */
export interface PagingOptions<TItem> extends PagingContext, PrefetchOptions {
  /**
   * The identity of an item. An item whose id an earlier page of this iteration already gave is
   * dropped (a server that repeats records, pages that overlap because records moved), and a page
   * whose items all came before counts as a page that did not advance (see `stalePageLimit`).
   * Return `undefined` for an item without identity: it is always yielded.
   * @default no deduplication
   */
  idOf?: (item: TItem) => string | undefined;
  /**
   * How many consecutive pages that bring nothing new (no item, or only items already yielded)
   * while the server says more follow make the listing fail with `VendorNormalizationError`. One
   * such page is tolerated by default, since records inserted ahead of an offset can legitimately
   * fill a whole page with records already seen; a second in a row means the server is repeating
   * itself. `Infinity` turns the check off (for listings whose pages may be empty by design).
   * @default 2
   */
  stalePageLimit?: number;
}

/** Options of `paginate`: the guard's, and how a cursor is told apart from the others. */
export interface PaginateOptions<TItem, TCursor> extends PagingOptions<TItem> {
  /**
   * The key a cursor is remembered by: a cursor whose key was already requested in this iteration
   * ends the listing with `VendorNormalizationError`, however many pages ago that was.
   * @default JSON.stringify
   */
  keyOf?: (cursor: TCursor) => string;
}

/**
 * Iterates over every item of a paged endpoint. Without `options.prefetch`, one page is in memory
 * at a time: the next page is requested only after the caller has consumed the current one, and
 * stopping the loop early (`break`, `return`, a thrown error) requests nothing more. With it, the
 * next cursor is requested as soon as its page's answer names it, while the caller consumes that
 * page (one page ahead: a cursor is known only from the page before), and stopping the loop aborts
 * that request.
 *
 * `fetchPage` gets the cursor of the page to load (`start` for the first), and a signal to pass to
 * the request: it follows `options.signal` and aborts when the page is no longer needed. A vendor's
 * pagination rule (opaque cursors, page numbers, time windows) lives entirely in its `fetchPage`.
 *
 * A server that cannot advance ends the listing with `VendorNormalizationError` (naming
 * `options.vendor` and `options.operation`; a plain `Error` without them) instead of looping:
 * - a cursor already requested in this iteration, at any distance (A → B → A), fails at once;
 * - with `options.idOf`, records already yielded are dropped, and `stalePageLimit` (2) pages in a
 *   row that bring nothing new while a next cursor follows fail the listing (a server answering
 *   every fresh cursor with the same records, or with empty pages).
 * Records and errors are the same whatever `prefetch` is; an error comes after every record before
 * it. See `PagingOptions` for the memory this costs.
 * @throws VendorArgumentError naming `prefetch` when it is not an integer from 0 to `MAX_PREFETCH`.
 */
export function paginate<TItem, TCursor>(
  fetchPage: (cursor: TCursor, signal: AbortSignal) => Promise<Page<TItem, TCursor>>,
  start: TCursor,
  options?: PagingContext | PaginateOptions<TItem, TCursor>,
): AsyncGenerator<TItem, void, undefined> {
  const reading = readingOf(options, 'paginate');
  return pipeline(fetchPage, new CursorPlan<TItem, TCursor>(start, options), reading);
}

/** The read-ahead options of a listing, `prefetch` checked (errors name `caller` without a context). */
function readingOf(
  options: Partial<PagingOptions<never>> | undefined,
  caller: string,
): PrefetchOptions {
  const { prefetch, signal, wanted, vendor = 'core', operation = caller } = options ?? {};
  return { prefetch: checkPrefetch(argumentChecks(vendor, operation), prefetch), signal, wanted };
}

/** Which page an offset listing asks for next, in both of the units vendors use. */
export interface OffsetRequest {
  /** Records to skip: the position of the page's first record in the server's order. */
  offset: number;
  /** Records to ask for. It can be lower than the `pageSize` asked for (see `paginateOffset`). */
  limit: number;
  /** With page addressing, the page index that covers `offset` (`offset / limit + firstPage`). */
  page: number | undefined;
}

/** What one page of an offset listing said. */
export interface OffsetAnswer<TItem> {
  /** The page's records, in the server's order; fewer than asked for on the last page. */
  items: readonly TItem[];
  /** Matching records across all pages, as the server counted them for this page, if it says. */
  total?: number;
  /** The server's own "more pages follow" flag (OpenCX `has_next`), if it has one. */
  more?: boolean;
  /**
   * The page (page addressing) or offset (offset addressing) the server says it answered, if it
   * echoes one; one other than asked for fails the listing.
   */
  echo?: number;
}

/** Options of `paginateOffset`. */
export interface OffsetPagingOptions<TItem> extends PagingOptions<TItem> {
  /** Records to ask for per request, an integer ≥ 1. */
  pageSize: number;
  /**
   * How the server addresses a page: by the number of records to skip (`'offset'`), or by a page
   * index counted from `firstPage` (`{ firstPage: 0 }` for CloseBot, `{ firstPage: 1 }` for
   * OpenCX). With page indices the offset must stay a multiple of the page size, so when the
   * server turns out to cap the page size the client asks for smaller pages from then on.
   * @default 'offset'
   */
  addressing?:
    | 'offset'
    | {
        /** The index the server gives the first page (`0` or `1`). */
        firstPage: number;
      };
  /**
   * How many times one iteration may go back to re-read records that moved ahead of its position
   * (records deleted before it, seen as a total that dropped) before it fails with
   * `VendorNormalizationError` saying the data kept moving.
   * @default 3
   */
  maxRecoveries?: number;
}

/**
 * Iterates over every record of a listing paged by offset or page index, one page in memory at a
 * time (see `paginate`) unless `options.prefetch` says otherwise, robust to what such listings do
 * in the wild:
 *
 * - **Which page is last.** The server's `more` flag decides when it has one; else its `total`
 *   (the listing goes on until the offset reaches it); else a page is the last one only when it is
 *   empty or shorter than a page the server already gave in this iteration, since a short page
 *   may just be the server's own cap on the page size. A listing without a total therefore costs
 *   one request more when its first page is short. A server that caps the page size below
 *   `pageSize` (100 asked, 50 given) is read to the end, never cut short; with page addressing the
 *   client then asks for pages of the size the server gives, so page indices stay aligned. An empty
 *   page while the total or `more` says records remain fails with `VendorNormalizationError`.
 * - **Servers that cannot advance.** An echoed page or offset other than the one asked, and
 *   `stalePageLimit` pages in a row that bring no record not already yielded (a server that
 *   ignores the offset), fail with `VendorNormalizationError` after a bounded number of requests.
 * - **Records moving under the offset.** Records already yielded are dropped by `idOf`, so a
 *   record inserted ahead of the position (which pushes a yielded record onto the next page) does
 *   not come twice. A total that drops between two pages means records before the position may
 *   have been deleted, which pulls unseen records behind it: the client goes back by the drop and
 *   re-reads (duplicates dropped), at most `maxRecoveries` times per iteration, then fails with
 *   `VendorNormalizationError`. Every record that exists for the whole iteration is yielded once.
 *   Not detectable: a record that moves from behind the position to ahead of it (a listing sorted
 *   by activity), and a deletion ahead of the position that coincides with as many insertions
 *   behind it, which leave the total unchanged; listings without a total detect no deletion.
 * - **Reading ahead.** With `prefetch`, the next page is requested as soon as the answer before it
 *   arrives, while the caller consumes that page. Once a page has given the total and the server's
 *   page size, the pages after it are requested too, up to `prefetch` requests out at once, each
 *   for the page the listing would ask for if every page came as that one did. A page that comes
 *   otherwise (short, a total that changed, an echo other than asked) makes the listing abort the
 *   requests that guessed wrong and ask for the right page, so the requests the listing goes by,
 *   and the records and errors it gives, are those of reading page by page.
 *
 * `fetchPage` gets a signal with each request, as in `paginate`. Memory: see `PagingOptions`
 * (`idOf` keeps one id per record yielded).
 * @throws VendorArgumentError naming `prefetch` when it is not an integer from 0 to `MAX_PREFETCH`.
 */
export function paginateOffset<TItem>(
  fetchPage: (request: OffsetRequest, signal: AbortSignal) => Promise<OffsetAnswer<TItem>>,
  options: OffsetPagingOptions<TItem>,
): AsyncGenerator<TItem, void, undefined> {
  const reading = readingOf(options, 'paginateOffset');
  // The vendor sees the page it asks for, not the re-read it belongs to.
  const send = ({ offset, limit, page }: EpochRequest, signal: AbortSignal) =>
    fetchPage({ offset, limit, page }, signal);
  return pipeline(send, new OffsetPlan(options), reading);
}

/** Collects an async iterable into an array, stopping after `limit` items when given. */
export async function collect<T>(
  items: AsyncIterable<T>,
  limit = Number.POSITIVE_INFINITY,
): Promise<T[]> {
  const out: T[] = [];
  if (limit <= 0) return out;
  for await (const item of items) {
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
}
