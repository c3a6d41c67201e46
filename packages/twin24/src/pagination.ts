import { type OffsetAnswer, paginateOffset } from '@botbridge/core';
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
 * @internal
 */
export function paginateByOffset<T extends { id: string }>(
  operation: string,
  limit: number,
  fetchPage: (offset: number, limit: number) => Promise<OffsetAnswer<T>>,
): AsyncGenerator<T, void, undefined> {
  return paginateOffset((request) => fetchPage(request.offset, request.limit), {
    vendor: VENDOR,
    operation,
    pageSize: limit,
    idOf: (record) => record.id,
  });
}

/** One page of a Twin list as the resources read it: the records and the total, when given. */
export interface CountedPage<T> {
  items: T[];
  count: number | undefined;
}

/**
 * Pages a `{count, items}` list by offset, one page in memory at a time, each record once (see
 * `paginateByOffset` for capped pages, repeated pages and records that move while paging).
 * @internal
 */
export function paginateList<T extends { id: string }>(
  operation: string,
  limit: number,
  fetchPage: (offset: number) => Promise<CountedPage<T>>,
): AsyncIterable<T> {
  return paginateByOffset(operation, limit, async (offset) => {
    const page = await fetchPage(offset);
    return { items: page.items, total: page.count };
  });
}
