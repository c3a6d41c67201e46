import type { OffsetAnswer, OffsetPagingOptions, OffsetRequest } from '../pagination.js';
import { PagingGuard } from './guard.js';
import type { Plan, Step } from './pipeline.js';

/**
 * A request of an offset listing, with the re-read it belongs to: a request of an earlier epoch is
 * never taken for one of a later, even for the same offset, since records moved in between.
 * @internal
 */
export interface EpochRequest extends OffsetRequest {
  epoch: number;
}

/** What the plan read from one answer before deciding what follows. */
interface Seen {
  received: number;
  fresh: number;
  dropped: number;
  /** The offset right after this page's records. */
  end: number;
  /** Whether this page lay wholly within records already read (a re-read after a drop). */
  replay: boolean;
}

function gcd(a: number, b: number): number {
  let [x, y] = [Math.abs(a), Math.abs(b)];
  while (y > 0) [x, y] = [y, x % y];
  return x;
}

/**
 * The rule of `paginateOffset` (see there for what it guards against), one answer at a time: the
 * state a page-by-page loop would keep, and the request each answer leads to.
 * @internal
 */
export class OffsetPlan<TItem> implements Plan<EpochRequest, OffsetAnswer<TItem>, TItem> {
  readonly first: EpochRequest;
  private readonly guard: PagingGuard<TItem>;
  private readonly firstPage: number | undefined;
  private readonly maxRecoveries: number;
  private limit: number;
  // Bumped on every deliberate re-read, so re-reading a position is not taken for a loop.
  private epoch = 0;
  private recoveries = 0;
  private lastTotal: number | undefined;
  // The furthest position reached: pages re-read below it may hold nothing new, by design.
  private reached = 0;
  // The largest page the server has given: a page shorter than it cannot be a capped one.
  private largest = 0;

  constructor(options: OffsetPagingOptions<TItem>) {
    this.guard = new PagingGuard<TItem>(options);
    const addressing = options.addressing ?? 'offset';
    this.firstPage = addressing === 'offset' ? undefined : addressing.firstPage;
    this.maxRecoveries = options.maxRecoveries ?? 3;
    this.limit = options.pageSize;
    this.first = this.request(0);
    this.visit(this.first);
  }

  same(a: EpochRequest, b: EpochRequest): boolean {
    return a.epoch === b.epoch && a.offset === b.offset && a.limit === b.limit;
  }

  accept(request: EpochRequest, answer: OffsetAnswer<TItem>): Step<EpochRequest, TItem> {
    const asked = request.page ?? request.offset;
    if (answer.echo !== undefined && answer.echo !== asked) {
      const unit = request.page === undefined ? 'offset' : 'page';
      throw this.guard.fail(
        `pagination did not advance: asked for ${unit} ${asked}, the server answered ${unit} ${answer.echo}`,
      );
    }
    const received = answer.items.length;
    const items = this.guard.fresh(answer.items);
    const { total } = answer;
    const dropped =
      this.lastTotal !== undefined && total !== undefined ? this.lastTotal - total : 0;
    if (total !== undefined) this.lastTotal = total;
    const end = request.offset + received;
    const replay = end <= this.reached;
    this.reached = Math.max(this.reached, end);
    const seen: Seen = { received, fresh: items.length, dropped, end, replay };
    try {
      const next = this.follow(request, answer, seen);
      if (next === undefined) return { items };
      this.visit(next);
      return { items, next, ahead: this.guesses(next, answer, seen) };
    } catch (error) {
      // The page's records still come first, as when the loop yielded them before deciding.
      return { items, failure: { error } };
    }
  }

  /** The request after `request`, whose answer is `answer`; `undefined` at the end. */
  private follow(
    request: EpochRequest,
    answer: OffsetAnswer<TItem>,
    seen: Seen,
  ): EpochRequest | undefined {
    const { total } = answer;
    // Records before this position were deleted since the last page (the total dropped): as many
    // unseen records may have slid behind it. Go back by the drop and read again.
    if (seen.dropped > 0 && request.offset > 0 && total !== undefined) {
      const back = this.backBy(request.offset, seen.dropped);
      if (back < total) return this.reread(back, total);
    }
    if (seen.received === 0) {
      if (answer.more === true || (total !== undefined && request.offset < total)) {
        throw this.guard.fail(
          `the server returned no records at offset ${request.offset} although ${answer.more === true ? 'it said more pages follow' : `its total is ${total}`}; the listing would be cut short`,
        );
      }
      return undefined;
    }
    const largestBefore = this.largest;
    this.largest = Math.max(this.largest, seen.received);
    const more =
      answer.more ??
      (total !== undefined
        ? seen.end < total
        : seen.received >= this.limit || seen.received >= largestBefore);
    if (!more) return undefined;
    if (!seen.replay) this.guard.advanced(seen.fresh, `offset ${request.offset}`);
    // A page shorter than asked that is not the last: the server caps the page size. Page indices
    // must then count in the server's size, or the next index would skip records.
    if (request.page !== undefined && seen.end % this.limit !== 0) {
      this.limit = gcd(seen.end, seen.received);
    }
    return this.request(seen.end);
  }

  /** The position `dropped` records before `offset`, on a page boundary with page indices. */
  private backBy(offset: number, dropped: number): number {
    const back = Math.max(0, offset - dropped);
    return this.firstPage === undefined ? back : back - (back % this.limit);
  }

  /** Goes back to `back` to read again, or fails once the data kept moving too often. */
  private reread(back: number, total: number): EpochRequest {
    this.recoveries++;
    if (this.recoveries > this.maxRecoveries) {
      throw this.guard.fail(
        `records moved while paging: the total kept dropping (now ${total}), and re-reading ${this.maxRecoveries} times did not settle it; read the listing again`,
      );
    }
    this.epoch++;
    this.guard.resetStale();
    return this.request(back);
  }

  /**
   * The requests after `next` if the pages go on as this one came: only when the total is known
   * and held (no drop), and this page was as large as any the server gave (so its size is the
   * server's page size, capped or not). Never past the total.
   */
  private guesses(
    next: EpochRequest,
    answer: OffsetAnswer<TItem>,
    seen: Seen,
  ): ((count: number) => EpochRequest[]) | undefined {
    const { total } = answer;
    if (total === undefined || seen.dropped !== 0 || next.offset !== seen.end) return undefined;
    if (seen.received !== this.largest) return undefined;
    // With page indices the size asked is the stride; by offset, the size the server gives.
    const stride = this.firstPage === undefined ? seen.received : next.limit;
    return (count) => {
      const out: EpochRequest[] = [];
      for (let offset = next.offset + stride; out.length < count && offset < total; ) {
        out.push(this.request(offset, next));
        offset += stride;
      }
      return out;
    };
  }

  /** The request for `offset` in the page size and epoch of `like` (by default, the current). */
  private request(offset: number, like = { limit: this.limit, epoch: this.epoch }): EpochRequest {
    const { limit, epoch } = like;
    const page = this.firstPage === undefined ? undefined : this.firstPage + offset / limit;
    return { offset, limit, page, epoch };
  }

  private visit(request: EpochRequest): void {
    this.guard.visit(`${request.epoch}:${request.offset}:${request.limit}`);
  }
}
