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

/**
 * A `SourceQuery` checked and normalized by `resolveQuery`, as `applyQuery` and `inWindow` take
 * it: bounds as UTC ISO strings, which compare in time order as strings.
 */
export interface ResolvedQuery {
  /** The lower bound (inclusive), as a UTC ISO string; undefined for none. */
  since: string | undefined;
  /** The upper bound (exclusive), as a UTC ISO string; undefined for none. */
  until: string | undefined;
  /** The most records to give; `Infinity` when the query set no limit. */
  limit: number;
  /** The query's `signal`, as given. */
  signal: AbortSignal | undefined;
  /** The `prefetch` asked for, checked; absent when the listing's default applies. */
  prefetch?: number;
}
