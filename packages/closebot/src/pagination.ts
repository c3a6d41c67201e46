import type { Page } from '@botbridge/core';

/**
 * CloseBot pages test sessions with `offset` + `maxCount`. The envelope carries `total`; the bare
 * array form does not, so there a short page is the last one.
 */
export function nextOffset(
  offset: number,
  pageSize: number,
  received: number,
  total: number | undefined,
): number | undefined {
  if (received === 0) return undefined;
  const next = offset + received;
  if (total !== undefined) return next < total ? next : undefined;
  return received < pageSize ? undefined : next;
}

/** @internal */
export type OffsetPage<T> = Page<T, number>;
