import type { PrefetchOptions } from './prefetch.js';
import { type Pages, Records } from './records.js';

/**
 * What one answer means for a listing, as its paging rule decides it.
 * @internal
 */
export interface Step<TRequest, TItem> {
  /** The records to yield, in order. */
  items: readonly TItem[];
  /** The request that follows; absent when the listing ends here (or fails, see `failure`). */
  next?: TRequest;
  /** An error to raise once `items` are yielded: the rule refused to go on. */
  failure?: { error: unknown };
  /**
   * Up to `count` requests expected after `next`, in order, if the pages that follow come the way
   * this one did (the listing knows its total and the server's page size). Only a guess: a request
   * sent ahead is used only if the rule, once it gets there, asks for the same page.
   */
  ahead?: (count: number) => TRequest[];
}

/**
 * A listing's paging rule: the first request, and what each answer means. The rule sees the
 * requests it chose and their answers in order, exactly as if the pages were read one at a time;
 * requests sent ahead are the pipeline's business.
 * @internal
 */
export interface Plan<TRequest, TAnswer, TItem> {
  readonly first: TRequest;
  accept(request: TRequest, answer: TAnswer): Step<TRequest, TItem>;
  /** Whether two requests ask for the same page. */
  same(a: TRequest, b: TRequest): boolean;
}

/** Sends a listing's page requests. `signal` aborts when the request is no longer wanted. */
export type FetchPage<TRequest, TAnswer> = (
  request: TRequest,
  signal: AbortSignal,
) => Promise<TAnswer>;

interface InFlight<TRequest, TAnswer> {
  request: TRequest;
  controller: AbortController;
  answer: Promise<TAnswer>;
}

/** The abort reason of requests the listing no longer needs (never seen by the caller). */
function stopped(): DOMException {
  return new DOMException('The listing no longer needs this page', 'AbortError');
}

/** Aborts `controller` when `parent` aborts, with its reason; returns what undoes the link. */
function follow(parent: AbortSignal | undefined, controller: AbortController): () => void {
  if (parent === undefined) return () => {};
  if (parent.aborted) {
    controller.abort(parent.reason);
    return () => {};
  }
  const onAbort = () => controller.abort(parent.reason);
  parent.addEventListener('abort', onAbort, { once: true });
  return () => parent.removeEventListener('abort', onAbort);
}

/**
 * The page requests of one iteration that are out, in the order the listing will need them. Each
 * has its own signal, which follows the caller's and aborts when the request is dropped. A dropped
 * request's failure is swallowed (it is nobody's error), and nothing here holds a timer.
 */
class Requests<TRequest, TAnswer> {
  private readonly queue: InFlight<TRequest, TAnswer>[] = [];

  constructor(
    private readonly fetchPage: FetchPage<TRequest, TAnswer>,
    private readonly same: (a: TRequest, b: TRequest) => boolean,
    private readonly signal: AbortSignal | undefined,
  ) {}

  /** The answer to `request`: the one already out for it, else a new request (dropping the rest). */
  take(request: TRequest): Promise<TAnswer> {
    const head = this.queue[0];
    if (head !== undefined && this.holds(0, request)) {
      this.queue.shift();
      return head.answer;
    }
    this.drop();
    return this.send(request).answer;
  }

  /** Makes `requests` the ones out, in order: those already out for these pages stay. */
  keep(requests: readonly TRequest[]): void {
    let kept = 0;
    while (kept < requests.length && this.holds(kept, requests[kept] as TRequest)) kept++;
    this.drop(kept);
    for (const request of requests.slice(kept)) this.queue.push(this.send(request));
  }

  /** Whether the request out at position `at` is for the page of `request`. */
  private holds(at: number, request: TRequest): boolean {
    const out = this.queue[at];
    return out !== undefined && this.same(out.request, request);
  }

  /** Aborts the requests out from position `from` on. */
  drop(from = 0): void {
    for (const dropped of this.queue.splice(from)) dropped.controller.abort(stopped());
  }

  private send(request: TRequest): InFlight<TRequest, TAnswer> {
    const controller = new AbortController();
    const unfollow = follow(this.signal, controller);
    const answer = (async () => this.fetchPage(request, controller.signal))();
    // Also marks the answer handled: a request dropped before anyone awaits it fails silently.
    answer.then(unfollow, unfollow);
    return { request, controller, answer };
  }
}

/** The requests to have out after `step`: its `next`, then as many guesses as may be needed. */
function upcoming<TRequest, TItem>(
  step: Step<TRequest, TItem>,
  next: TRequest,
  prefetch: number,
  left: number,
): TRequest[] {
  // A caller that will stop within the records `left` needs no more pages than would hold them.
  const perPage = step.items.length;
  const count = perPage > 0 ? Math.min(prefetch, Math.ceil(left / perPage)) : prefetch;
  return count > 1 && step.ahead ? [next, ...step.ahead(count - 1)] : [next];
}

/**
 * Runs a listing's `plan`, yielding its records in order, with up to `prefetch` page requests out
 * while the caller consumes the current page (see `PrefetchOptions`). With `prefetch` 0 the next
 * page is requested only when the caller has consumed the current one. The plan sees the same
 * requests and answers whatever `prefetch` is: a request sent ahead whose page the plan does not
 * ask for next (the server gave a short page, the total changed) is aborted and the plan's own
 * request sent instead, so the records and errors are those of reading page by page. An error
 * (a failed request, a guard of the plan) reaches the caller after every record before it.
 * Stopping the loop, or the caller's signal, aborts every request out.
 * @internal
 */
export function pipeline<TRequest, TAnswer, TItem>(
  fetchPage: FetchPage<TRequest, TAnswer>,
  plan: Plan<TRequest, TAnswer, TItem>,
  options: PrefetchOptions,
): Records<TItem> {
  return new Records(pages(fetchPage, plan, options));
}

/**
 * The pages of `pipeline`, each as the records it gives (a page that gives none is skipped): the
 * next page is asked for only when the caller asks for a record past this one, and the records
 * are handed out one by one by `Records`, without a generator step each.
 */
async function* pages<TRequest, TAnswer, TItem>(
  fetchPage: FetchPage<TRequest, TAnswer>,
  plan: Plan<TRequest, TAnswer, TItem>,
  options: PrefetchOptions,
): Pages<TItem> {
  const prefetch = options.prefetch ?? 0;
  const wanted = options.wanted ?? Number.POSITIVE_INFINITY;
  const requests = new Requests(fetchPage, (a, b) => plan.same(a, b), options.signal);
  let request: TRequest | undefined = plan.first;
  let read = 0;
  try {
    while (request !== undefined) {
      const step = plan.accept(request, await requests.take(request));
      read += step.items.length;
      if (step.next !== undefined && prefetch > 0 && read < wanted) {
        requests.keep(upcoming(step, step.next, prefetch, wanted - read));
      }
      if (step.items.length > 0) yield step.items;
      if (step.failure) throw step.failure.error;
      request = step.next;
    }
  } finally {
    requests.drop();
  }
}
