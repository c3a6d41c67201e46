// SmarterBot has no pagination anywhere we read: LeadList and ChatContentHistory return every
// matching record in one array, and the only way to bound a response is a window of whole UTC
// calendar days (`YYYY-MM-DD`). https://chat.smarterbot.ai/guides/developer/api/lead and
// https://newoaks.ai/guides/developer/api/get-message-history

const DAY_MS = 86_400_000;
const LAST_DAY = Date.parse('9999-12-31T00:00:00.000Z');

/**
 * A listing answered by one response, loaded when iteration starts (not when the listing is
 * created) and normalized one record at a time as the caller pulls: a record is normalized only
 * once the previous one has been taken, so memory holds the response plus the record in hand,
 * never a second, normalized copy of the whole response, and a caller that stops early (`limit`,
 * `break`) leaves the rest unnormalized. `load` may give the records as any iterable, e.g. one
 * that parses each record as it is taken (`LazyData`). A record that cannot be read or
 * normalized fails the listing when it is reached, after the records before it were yielded. One
 * request, no cursor: it cannot loop, and there is no page size for the server to cap (whether
 * SmarterBot truncates a large answer is undocumented, and nothing in the answer would tell). Not
 * core's `paginate`, which takes a page of finished items and would normalize the whole response
 * before the first. A query's `prefetch` is checked like every `Source` query's and has no effect
 * here: the one request is the whole listing, so there is no further page to request ahead.
 *
 * Like an async generator, the listing is its own iterator and is iterated once; steps asked for
 * while the response is loading are answered in order once it is in.
 * @internal
 */
export function onePage<R, T>(
  load: () => Promise<Iterable<R>>,
  normalize: (record: R, position: number) => T,
): AsyncIterableIterator<T> {
  return new OnePage(load, normalize);
}

/**
 * `onePage`'s iterator, written out rather than as an async generator: every step of a generator
 * goes through several promise jobs (its `yield` awaits the value, and so does the `for await`
 * reading it), a measurable share of a sync of 100,000 records. Here a step taken once the records
 * are in hand is one settled promise.
 */
class OnePage<R, T> implements AsyncIterableIterator<T> {
  #load: (() => Promise<Iterable<R>>) | undefined;
  readonly #normalize: (record: R, position: number) => T;
  /** Settles (never rejects) once the records are in hand or loading them failed. */
  #loading: Promise<void> | undefined;
  /** Whether a step can be taken at once: the records are in hand, or there are none to wait for. */
  #ready = false;
  #records: Iterator<R> | undefined;
  /** Why loading failed, until the step that reports it. */
  #failure: { error: unknown } | undefined;
  #position = 0;
  #done = false;

  constructor(load: () => Promise<Iterable<R>>, normalize: (record: R, position: number) => T) {
    this.#load = load;
    this.#normalize = normalize;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (!this.#ready) {
      this.#loading ??= this.#start();
      return this.#loading.then(() => this.#step());
    }
    try {
      return Promise.resolve(this.#step());
    } catch (error) {
      return Promise.reject(error);
    }
  }

  return(): Promise<IteratorResult<T, undefined>> {
    this.#finish();
    return Promise.resolve({ done: true, value: undefined });
  }

  async #start(): Promise<void> {
    const load = this.#load as () => Promise<Iterable<R>>;
    this.#load = undefined;
    try {
      const records = await load();
      if (!this.#done) this.#records = records[Symbol.iterator]();
    } catch (error) {
      // Reported by the next step, unless the caller has ended the listing meanwhile.
      if (!this.#done) this.#failure = { error };
    }
    this.#ready = true;
  }

  #step(): IteratorResult<T, undefined> {
    const failure = this.#failure;
    if (failure !== undefined) {
      this.#failure = undefined;
      this.#finish();
      throw failure.error;
    }
    const records = this.#records;
    if (records === undefined) return { done: true, value: undefined };
    try {
      const next = records.next();
      if (next.done !== true) {
        return { done: false, value: this.#normalize(next.value, this.#position++) };
      }
    } catch (error) {
      this.#finish();
      throw error;
    }
    this.#finish();
    return { done: true, value: undefined };
  }

  /** Ends the listing: later steps are done, and the records are let go of. */
  #finish(): void {
    this.#done = true;
    this.#ready = true;
    this.#load = undefined;
    const records = this.#records;
    this.#records = undefined;
    records?.return?.();
  }
}

/**
 * The first day to ask for so that the window covers `since` (a UTC ISO instant): its UTC date.
 * @internal
 */
export function firstDayFor(since: string): string {
  return new Date(Date.parse(since)).toISOString().slice(0, 10);
}

/**
 * The last day to ask for so that the window covers everything before `until` (a UTC ISO instant,
 * exclusive): the day of the first UTC midnight at or after `until`. Whether the vendor's end date
 * is inclusive is undocumented; this day covers `[…, until)` under both readings (inclusive: it
 * ends at or after `until`; exclusive, i.e. up to that day's midnight: that midnight is not before
 * `until`). At worst one extra day is read, which `applyQuery` then cuts.
 * @internal
 */
export function lastDayFor(until: string): string {
  const at = Date.parse(until);
  const midnight = at - (((at % DAY_MS) + DAY_MS) % DAY_MS);
  // Past the last day of 9999 a date has no `YYYY-MM-DD` form (`+010000-01-01`); that day is the
  // last there is, and it covers every `until` a query accepts.
  return new Date(Math.min(midnight === at ? at : midnight + DAY_MS, LAST_DAY))
    .toISOString()
    .slice(0, 10);
}
