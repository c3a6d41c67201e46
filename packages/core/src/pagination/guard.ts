import { VendorNormalizationError } from '../errors/normalization-error.js';
import type { PagingOptions } from '../pagination.js';
import { IdSet } from './id-set.js';

/** The longest piece of a cursor quoted in an error: cursors can be long opaque blobs. */
const QUOTE_MAX = 80;

/** A page key as an error quotes it. @internal */
export function quote(key: string): string {
  return key.length > QUOTE_MAX ? `${key.slice(0, QUOTE_MAX)}…` : key;
}

/**
 * The bookkeeping of one iteration: the page keys requested, the item ids yielded and the run of
 * pages that brought nothing new. Every guard error is a `VendorNormalizationError` naming the
 * vendor and operation (a plain `Error` when core's own tests page without a context). Pages
 * requested ahead are not its concern: it sees the requests the listing's rule chose, in order.
 * @internal
 */
export class PagingGuard<TItem> {
  private readonly keys = new Map<string, number>();
  private readonly ids = new IdSet();
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
    const idOf = this.idOf;
    if (!idOf) return items.slice();
    const ids = this.ids;
    // One set operation per item: `add`, which tells whether the id was there. An id already there
    // may have come from this very page; only then is the item kept, which needs the page's own
    // ids, gathered only once such an item turns up (a page rarely repeats itself).
    const added: string[] = [];
    let ownIds: Set<string> | undefined;
    let out: TItem[] | undefined;
    for (let at = 0; at < items.length; at++) {
      const item = items[at] as TItem;
      const id = idOf(item);
      if (id === undefined) {
        out?.push(item);
        continue;
      }
      if (ids.add(id)) {
        if (ownIds === undefined) added.push(id);
        else ownIds.add(id);
        out?.push(item);
        continue;
      }
      ownIds ??= new Set(added);
      if (ownIds.has(id)) {
        out?.push(item);
        continue;
      }
      // The first item an earlier page gave: from here on the page is copied item by item.
      out ??= items.slice(0, at);
    }
    return out ?? items.slice();
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
