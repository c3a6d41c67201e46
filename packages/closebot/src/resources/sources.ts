/**
 * CloseBot's sources (connected CRM sub-accounts): GET /agency/source and GET /agency/source/{id}.
 * https://developers.closebot.com/api-reference/source/list-sources
 */
import { argumentChecks, type CallOptions } from '@botbridge/core';
import { INT32_MAX } from '../checks.js';
import { type CloseBotContext, rememberSource } from '../context.js';
import type { components } from '../generated/schema.js';
import { readFound, readPageEnvelope } from '../normalize/envelope.js';
import { VENDOR } from '../normalize/vendor.js';

/**
 * A CloseBot source (connected CRM sub-account). `accessToken` and `key` are CRM credentials: do
 * not log or display them. `bots[].tagFilterConfig`, on the current docs page but not in the
 * vendor's Swagger document, is typed too.
 * https://developers.closebot.com/api-reference/source/get-a-source
 */
export type SourceDto = components['schemas']['SourceDto'];

/** Which page of GET /agency/source `listSources` reads, and how it is filtered and sorted. */
export interface ListSourcesParams {
  /**
   * 0-based page index.
   * @default 0
   */
  page?: number;
  /**
   * Sources per page (1–100).
   * @default 20
   */
  pageSize?: number;
  /** Text to match against source names. */
  query?: string;
  /** Only sources of this CRM category (`GHL`, `HubSpot`, `WebHook`, ...). */
  category?: string;
  /**
   * Sort order: a field name prefixed with `+` (ascending) or `-` (descending).
   * @default '+id'
   */
  order?: string;
}

/** One page of the agency's sources (GET /agency/source). */
export interface SourcePage {
  /** Sources of this page. They hold CRM credentials (`accessToken`, `key`): never log them. */
  sources: SourceDto[];
  /** Matching sources across all pages. */
  total: number;
  /** The 0-based index of this page. */
  page: number;
  /** Sources per page, as CloseBot echoed it (else as asked). */
  pageSize: number;
}

/** The source (CRM sub-account) methods of `CloseBotClient`. */
export interface SourcesResource {
  /** One page of the agency's sources. Sources hold CRM credentials: never log them. */
  listSources(params?: ListSourcesParams, options?: CallOptions): Promise<SourcePage>;
  /** One source by its `sourceId`. Sources hold CRM credentials: never log them. */
  getSource(id: string, options?: CallOptions): Promise<SourceDto>;
}

/** The checked query of GET /agency/source, in the order the checks ran before. */
function checkListQuery(params: ListSourcesParams) {
  const check = argumentChecks(VENDOR, 'listSources');
  const page = check.integer('page', params.page, { min: 0, max: INT32_MAX, default: 0 });
  const pageSize = check.integer('pageSize', params.pageSize, { min: 1, max: 100, default: 20 });
  const order = check.string('order', params.order);
  if (order !== undefined && !/^[+-]\w+$/.test(order)) {
    check.fail('order', 'a field name prefixed with + or - (e.g. "+name")');
  }
  const query = params.query;
  if (query !== undefined && typeof query !== 'string') check.fail('query', 'a string');
  const category = check.string('category', params.category);
  return { page, pageSize, query, category, order };
}

export async function listSources(
  context: CloseBotContext,
  params: ListSourcesParams = {},
  options: CallOptions = {},
): Promise<SourcePage> {
  const query = checkListQuery(params);
  // `forceTokenRefresh` is deliberately not offered: it rewrites the CRM credentials CloseBot
  // stores, which a read must not do.
  // https://developers.closebot.com/api-reference/source/list-sources
  const body = await context.call('listSources', () =>
    context.api.GET('/agency/source', {
      params: { query },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  const envelope = readPageEnvelope(body, 'listSources');
  for (const source of envelope.items) rememberSource(context, source);
  return {
    sources: envelope.items,
    total: envelope.total,
    page: envelope.page ?? query.page,
    pageSize: envelope.pageSize ?? query.pageSize,
  };
}

export async function getSource(
  context: CloseBotContext,
  id: string,
  options: CallOptions = {},
): Promise<SourceDto> {
  const sourceId = argumentChecks(VENDOR, 'getSource').id('id', id);
  const body = await context.call('getSource', () =>
    context.api.GET('/agency/source/{id}', {
      params: { path: { id: sourceId } },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  const source = readFound(
    body,
    'getSource',
    'source',
    'https://developers.closebot.com/api-reference/source/get-a-source',
  );
  rememberSource(context, source);
  return source;
}
