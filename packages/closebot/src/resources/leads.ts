/**
 * Leads: GET /lead, GET /lead/{leadId} and POST /lead/search.
 * https://developers.closebot.com/api-reference/lead/list-leads
 */
import { argumentChecks, type CallOptions, type PrefetchOptions } from '@botbridge/core';
import { INT32_MAX } from '../checks.js';
import type { CloseBotContext } from '../context.js';
import type { components } from '../generated/schema.js';
import { readFound, readPageEnvelope, readSearchResult } from '../normalize/envelope.js';
import { type CloseBotLead, type LeadDto, normalizeLead } from '../normalize/lead.js';
import { VENDOR } from '../normalize/vendor.js';
import { paginatePages } from '../pagination.js';

/**
 * The request body of POST /lead/search as the spec declares it. Every field is optional there, yet
 * CloseBot rejects a body without the four list filters; `searchLeads` always sends them.
 * https://developers.closebot.com/api-reference/lead/search-leads
 */
export type SearchQueryInput = components['schemas']['SearchQueryInput'];

/**
 * Which page of GET /lead `listLeads` reads.
 * https://developers.closebot.com/api-reference/lead/list-leads
 */
export interface ListLeadsParams {
  /**
   * 0-based page index.
   * @default 0
   */
  page?: number;
  /**
   * Leads per page (no maximum documented).
   * @default 20
   */
  pageSize?: number;
  /** Only leads of this source (connected CRM sub-account). */
  sourceId?: string;
}

/** One page of GET /lead, normalized. */
export interface LeadPage {
  /** The leads of this page; empty past the last page. */
  leads: CloseBotLead[];
  /** Matching leads across all pages. */
  total: number;
  /** The 0-based index of this page. */
  page: number;
  /** Leads per page, as CloseBot echoed it (else as asked). */
  pageSize: number;
}

/** Call options of `getLead`, with what the lead should include. */
export interface GetLeadOptions extends CallOptions {
  /**
   * Also return field values fetched live from the connected CRM.
   * @default false
   */
  includeExternal?: boolean;
}

/**
 * Filters and window of a lead search (POST /lead/search); the filters combine.
 * https://developers.closebot.com/api-reference/lead/search-leads
 */
export interface SearchLeadsParams {
  /** Free-text query. */
  search?: string;
  /**
   * Only leads of these sources.
   * @default [] (any source)
   */
  sourceIds?: string[];
  /**
   * Only leads on these channels (`SMS`, `Email`, ...).
   * @default [] (any channel)
   */
  channels?: string[];
  /**
   * Only leads handled by these bots.
   * @default [] (any bot)
   */
  botIds?: string[];
  /**
   * Only leads handled by these personas.
   * @default [] (any persona)
   */
  personaIds?: string[];
  /** Only leads that replied at least this many times. */
  minimumResponses?: number;
  /** Only leads whose last message went this way (free string; `to_bot`/`from_bot` observed). */
  lastMessageDirection?: string;
  /** `true`: only leads with a scheduled follow-up; `false`: only without. */
  followUpScheduled?: boolean;
  /** Count only: `leads` comes back empty (undocumented beyond its name). */
  totalOnly?: boolean;
  /**
   * Matching leads to skip.
   * @default 0
   */
  offset?: number;
  /**
   * Leads to return (no maximum documented).
   * @default 20
   */
  count?: number;
}

/** One window of a lead search, normalized. */
export interface LeadSearchResult {
  /** The leads of this window; empty with `totalOnly`. */
  leads: CloseBotLead[];
  /** Matching leads across all windows. */
  total: number;
}

/** The lead methods of `CloseBotClient`. */
export interface LeadsResource {
  /** One page of the account's leads (GET /lead), normalized. */
  listLeads(params?: ListLeadsParams, options?: CallOptions): Promise<LeadPage>;
  /**
   * One lead by id. Throws `VendorNormalizationError` when CloseBot answers the unknown id with
   * 200 and a null body, and `VendorHttpError` (404) when it answers with a 404.
   */
  getLead(leadId: string, options?: GetLeadOptions): Promise<CloseBotLead>;
  /** One window of a lead search (POST /lead/search, a read), normalized. */
  searchLeads(params?: SearchLeadsParams, options?: CallOptions): Promise<LeadSearchResult>;
}

export async function listLeads(
  context: CloseBotContext,
  params: ListLeadsParams = {},
  options: CallOptions = {},
): Promise<LeadPage> {
  const check = argumentChecks(VENDOR, 'listLeads');
  const page = check.integer('page', params.page, { min: 0, max: INT32_MAX, default: 0 });
  const size = check.integer('pageSize', params.pageSize, { min: 1, max: INT32_MAX, default: 20 });
  const sourceId = check.string('sourceId', params.sourceId);
  const body = await context.call('listLeads', () =>
    context.api.GET('/lead', {
      params: { query: { page, pageSize: size, sourceId } },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  const envelope = readPageEnvelope(body, 'listLeads');
  return {
    leads: envelope.items.map(normalizeLead),
    total: envelope.total,
    page: envelope.page ?? page,
    pageSize: envelope.pageSize ?? size,
  };
}

export async function getLead(
  context: CloseBotContext,
  leadId: string,
  options: GetLeadOptions = {},
): Promise<CloseBotLead> {
  const check = argumentChecks(VENDOR, 'getLead');
  const id = check.id('leadId', leadId);
  check.boolean('includeExternal', options.includeExternal);
  return normalizeLead(await getLeadDto(context, id, options));
}

/**
 * The raw lead of GET /lead/{leadId}, for `getLead` and the Source `conversation`; `leadId` is
 * already checked.
 * @internal
 */
export async function getLeadDto(
  context: CloseBotContext,
  leadId: string,
  options: GetLeadOptions,
): Promise<LeadDto> {
  const body = await context.call('getLead', () =>
    context.api.GET('/lead/{leadId}', {
      params: {
        path: { leadId },
        query:
          options.includeExternal === undefined
            ? undefined
            : { includeExternal: options.includeExternal },
      },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  return readFound(
    body,
    'getLead',
    'lead',
    'https://developers.closebot.com/api-reference/lead/get-a-lead',
  );
}

export async function searchLeads(
  context: CloseBotContext,
  params: SearchLeadsParams = {},
  options: CallOptions = {},
): Promise<LeadSearchResult> {
  const check = argumentChecks(VENDOR, 'searchLeads');
  const search = params.search;
  if (search !== undefined && typeof search !== 'string') check.fail('search', 'a string');
  const lastMessageDirection = check.string('lastMessageDirection', params.lastMessageDirection);
  // The vendor schema marks every field optional, but CloseBot rejects bodies without the four
  // list filters, so they are always sent (`[]` = no filter). It documents no defaults for
  // offset/count either, so both are always sent too.
  // https://developers.closebot.com/api-reference/lead/search-leads
  const body: SearchQueryInput = {
    offset: check.integer('offset', params.offset, { min: 0, max: INT32_MAX, default: 0 }),
    count: check.integer('count', params.count, { min: 1, max: INT32_MAX, default: 20 }),
    search,
    sourceIds: check.stringList('sourceIds', params.sourceIds) ?? [],
    channels: check.stringList('channels', params.channels) ?? [],
    botIds: check.stringList('botIds', params.botIds) ?? [],
    personaIds: check.stringList('personaIds', params.personaIds) ?? [],
    minimumResponses: check.integer('minimumResponses', params.minimumResponses, {
      min: 0,
      max: INT32_MAX,
    }),
    lastMessageDirection,
    followUpScheduled: check.boolean('followUpScheduled', params.followUpScheduled),
    totalOnly: check.boolean('totalOnly', params.totalOnly),
  };
  const result = readSearchResult(
    await context.call('searchLeads', () =>
      context.api.POST('/lead/search', {
        body,
        signal: options.signal,
        headers: options.headers,
      }),
    ),
  );
  return { leads: result.leads.map(normalizeLead), total: result.total };
}

/**
 * Every lead of GET /lead, mapped by `map`, each lead once (see `paginatePages` for capped page
 * sizes, repeated pages and leads that move while paging), with up to `reading.prefetch` pages
 * requested ahead. Pages hold `context.pageSize` leads; `sourceId` is already checked.
 * @internal
 */
export function allLeads<T extends { id: string }>(
  context: CloseBotContext,
  sourceId: string | undefined,
  reading: PrefetchOptions,
  map: (dto: LeadDto) => T,
): AsyncIterable<T> {
  const fetchPage = async (page: number, size: number, signal: AbortSignal) => {
    const body = await context.call('listLeads', () =>
      context.api.GET('/lead', { params: { query: { page, pageSize: size, sourceId } }, signal }),
    );
    const envelope = readPageEnvelope(body, 'listLeads');
    return { items: envelope.items.map(map), total: envelope.total, echo: envelope.page };
  };
  return paginatePages('listLeads', context.pageSize, fetchPage, reading);
}
