import { VendorNormalizationError } from './errors/normalization-error.js';

/** One page of a paged endpoint: its items and the cursor of the next page, if there is one. */
export interface Page<TItem, TCursor> {
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
 * What guards one iteration of a listing against a server that cannot advance. Memory per
 * iteration: one `Set` entry per page requested (its key) and, with `idOf`, one per distinct id
 * yielded, about 50 bytes plus the id's length × 2 each (100,000 ids of 36 characters ≈ 12 MB).
 * Items themselves are never kept: one page is in memory at a time.
 */
export interface PagingOptions<TItem> extends PagingContext {
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

/** The longest piece of a cursor quoted in an error: cursors can be long opaque blobs. */
const QUOTE_MAX = 80;

function quote(key: string): string {
  return key.length > QUOTE_MAX ? `${key.slice(0, QUOTE_MAX)}…` : key;
}

/**
 * The bookkeeping of one iteration: the page keys requested, the item ids yielded and the run of
 * pages that brought nothing new. Every guard error is a `VendorNormalizationError` naming the
 * vendor and operation (a plain `Error` when core's own tests page without a context).
 */
class PagingGuard<TItem> {
  private readonly keys = new Map<string, number>();
  private readonly ids = new Set<string>();
  private readonly idOf: ((item: TItem) => string | undefined) | undefined;
  private readonly stalePageLimit: number;
  private stale = 0;

  constructor(private readonly context: Partial<PagingOptions<TItem>> | undefined) {
    this.idOf = context?.idOf;
    this.stalePageLimit = context?.stalePageLimit ?? 2;
  }

  fail(message: string): Error {
    const { vendor, operation } = this.context ?? {};
    return vendor !== undefined && operation !== undefined
      ? new VendorNormalizationError(`${vendor} ${operation}: ${message}`, { vendor, operation })
      : new Error(message);
  }

  /** Notes that the page `key` is about to be requested; a key seen before fails the listing. */
  visit(key: string): void {
    const at = this.keys.get(key);
    if (at !== undefined) {
      throw this.fail(
        `pagination did not advance: the server led back to ${quote(key)}, which was already requested (page ${at + 1} of this listing)`,
      );
    }
    this.keys.set(key, this.keys.size);
  }

  /**
   * The items of a page whose id no earlier page of this iteration gave; the page's ids are
   * remembered. Two items with one id on the same page are both kept: that is no paging fault, and
   * a vendor's normalizer decides what such a page means.
   */
  fresh(items: readonly TItem[]): TItem[] {
    if (!this.idOf) return [...items];
    const out: TItem[] = [];
    const ids: string[] = [];
    for (const item of items) {
      const id = this.idOf(item);
      if (id === undefined || !this.ids.has(id)) out.push(item);
      if (id !== undefined) ids.push(id);
    }
    for (const id of ids) this.ids.add(id);
    return out;
  }

  /**
   * Records whether a page the server says is not the last brought anything new; fails on the
   * `stalePageLimit`-th such page in a row.
   */
  advanced(newItems: number, where: string): void {
    if (newItems > 0) {
      this.stale = 0;
      return;
    }
    this.stale++;
    if (this.stale >= this.stalePageLimit) {
      throw this.fail(
        `pagination did not advance: ${this.stale} pages in a row up to ${where} brought no record that was not already given, although the server said more follow`,
      );
    }
  }

  /** Forgets the run of stale pages (the client itself chose to re-read). */
  resetStale(): void {
    this.stale = 0;
  }
}

/**
 * Iterates over every item of a paged endpoint, one page in memory at a time: the next page is
 * requested only after the caller has consumed the current one, and stopping the loop early
 * (`break`, `return`, a thrown error) requests nothing more.
 *
 * `fetchPage` gets the cursor of the page to load (`start` for the first). A vendor's pagination
 * rule (opaque cursors, page numbers, time windows) lives entirely in its `fetchPage`.
 *
 * A server that cannot advance ends the listing with `VendorNormalizationError` (naming
 * `options.vendor` and `options.operation`; a plain `Error` without them) instead of looping:
 * - a cursor already requested in this iteration, at any distance (A → B → A), fails at once;
 * - with `options.idOf`, records already yielded are dropped, and `stalePageLimit` (2) pages in a
 *   row that bring nothing new while a next cursor follows fail the listing (a server answering
 *   every fresh cursor with the same records, or with empty pages).
 * See `PagingOptions` for the memory this costs.
 */
export async function* paginate<TItem, TCursor>(
  fetchPage: (cursor: TCursor) => Promise<Page<TItem, TCursor>>,
  start: TCursor,
  options?: PagingContext | PaginateOptions<TItem, TCursor>,
): AsyncGenerator<TItem, void, undefined> {
  const guard = new PagingGuard<TItem>(options);
  const keyOf =
    (options as PaginateOptions<TItem, TCursor> | undefined)?.keyOf ??
    ((cursor: TCursor) => JSON.stringify(cursor) ?? String(cursor));
  let cursor: TCursor | undefined = start;
  while (cursor !== undefined) {
    const key = keyOf(cursor);
    guard.visit(key);
    const page: Page<TItem, TCursor> = await fetchPage(cursor);
    const fresh = guard.fresh(page.items);
    if (page.next !== undefined) guard.advanced(fresh.length, `cursor ${quote(key)}`);
    yield* fresh;
    cursor = page.next;
  }
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
  addressing?: 'offset' | { firstPage: number };
  /**
   * How many times one iteration may go back to re-read records that moved ahead of its position
   * (records deleted before it, seen as a total that dropped) before it fails with
   * `VendorNormalizationError` saying the data kept moving.
   * @default 3
   */
  maxRecoveries?: number;
}

function gcd(a: number, b: number): number {
  let [x, y] = [Math.abs(a), Math.abs(b)];
  while (y > 0) [x, y] = [y, x % y];
  return x;
}

/**
 * Iterates over every record of a listing paged by offset or page index, one page in memory at a
 * time (see `paginate`), robust to what such listings do in the wild:
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
 *
 * Memory: see `PagingOptions` (`idOf` keeps one id per record yielded).
 */
export async function* paginateOffset<TItem>(
  fetchPage: (request: OffsetRequest) => Promise<OffsetAnswer<TItem>>,
  options: OffsetPagingOptions<TItem>,
): AsyncGenerator<TItem, void, undefined> {
  const guard = new PagingGuard<TItem>(options);
  const addressing = options.addressing ?? 'offset';
  const firstPage = addressing === 'offset' ? undefined : addressing.firstPage;
  const maxRecoveries = options.maxRecoveries ?? 3;
  let limit = options.pageSize;
  let offset = 0;
  // Bumped on every deliberate re-read, so re-reading a position is not taken for a loop.
  let epoch = 0;
  let recoveries = 0;
  let lastTotal: number | undefined;
  // The furthest position reached: pages re-read below it may hold nothing new, by design.
  let reached = 0;
  // The largest page the server has given: a page shorter than it cannot be a capped one.
  let largest = 0;
  for (;;) {
    const page = firstPage === undefined ? undefined : firstPage + offset / limit;
    guard.visit(`${epoch}:${offset}:${limit}`);
    const answer = await fetchPage({ offset, limit, page });
    const asked = page ?? offset;
    if (answer.echo !== undefined && answer.echo !== asked) {
      const unit = page === undefined ? 'offset' : 'page';
      throw guard.fail(
        `pagination did not advance: asked for ${unit} ${asked}, the server answered ${unit} ${answer.echo}`,
      );
    }
    const received = answer.items.length;
    const fresh = guard.fresh(answer.items);
    const { total } = answer;
    const dropped = lastTotal !== undefined && total !== undefined ? lastTotal - total : 0;
    if (total !== undefined) lastTotal = total;
    const next = offset + received;
    const replay = next <= reached;
    reached = Math.max(reached, next);
    yield* fresh;

    // Records before this position were deleted since the last page (the total dropped): as many
    // unseen records may have slid behind it. Go back by the drop and read again.
    if (dropped > 0 && offset > 0 && total !== undefined) {
      let back = Math.max(0, offset - dropped);
      if (page !== undefined) back -= back % limit;
      if (back < total) {
        recoveries++;
        if (recoveries > maxRecoveries) {
          throw guard.fail(
            `records moved while paging: the total kept dropping (now ${total}), and re-reading ${maxRecoveries} times did not settle it; read the listing again`,
          );
        }
        epoch++;
        offset = back;
        guard.resetStale();
        continue;
      }
    }

    if (received === 0) {
      if (answer.more === true || (total !== undefined && offset < total)) {
        throw guard.fail(
          `the server returned no records at offset ${offset} although ${answer.more === true ? 'it said more pages follow' : `its total is ${total}`}; the listing would be cut short`,
        );
      }
      return;
    }
    const largestBefore = largest;
    largest = Math.max(largest, received);
    const more =
      answer.more ??
      (total !== undefined ? next < total : received >= limit || received >= largestBefore);
    if (!more) return;
    if (!replay) guard.advanced(fresh.length, `offset ${offset}`);
    // A page shorter than asked that is not the last: the server caps the page size. Page indices
    // must then count in the server's size, or the next index would skip records.
    if (page !== undefined && next % limit !== 0) limit = gcd(next, received);
    offset = next;
  }
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
