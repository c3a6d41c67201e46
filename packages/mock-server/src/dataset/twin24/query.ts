/** Reading Twin's query parameters: paging, time windows, flags and sort orders. */
import { blank, InputError } from './errors.js';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 1000;

export function integer(query: URLSearchParams, name: string, min: number): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    throw new InputError(name, `This value should be an integer of ${min} or more.`);
  }
  return Number(raw);
}

/**
 * Twin's paging (spec `Limit`/`Offset`/`Page`): `limit` 1–1000, default 10; the start is either
 * `offset` (0-based item index) or `page` (0-based page of `limit` items). The spec says to send one
 * of them, not both, so both at once answers 400 rather than guessing which one wins.
 */
export function readPaging(query: URLSearchParams): { offset: number; limit: number } {
  const limit = integer(query, 'limit', 1) ?? DEFAULT_LIMIT;
  // The spec's own example of this 400 (ChatBadRequest `limitTooLarge`); the server's request
  // validation normally catches it first.
  if (limit > MAX_LIMIT) throw new InputError('limit', 'This value should be 1000 or less.');
  const offset = integer(query, 'offset', 0);
  const page = integer(query, 'page', 0);
  if (offset !== undefined && page !== undefined) {
    throw new InputError('page', 'Use either offset or page, not both.');
  }
  return { limit, offset: offset ?? (page ?? 0) * limit };
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/**
 * `from`/`to` (spec `From`/`To`), compared as instants whatever offset they are written in. The
 * spec does not say whether the bounds are inclusive; both are, because Twin's own examples close a
 * range with `…T23:59:59+03:00` (the last second of a day), which only covers that second if the
 * end is inclusive. (The botbridge client re-checks its exclusive `until` itself.)
 */
export function readWindow(query: URLSearchParams): (ms: number) => boolean {
  const bound = (name: string) => {
    const raw = query.get(name);
    if (raw === null) return undefined;
    const ms = DATE_TIME.test(raw) ? Date.parse(raw) : Number.NaN;
    if (Number.isNaN(ms)) {
      // An unencoded `+` of an offset arrives as a space, as the spec warns.
      throw new InputError(name, 'This value is not a valid ISO 8601 date-time with an offset.');
    }
    return ms;
  };
  const from = bound('from');
  const to = bound('to');
  return (ms) => (from === undefined || ms >= from) && (to === undefined || ms <= to);
}

export function flag(query: URLSearchParams, name: string): boolean | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new InputError(name, 'This value should be true or false.');
}

type SortValue = string | number | boolean | null;
export type SortKeys<T> = Record<string, (item: T) => SortValue>;

/** Nulls sort as the largest value (last ascending, first descending, as in PostgreSQL). */
function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * Twin's sort grammar (spec `sort` parameters): comma-separated names, each with an optional `+`
 * (ascending, the default) or `-` (descending). Equal items keep generation order (oldest first),
 * so pages are stable.
 */
export function readSort<T extends { index: number }>(
  query: URLSearchParams,
  keys: SortKeys<T>,
  fallback: string,
): (a: T, b: T) => number {
  const terms = (query.get('sort') ?? fallback).split(',').map((term) => {
    const match = /^([+-]?)(\w+)$/.exec(term);
    const key = match && Object.hasOwn(keys, match[2] as string) ? keys[match[2] as string] : null;
    if (!match || !key) throw new InputError('sort', `Unknown sort field "${term}".`);
    return { key, direction: match[1] === '-' ? -1 : 1 };
  });
  return (a, b) => {
    for (const { key, direction } of terms) {
      const order = compareValues(key(a), key(b)) * direction;
      if (order !== 0) return order;
    }
    return a.index - b.index;
  };
}

export function pageOf<T, R>(
  items: T[],
  paging: { offset: number; limit: number },
  map: (item: T) => R,
) {
  return items.slice(paging.offset, paging.offset + paging.limit).map(map);
}

/**
 * A list parameter (repeated, or comma-separated) as its names, each once in the order asked for;
 * `undefined` when the parameter is absent.
 * @throws InputError (blank) when it is present with no name in it.
 */
export function nameList(query: URLSearchParams, name: string): string[] | undefined {
  if (!query.has(name)) return undefined;
  const names = query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (names.length === 0) throw blank(name);
  return [...new Set(names)];
}
