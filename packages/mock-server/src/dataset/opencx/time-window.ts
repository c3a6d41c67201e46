/** The `created_*` / `updated_*` time windows of the cursor listings. */

/**
 * A time-window bound of the query, in epoch ms: `undefined` when absent, `NaN` when unreadable (a
 * request the spec's validation refuses first; `NaN` then matches nothing).
 */
export function bound(query: URLSearchParams, name: string): number | undefined {
  const value = query.get(name);
  return value === null ? undefined : Date.parse(value.toUpperCase());
}

/**
 * OpenCX does not say whether its `*_after` / `*_before` bounds are inclusive (spec:
 * `CreatedAfter` and siblings). We read the words literally: strictly after, strictly before. The
 * client sends `created_after` 1 ms early for an inclusive `since` and `until` as an exclusive
 * `created_before`, which is exactly [since, until) under this reading.
 */
export function inWindow(
  ms: number,
  after: number | undefined,
  before: number | undefined,
): boolean {
  return (after === undefined || ms > after) && (before === undefined || ms < before);
}
