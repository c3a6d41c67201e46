import {
  DEFAULT_PREFETCH,
  type OffsetAnswer,
  type PrefetchOptions,
  paginate,
  paginateOffset,
} from '@botbridge/core';
import { VENDOR } from './normalize/vendor.js';

/** A listing's read-ahead as the caller gave it, with a `prefetch` it left out at the default. */
function readAhead(reading: PrefetchOptions): PrefetchOptions {
  return { ...reading, prefetch: reading.prefetch ?? DEFAULT_PREFETCH };
}

/**
 * OpenCX's list endpoints (sessions, history, contacts) page with an opaque cursor: the first call
 * sends none, each page answers `next`, which goes back unchanged as `cursor`, and `next: null`
 * ends the listing. There is no page-size parameter and no total.
 * https://docs.open.cx/api-reference/chat-sessions/list
 *
 * Core `paginate` ends on an `undefined` cursor and guards against a server that cannot advance:
 * a `next` already followed in this iteration (A → B → A, at any distance) fails at once with
 * `VendorNormalizationError`, a record already given (same `idOf`) is dropped, and two pages in a
 * row that bring nothing new while `next` goes on (the same records under fresh cursors, empty
 * pages) fail too. One cursor per page and one id per record given are kept for the iteration.
 * `null` stands for "no cursor yet" because `undefined` already means "done". With `prefetch`, the
 * next page is requested as soon as its cursor arrives, while the caller reads the page that gave
 * it: one page ahead whatever `prefetch` is above 0, since no cursor is known before its page.
 * `fetchPage` gets each request's signal.
 * @internal
 */
export function paginateCursor<T>(
  operation: string,
  idOf: (item: T) => string | undefined,
  fetchPage: (
    cursor: string | undefined,
    signal: AbortSignal,
  ) => Promise<{ items: readonly T[]; next: string | undefined }>,
  reading: PrefetchOptions,
): AsyncGenerator<T, void, undefined> {
  const send = (cursor: string | null, signal: AbortSignal) =>
    fetchPage(cursor ?? undefined, signal);
  return paginate<T, string | null>(send, null, {
    vendor: VENDOR,
    operation,
    idOf,
    ...readAhead(reading),
  });
}

/** The identity a listing deduplicates records by (a contact may come without an id). @internal */
export function byId(record: { id?: string }): string | undefined {
  return record.id;
}

/**
 * Every session of `filterChatSessions`, which pages by a 1-based page number and `limit` and
 * answers `has_next` (no total): core `paginateOffset` goes on while `has_next` is true. A page
 * shorter than `limit` with `has_next` still true is the server's cap on the page size: the client
 * then asks for pages of that size, so page numbers keep covering every session. An echoed `page`
 * other than the one asked, an empty page while `has_next` is true, or pages that bring only
 * sessions already given fail with `VendorNormalizationError`; a session given twice (sessions
 * move between pages as their last message changes, the default sort) is dropped. Without a
 * total, a session deleted ahead of the position cannot be detected: prefer the cursor listing
 * (`chatSessions`) for syncs. With `prefetch`, the next page is requested as soon as the answer
 * before it says there is one: one page ahead, since without a total no page further on is known
 * to exist. https://docs.open.cx/api-reference/chat-sessions/filter
 * @internal
 */
export function paginatePageNumbers<T extends { id: string }>(
  operation: string,
  limit: number,
  fetchPage: (page: number, limit: number, signal: AbortSignal) => Promise<OffsetAnswer<T>>,
  reading: PrefetchOptions,
): AsyncGenerator<T, void, undefined> {
  return paginateOffset(({ page = 1, limit: size }, signal) => fetchPage(page, size, signal), {
    vendor: VENDOR,
    operation,
    pageSize: limit,
    addressing: { firstPage: 1 },
    idOf: (record) => record.id,
    ...readAhead(reading),
  });
}
