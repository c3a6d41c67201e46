/** The result every finished listing answers. */
const DONE: IteratorResult<never, void> = Object.freeze({ value: undefined, done: true });
const NO_RECORDS: readonly never[] = Object.freeze([]);

/** A page source: the records of each answer, in order, as the listing's pipeline yields them. */
export type Pages<T> = AsyncGenerator<readonly T[], void, undefined>;

/**
 * The records of a listing, one by one, over its pages: what `paginate`, `paginateOffset` and a
 * `Source` listing with its query applied (`applyQuery`) hand out.
 *
 * Behaves as the async generator it stands for (`for await`, `break`, `return()`, `throw()`, calls
 * made before the previous one settled are answered in order), but a record of a page already in
 * hand is given without resuming a generator: a generator per layer would cost a listing of
 * 100,000 records two or three generator resumptions per record (the paging loop, the query, the
 * caller's loop). The pages are asked for as a generator over them would ask: the next one only
 * when the caller wants a record past the current page; stopping (`break`, `return()`, the limit
 * reached) closes the page source, which aborts what it has in flight.
 * @internal
 */
export class Records<T> implements AsyncGenerator<T, void, undefined> {
  readonly #pages: Pages<T>;
  /** Whether a record is given: the query's time window. `undefined`: every record is. */
  readonly #keep: ((record: T) => boolean) | undefined;
  /** Records still to give before the listing stops (the query's limit). */
  #left: number;
  #page: readonly T[] = NO_RECORDS;
  #at = 0;
  #done = false;
  #touched = false;
  /** Settles once the calls made so far are answered; `undefined` when none is pending. */
  #queue: Promise<void> | undefined;

  constructor(pages: Pages<T>, keep?: (record: T) => boolean, limit = Number.POSITIVE_INFINITY) {
    this.#pages = pages;
    this.#keep = keep;
    this.#left = limit;
  }

  /**
   * The same listing with a query applied: only the records `keep` accepts, and at most `limit`
   * of them (the page source is closed once the caller asks past them). `undefined` when this
   * listing was already read from, or already has a query: the caller then filters it record by
   * record itself.
   */
  narrowed(keep: ((record: T) => boolean) | undefined, limit: number): Records<T> | undefined {
    if (this.#touched || this.#keep !== undefined || this.#left !== Number.POSITIVE_INFINITY) {
      return undefined;
    }
    this.#touched = true;
    return new Records(this.#pages, keep, limit);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<T, void>> {
    this.#touched = true;
    if (this.#queue === undefined) {
      const record = this.#take();
      if (record !== undefined) return Promise.resolve(record);
    }
    return this.#enqueue(() => this.#pull());
  }

  return(): Promise<IteratorResult<T, void>> {
    this.#touched = true;
    return this.#enqueue(async () => {
      if (!this.#finish()) await this.#pages.return();
      return DONE;
    });
  }

  throw(error: unknown): Promise<IteratorResult<T, void>> {
    this.#touched = true;
    return this.#enqueue(async () => {
      // Into the page source, whose cleanup aborts what it has in flight; a finished listing
      // throws it back at once, as a finished generator does.
      if (!this.#finish()) await this.#pages.throw(error);
      throw error;
    });
  }

  /** The next record of the page in hand, or `undefined` when a page (or the end) must come. */
  #take(): IteratorResult<T, void> | undefined {
    if (this.#left <= 0) return undefined;
    const page = this.#page;
    const keep = this.#keep;
    while (this.#at < page.length) {
      const record = page[this.#at++] as T;
      if (keep !== undefined && !keep(record)) continue;
      this.#left--;
      return { value: record, done: false };
    }
    return undefined;
  }

  async #pull(): Promise<IteratorResult<T, void>> {
    for (;;) {
      const record = this.#take();
      if (record !== undefined) return record;
      if (this.#done) return DONE;
      if (this.#left <= 0) {
        // The limit is reached and the caller asks for more: nothing more is requested.
        this.#finish();
        await this.#pages.return();
        return DONE;
      }
      // The page in hand is read: it is not held while the next one is on its way.
      this.#page = NO_RECORDS;
      this.#at = 0;
      let step: IteratorResult<readonly T[], void>;
      try {
        step = await this.#pages.next();
      } catch (error) {
        this.#finish();
        throw error;
      }
      if (step.done) {
        this.#finish();
        return DONE;
      }
      this.#page = step.value;
      this.#at = 0;
    }
  }

  /** Ends the listing; whether it had ended already. */
  #finish(): boolean {
    const was = this.#done;
    this.#done = true;
    this.#page = NO_RECORDS;
    this.#at = 0;
    return was;
  }

  /** Runs `operation` once every call made before it is answered, as a generator would. */
  #enqueue(operation: () => Promise<IteratorResult<T, void>>): Promise<IteratorResult<T, void>> {
    const result = this.#queue === undefined ? operation() : this.#queue.then(operation);
    const settled: Promise<void> = result.then(
      () => this.#settle(settled),
      () => this.#settle(settled),
    );
    this.#queue = settled;
    return result;
  }

  #settle(settled: Promise<void>): void {
    if (this.#queue === settled) this.#queue = undefined;
  }
}
