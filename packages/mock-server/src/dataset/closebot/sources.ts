/** The agency's sources (connected CRM sub-accounts): `listSources` and `getSource`. */
import type { DatasetRequest, DatasetResponse } from '../types.js';
import type { CloseBotSourceRecord } from './records.js';
import type { CloseBotState } from './state.js';
import {
  clone,
  compareIds,
  DEFAULT_PAGE_SIZE,
  intParam,
  notFound,
  ok,
  pageResults,
} from './wire.js';

/** Documented maximum `pageSize` of `/agency/source`; the server validates it, we clamp anyway. */
const SOURCE_PAGE_SIZE_CAP = 100;

export function listSources(state: CloseBotState, request: DatasetRequest): DatasetResponse {
  const page = intParam(request.query, 'page', 0);
  // The spec declares `maximum: 100` (the server rejects more); clamp too, as the vendor would.
  const pageSize = Math.min(
    intParam(request.query, 'pageSize', DEFAULT_PAGE_SIZE),
    SOURCE_PAGE_SIZE_CAP,
  );
  const text = (request.query.get('query') ?? '').trim().toLowerCase();
  const category = request.query.get('category')?.toLowerCase();
  // `query` matches a part of the name and `category` the whole category, both ignoring case
  // (the spec gives no rule; category spellings such as `WebHook` vary in the vendor's docs).
  const matching = state.sources
    .filter((source) => text === '' || source.name.toLowerCase().includes(text))
    .filter((source) => category === undefined || source.category.toLowerCase() === category)
    .sort(sourceOrder(request.query.get('order')));
  const results = pageResults(matching, page, pageSize);
  // `forceTokenRefresh` refreshes the CRM tokens of the returned sources, a side effect that
  // later reads see (listSources description).
  if (request.query.get('forceTokenRefresh') === 'true' && results) {
    for (const row of results) {
      const source = state.sourcesById.get(row.sourceId);
      if (source?.accessToken) {
        source.accessToken = `example-oauth-token-${state.refreshRandom.hex(24)}`;
        row.accessToken = source.accessToken;
      }
    }
  }
  return ok({ total: matching.length, page, pageSize, results });
}

export function getSource(state: CloseBotState, request: DatasetRequest): DatasetResponse {
  const source = state.sourcesById.get(request.pathParams.id ?? '');
  return source ? ok(clone(source)) : notFound('Source', request.pathParams.id ?? '', request.path);
}

/**
 * The comparator of a source listing's `order` (`+field` ascending, `-field` descending; default
 * `+id`, the spec's `default`). `id` means `sourceId`; other fields are any scalar `SourceDto`
 * property, matched ignoring case; an unknown field falls back to `id` (the vendor documents no
 * list of sortable fields). Ties always go by `sourceId`, so pages are stable.
 */
function sourceOrder(
  order: string | null,
): (a: CloseBotSourceRecord, b: CloseBotSourceRecord) => number {
  const match = /^([+-])(\w+)$/.exec(order ?? '+id');
  const descending = match?.[1] === '-';
  const wanted = (match?.[2] ?? 'id').toLowerCase();
  const field =
    wanted === 'id'
      ? 'sourceId'
      : (SORTABLE_SOURCE_FIELDS.find((name) => name.toLowerCase() === wanted) ?? 'sourceId');
  return (a, b) => {
    const primary = compareValues(a[field], b[field]);
    const byId = compareIds(a.sourceId, b.sourceId);
    return (descending ? -primary : primary) || (descending ? -byId : byId);
  };
}

const SORTABLE_SOURCE_FIELDS = [
  'sourceId',
  'name',
  'category',
  'address',
  'connected',
  'autoShutoff',
  'gracefulGoodbye',
  'scriptInstalled',
  'scriptLastSeenAt',
] as const satisfies readonly (keyof CloseBotSourceRecord)[];

/** Orders strings, booleans and nulls (nulls last). */
function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return String(a) < String(b) ? -1 : 1;
}
