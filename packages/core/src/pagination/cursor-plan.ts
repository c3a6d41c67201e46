import type { Page, PaginateOptions, PagingContext } from '../pagination.js';
import { PagingGuard, quote } from './guard.js';
import type { Plan, Step } from './pipeline.js';

/**
 * The rule of `paginate` (see there), one answer at a time. Each page names the next, so nothing
 * can be guessed further ahead: a listing with `prefetch` requests the next cursor as soon as it
 * is known, which is one page ahead.
 * @internal
 */
export class CursorPlan<TItem, TCursor> implements Plan<TCursor, Page<TItem, TCursor>, TItem> {
  readonly first: TCursor;
  private readonly guard: PagingGuard<TItem>;
  private readonly keyOf: (cursor: TCursor) => string;
  /** The key of the cursor requested last, the one whose answer comes next. */
  private key: string;

  constructor(
    start: TCursor,
    options: PagingContext | PaginateOptions<TItem, TCursor> | undefined,
  ) {
    this.guard = new PagingGuard<TItem>(options);
    this.keyOf =
      (options as PaginateOptions<TItem, TCursor> | undefined)?.keyOf ??
      ((cursor: TCursor) => JSON.stringify(cursor) ?? String(cursor));
    this.first = start;
    this.key = this.keyOf(start);
    this.guard.visit(this.key);
  }

  // The one request out ahead is always for the very cursor the last answer gave.
  same(a: TCursor, b: TCursor): boolean {
    return a === b;
  }

  accept(_cursor: TCursor, page: Page<TItem, TCursor>): Step<TCursor, TItem> {
    const items = this.guard.fresh(page.items);
    if (page.next === undefined) return { items };
    this.guard.advanced(items.length, `cursor ${quote(this.key)}`);
    try {
      // A cursor already requested fails here, before it is requested again, but only once the
      // records of this page are yielded.
      this.key = this.keyOf(page.next);
      this.guard.visit(this.key);
    } catch (error) {
      return { items, failure: { error } };
    }
    return { items, next: page.next };
  }
}
