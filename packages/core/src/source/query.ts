import type { PrefetchOption } from '../pagination/prefetch.js';

/**
 * Options shared by every `Source` listing. `prefetch` (see `PrefetchOption`): pages to request
 * ahead while the caller consumes the current one, an integer from 0 to 16, 1 by default.
 */
export interface SourceQuery extends PrefetchOption {
  /**
   * Only records at or after this instant (ISO-8601 string or Date). Which timestamp is compared is
   * fixed per resource: see `recordTime`.
   * @default no lower bound
   */
  since?: string | Date;
  /**
   * Only records before this instant (exclusive).
   * @default no upper bound
   */
  until?: string | Date;
  /**
   * Stop after this many records.
   * @default no limit
   */
  limit?: number;
  /** Cancels the listing, including any request in flight. */
  signal?: AbortSignal;
}

/** A `SourceQuery` checked and normalized: bounds as UTC ISO strings. @internal */
export interface ResolvedQuery {
  since: string | undefined;
  until: string | undefined;
  limit: number;
  signal: AbortSignal | undefined;
  /** The `prefetch` asked for, checked; absent when the listing's default applies. */
  prefetch?: number;
}
