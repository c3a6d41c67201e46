import { paginate } from '@botbridge/core';

/**
 * OpenCX's list endpoints (sessions, history, contacts) page with an opaque cursor: the first call
 * sends none, each page answers `next`, which goes back unchanged as `cursor`, and `next: null`
 * ends the listing. There is no page-size parameter and no total.
 * https://docs.open.cx/api-reference/chat-sessions/list
 *
 * Core `paginate` ends on an `undefined` cursor and refuses a cursor equal to the one just used, so
 * a server that keeps answering with the same `next` fails instead of looping. `null` stands for
 * "no cursor yet" because `undefined` already means "done".
 * @internal
 */
export function paginateCursor<T>(
  fetchPage: (
    cursor: string | undefined,
  ) => Promise<{ items: readonly T[]; next: string | undefined }>,
): AsyncGenerator<T, void, undefined> {
  return paginate<T, string | null>((cursor) => fetchPage(cursor ?? undefined), null);
}

/**
 * The page to request after `page` of `filterChatSessions`, which pages by number: go on while
 * `has_next` is true. An empty page ends the listing too, so a server whose `has_next` stays true
 * past the last session cannot keep us requesting empty pages forever (page numbers always
 * advance, so core's same-cursor check would not catch it).
 * https://docs.open.cx/api-reference/chat-sessions/filter
 * @internal
 */
export function nextPageNumber(
  page: number,
  hasNext: boolean,
  received: number,
): number | undefined {
  return hasNext && received > 0 ? page + 1 : undefined;
}
