import type { Page } from '@botbridge/core';

/**
 * Twin's search pages with `limit` + `offset` and reports the total matches as `count`; there is
 * no cursor. When `count` is missing (the success body is undocumented, so we do not rely on it)
 * a short page is the last one.
 * https://developers.twin24.ai/reference/searchchatsessionlist
 */
export function nextOffset(
  offset: number,
  limit: number,
  received: number,
  count: number | undefined,
): number | undefined {
  if (received === 0) return undefined;
  const next = offset + received;
  if (count !== undefined) return next < count ? next : undefined;
  return received < limit ? undefined : next;
}

/** @internal */
export type OffsetPage<T> = Page<T, number>;
