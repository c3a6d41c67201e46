import type { Page } from '@botbridge/core';

/**
 * Twin's lists (the analyse search, the chat service's sessions and messages) page with `limit` +
 * `offset` and report the total matches as `count`; there is no cursor. The last page is the one
 * that reaches `count` or comes back short (fewer than `limit` items), whichever happens first:
 * `count` is optional (`withoutCount=true` leaves it out, and the search's success body is
 * undocumented), and a server that repeats a static page (a mock answering from examples) must not
 * make us read the same items again and again until `offset` reaches its `count`.
 * https://developers.twin24.ai/reference/operatorchatsessionlist
 */
export function nextOffset(
  offset: number,
  limit: number,
  received: number,
  count: number | undefined,
): number | undefined {
  if (received === 0 || received < limit) return undefined;
  const next = offset + received;
  return count !== undefined && next >= count ? undefined : next;
}

/** @internal */
export type OffsetPage<T> = Page<T, number>;
