// SmarterBot has no pagination anywhere we read: LeadList and ChatContentHistory return every
// matching record in one array, and the only way to bound a response is a window of whole UTC
// calendar days (`YYYY-MM-DD`). https://chat.smarterbot.ai/guides/developer/api/lead and
// https://newoaks.ai/guides/developer/api/get-message-history

const DAY_MS = 86_400_000;
const LAST_DAY = Date.parse('9999-12-31T00:00:00.000Z');

/**
 * A listing answered by one response, loaded when iteration starts (not when the listing is
 * created) and normalized one record at a time as the caller pulls: a record is normalized only
 * once the previous one has been taken, so memory holds the parsed response plus the record in
 * hand, never a second, normalized copy of the whole response, and a caller that stops early
 * (`limit`, `break`) leaves the rest unnormalized. A record that cannot be normalized fails the
 * listing when it is reached, after the records before it were yielded. One request, no cursor: it
 * cannot loop, and there is no page size for the server to cap (whether SmarterBot truncates a
 * large answer is undocumented, and nothing in the answer would tell). Not core's `paginate`,
 * which takes a page of finished items and would normalize the whole response before the first.
 * A query's `prefetch` is checked like every `Source` query's and has no effect here: the one
 * request is the whole listing, so there is no further page to request ahead.
 * @internal
 */
export async function* onePage<R, T>(
  load: () => Promise<readonly R[]>,
  normalize: (record: R, position: number) => T,
): AsyncGenerator<T, void, undefined> {
  let position = 0;
  for (const record of await load()) yield normalize(record, position++);
}

/**
 * The first day to ask for so that the window covers `since` (a UTC ISO instant): its UTC date.
 * @internal
 */
export function firstDayFor(since: string): string {
  return new Date(Date.parse(since)).toISOString().slice(0, 10);
}

/**
 * The last day to ask for so that the window covers everything before `until` (a UTC ISO instant,
 * exclusive): the day of the first UTC midnight at or after `until`. Whether the vendor's end date
 * is inclusive is undocumented; this day covers `[…, until)` under both readings (inclusive: it
 * ends at or after `until`; exclusive, i.e. up to that day's midnight: that midnight is not before
 * `until`). At worst one extra day is read, which `applyQuery` then cuts.
 * @internal
 */
export function lastDayFor(until: string): string {
  const at = Date.parse(until);
  const midnight = at - (((at % DAY_MS) + DAY_MS) % DAY_MS);
  // Past the last day of 9999 a date has no `YYYY-MM-DD` form (`+010000-01-01`); that day is the
  // last there is, and it covers every `until` a query accepts.
  return new Date(Math.min(midnight === at ? at : midnight + DAY_MS, LAST_DAY))
    .toISOString()
    .slice(0, 10);
}
