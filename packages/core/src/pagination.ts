import { VendorNormalizationError } from './errors/normalization-error.js';

/** One page of a paged endpoint: its items and the cursor of the next page, if there is one. */
export interface Page<TItem, TCursor> {
  items: readonly TItem[];
  /** `undefined` when this was the last page. */
  next: TCursor | undefined;
}

/**
 * Iterates over every item of a paged endpoint, one page in memory at a time: the next page is
 * requested only after the caller has consumed the current one, and stopping the loop early
 * (`break`, `return`, a thrown error) requests nothing more.
 *
 * `fetchPage` gets the cursor of the page to load (`start` for the first). A vendor's pagination
 * rule (offset/total, page numbers, opaque cursors) lives entirely in its `fetchPage`. With
 * `context`, a vendor that repeats a cursor raises `VendorNormalizationError` naming it.
 */
export async function* paginate<TItem, TCursor>(
  fetchPage: (cursor: TCursor) => Promise<Page<TItem, TCursor>>,
  start: TCursor,
  context?: { vendor: string; operation: string },
): AsyncGenerator<TItem, void, undefined> {
  let cursor: TCursor | undefined = start;
  let previous: string | undefined;
  while (cursor !== undefined) {
    // A vendor that keeps answering with the cursor it was given would loop us forever.
    const key = JSON.stringify(cursor);
    if (key === previous) {
      const message = `pagination did not advance past cursor ${key}`;
      throw context
        ? new VendorNormalizationError(
            `${context.vendor} ${context.operation}: ${message}`,
            context,
          )
        : new Error(message);
    }
    previous = key;
    const page: Page<TItem, TCursor> = await fetchPage(cursor);
    yield* page.items;
    cursor = page.next;
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
