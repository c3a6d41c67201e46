import { argumentChecks } from '../arguments/checks.js';
import { VendorArgumentError } from '../errors/argument-error.js';
import type { Conversation } from '../model/conversation.js';
import type { Lead } from '../model/lead.js';
import type { Message } from '../model/message.js';
import { toUtcTimestamp } from '../normalize/timestamp.js';
import { checkPrefetch } from '../pagination/prefetch.js';
import { Records } from '../pagination/records.js';
import type { ListCapability } from './capabilities.js';
import type { ResolvedQuery, SourceQuery } from './query.js';

/**
 * The instant `since`/`until` compare for a record: when it was created, or, for vendors that do not
 * say (CloseBot leads), when it was last active. The same rule applies whether the vendor or the
 * client filters, so both give the same records.
 */
export function recordTime(record: Lead | Conversation | Message): string | undefined {
  return record.createdAt ?? ('updatedAt' in record ? record.updatedAt : undefined);
}

/**
 * Checks a `SourceQuery` before anything is sent: bounds must be valid instants (years 0000–9999,
 * four-digit years as written) with `since` not after `until`, `limit` an integer ≥ 0, and
 * `prefetch` an integer from 0 to `MAX_PREFETCH`. With the resource's `capability`, a bound the
 * vendor cannot apply (`'none'`) is rejected too.
 */
export function resolveQuery(
  vendor: string,
  operation: string,
  query: SourceQuery = {},
  capability?: ListCapability,
): ResolvedQuery {
  const fail = (parameter: string, expected: string): never => {
    throw new VendorArgumentError({ vendor, operation, parameter, expected });
  };
  // One parser for strings and Dates: years are kept as written (`0050-…` is not 1950), and an
  // instant outside years 0000–9999 is refused, since bounds are compared as strings.
  const instant = (parameter: string, value: string | Date | undefined) => {
    if (value === undefined) return undefined;
    return (
      toUtcTimestamp(value) ??
      fail(parameter, 'an ISO-8601 date-time string or a valid Date, in the years 0000 to 9999')
    );
  };
  if (capability?.since === 'none' && query.since !== undefined) {
    fail('since', `absent: ${vendor} ${operation} carry no timestamp to filter on`);
  }
  if (capability?.until === 'none' && query.until !== undefined) {
    fail('until', `absent: ${vendor} ${operation} carry no timestamp to filter on`);
  }
  const since = instant('since', query.since);
  const until = instant('until', query.until);
  if (since !== undefined && until !== undefined && since > until)
    fail('since', 'an instant not after `until`');
  const limit = query.limit ?? Number.POSITIVE_INFINITY;
  if (limit !== Number.POSITIVE_INFINITY && (!Number.isSafeInteger(limit) || limit < 0)) {
    fail('limit', 'an integer ≥ 0');
  }
  const prefetch = checkPrefetch(argumentChecks(vendor, operation), query.prefetch);
  // Absent unless asked for, so that the listing's own default applies.
  return prefetch === undefined
    ? { since, until, limit, signal: query.signal }
    : { since, until, limit, signal: query.signal, prefetch };
}

/** Whether a record's time lies in `[since, until)`. Undated records match only unbounded queries. */
export function inWindow(
  time: string | undefined,
  query: Pick<ResolvedQuery, 'since' | 'until'>,
): boolean {
  if (query.since === undefined && query.until === undefined) return true;
  if (time === undefined) return false;
  return (
    (query.since === undefined || time >= query.since) &&
    (query.until === undefined || time < query.until)
  );
}

/**
 * Applies the client side of a query to a listing: the time window (always checked, even when the
 * vendor already filtered, so server and client filtering give identical records) and the limit,
 * which stops the underlying paging as soon as it is reached.
 */
export function applyQuery<T extends Lead | Conversation | Message>(
  records: AsyncIterable<T>,
  query: ResolvedQuery,
): AsyncGenerator<T, void, undefined> {
  const keep = query.since === undefined && query.until === undefined ? undefined : inQuery(query);
  // A core listing not read yet takes the query itself: each record is then checked as the page
  // in hand gives it, with no generator step of its own (see `Records`).
  if (records instanceof Records) {
    const narrowed = (records as Records<T>).narrowed(keep, Math.max(0, query.limit));
    if (narrowed !== undefined) return narrowed;
  }
  return filtered(records, query);
}

/** Whether a record lies in the query's window. */
function inQuery(query: ResolvedQuery): (record: Lead | Conversation | Message) => boolean {
  return (record) => inWindow(recordTime(record), query);
}

/** `applyQuery` over any async iterable, record by record. */
async function* filtered<T extends Lead | Conversation | Message>(
  records: AsyncIterable<T>,
  query: ResolvedQuery,
): AsyncGenerator<T, void, undefined> {
  if (query.limit <= 0) return;
  let yielded = 0;
  for await (const record of records) {
    if (!inWindow(recordTime(record), query)) continue;
    yield record;
    if (++yielded >= query.limit) return;
  }
}
