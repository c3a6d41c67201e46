import { VendorNormalizationError } from '@botbridge/core';
import type { components } from '../generated/schema.js';
import type { LeadDto } from './lead.js';
import { isObject, malformed, VENDOR } from './vendor.js';

/**
 * The body of GET /bot/{botId}/testSession: the `{leads, total}` envelope, or a bare array of
 * leads, which some bots send instead (observed; read both with `readTestSessionList`).
 * https://developers.closebot.com/api-reference/bottesting/list-test-sessions
 */
export type TestSessionList = components['schemas']['TestSessionList'];
/**
 * The body of GET /lead: one page of leads as `{total, results, page, pageSize}`; `results` is null
 * or empty past the last page. https://developers.closebot.com/api-reference/lead/list-leads
 */
export type LeadDtoPaginated = components['schemas']['LeadDtoPaginated'];
/**
 * The body of POST /lead/search: `{leads, total}`, with `leads` null when only the count was asked
 * for (`totalOnly`). https://developers.closebot.com/api-reference/lead/search-leads
 */
export type SearchLeadResultDto = components['schemas']['SearchLeadResultDto'];
/**
 * The body of GET /agency/source: one page of sources as `{total, results, page, pageSize}`. The
 * sources hold CRM credentials: never log them.
 * https://developers.closebot.com/api-reference/source/list-sources
 */
export type SourceDtoPaginated = components['schemas']['SourceDtoPaginated'];

/**
 * Reads a test-session list in either shape CloseBot sends: the `{leads, total}` envelope, or a
 * bare array of leads (observed on some bots; see the `TestSessionList` schema).
 * @throws VendorNormalizationError when the body is neither.
 */
export function readTestSessionList(
  body: TestSessionList | null | undefined,
  operation = 'listTestSessions',
): {
  /** The sessions as raw leads; empty when CloseBot sent `leads: null`. */
  leads: LeadDto[];
  /** Total sessions of the bot; `undefined` when the body was a bare array or had no total. */
  total: number | undefined;
} {
  if (Array.isArray(body)) return { leads: body, total: undefined };
  if (isObject(body) && (Array.isArray(body.leads) || body.leads === null)) {
    return {
      leads: body.leads ?? [],
      total: typeof body.total === 'number' ? body.total : undefined,
    };
  }
  throw malformed(operation, 'a {leads, total} envelope or an array of leads');
}

/** One page of a `{total, results, page, pageSize}` listing (GET /lead, GET /agency/source). */
export interface PageEnvelope<T> {
  items: T[];
  total: number;
  page: number | undefined;
  pageSize: number | undefined;
}

/**
 * Reads CloseBot's paged envelope. `results` is null or empty past the last page or when there is
 * nothing (https://developers.closebot.com/api-reference/lead/list-leads); `total` must be there,
 * since paging relies on it.
 */
export function readPageEnvelope<T>(
  body: { total: number; results?: T[] | null; page: number; pageSize: number } | null | undefined,
  operation: string,
): PageEnvelope<T> {
  if (
    !isObject(body) ||
    typeof body.total !== 'number' ||
    !(Array.isArray(body.results) || body.results === null || body.results === undefined)
  ) {
    throw malformed(operation, 'a {total, results, page, pageSize} envelope');
  }
  return {
    items: body.results ?? [],
    total: body.total,
    page: typeof body.page === 'number' ? body.page : undefined,
    pageSize: typeof body.pageSize === 'number' ? body.pageSize : undefined,
  };
}

/** Reads a lead search result: the `{leads, total}` envelope (`leads` is null with `totalOnly`). */
export function readSearchResult(
  body: SearchLeadResultDto | null | undefined,
  operation = 'searchLeads',
): { leads: LeadDto[]; total: number } {
  if (
    isObject(body) &&
    typeof body.total === 'number' &&
    (Array.isArray(body.leads) || body.leads === null || body.leads === undefined)
  ) {
    return { leads: body.leads ?? [], total: body.total };
  }
  throw malformed(operation, 'a {leads, total} envelope');
}

/** Reads a body that must be one JSON object (POST /bot/{botId}/testSession). */
export function readObject<T extends object>(body: T | null | undefined, operation: string): T {
  if (isObject(body)) return body;
  throw malformed(operation, 'a JSON object');
}

/** Reads a bare-array body (GET /bot, GET /botMetric/messages). */
export function readArray<T>(body: T[] | null | undefined, operation: string): T[] {
  if (Array.isArray(body)) return body;
  throw malformed(operation, 'a JSON array');
}

/**
 * Reads a single-record body. CloseBot answers some unknown ids with HTTP 200 and a `null` body
 * instead of 404 (observed; see the `unknownIdNullBody` examples in specs/closebot/openapi.yaml), so
 * `null` means "not found". `doc` is the vendor page of the operation. The message never repeats the
 * payload or the id.
 */
export function readFound<T extends object>(
  body: T | null | undefined,
  operation: string,
  what: string,
  doc: string,
): T {
  if (isObject(body)) return body;
  if (body === null || body === undefined) {
    throw new VendorNormalizationError(
      `${VENDOR} ${operation}: ${what} not found (CloseBot answers unknown ids with HTTP 200 and a null body instead of 404; ${doc})`,
      { vendor: VENDOR, operation },
    );
  }
  throw malformed(operation, `a ${what} object`);
}

/**
 * Reads a bare-array body that names one record's children (GET /lead/{leadId}/page-history): like
 * `readFound`, a `null` body means the record was not found, and anything but an array is malformed.
 */
export function readFoundArray<T>(
  body: T[] | null | undefined,
  operation: string,
  what: string,
  doc: string,
): T[] {
  if (Array.isArray(body)) return body;
  if (body === null || body === undefined) return readFound<T[]>(null, operation, what, doc);
  throw malformed(operation, 'a JSON array');
}
