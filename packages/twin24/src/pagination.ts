import {
  DEFAULT_PREFETCH,
  type OffsetAnswer,
  type PrefetchOptions,
  paginateOffset,
} from '@botbridge/core';
import { VENDOR } from './normalize/vendor.js';

/**
 * Twin's lists (the analyse search, the chat service's sessions and messages) page with `limit` +
 * `offset` and report the total matches as `count`; there is no cursor. `count` is optional
 * (`withoutCount=true` leaves it out, and the search's success body is undocumented).
 * https://developers.twin24.ai/reference/operatorchatsessionlist
 *
 * Core `paginateOffset` decides the rest. With `count`, the listing goes on until the offset
 * reaches it, so a server that gives fewer records than `limit` (its own cap) is still read to the
 * end; without it, a page shorter than one already given (or an empty one) is the last. A server
 * that repeats a static page (a mock answering from examples, a server ignoring `offset`) fails
 * with `VendorNormalizationError` after three requests instead of being read again and again or
 * cut short; a record given twice because records moved is dropped, and a `count` that drops
 * (records deleted ahead) makes it re-read. One id per record given is kept for the iteration.
 *
 * With `prefetch` (`DEFAULT_PREFETCH` when the caller gave none), the next page is requested while
 * the caller reads the current one, and once a page has given `count` and Twin's page size, up to
 * `prefetch` pages at once; without `count`, one page ahead. `fetchPage` gets each request's
 * signal, which aborts when the caller stops.
 * @internal
 */
export function paginateByOffset<T extends { id: string }>(
  operation: string,
  limit: number,
  fetchPage: (offset: number, limit: number, signal: AbortSignal) => Promise<OffsetAnswer<T>>,
  reading: PrefetchOptions,
): AsyncGenerator<T, void, undefined> {
  return paginateOffset((request, signal) => fetchPage(request.offset, request.limit, signal), {
    vendor: VENDOR,
    operation,
    pageSize: limit,
    idOf: (record) => record.id,
    ...reading,
    prefetch: reading.prefetch ?? DEFAULT_PREFETCH,
  });
}

/** One page of a Twin list as the resources read it: the records and the total, when given. */
export interface CountedPage<T> {
  items: T[];
  count: number | undefined;
}

/**
 * Pages a `{count, items}` list by offset, each record once, read ahead as `reading` says (see
 * `paginateByOffset` for capped pages, repeated pages, records that move while paging and
 * prefetch).
 * @internal
 */
export function paginateList<T extends { id: string }>(
  operation: string,
  limit: number,
  fetchPage: (offset: number, signal: AbortSignal) => Promise<CountedPage<T>>,
  reading: PrefetchOptions,
): AsyncIterable<T> {
  const counted = async (offset: number, _limit: number, signal: AbortSignal) => {
    const page = await fetchPage(offset, signal);
    return { items: page.items, total: page.count };
  };
  return paginateByOffset(operation, limit, counted, reading);
}
