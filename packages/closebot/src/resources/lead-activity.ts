/**
 * What CloseBot knows about a lead beside the lead itself: the web pages it visited
 * (GET /lead/{leadId}/page-history) and whether the AI may answer it (GET /lead/{leadId}/ai-toggle).
 * Neither has a docs page; both are in CloseBot's Swagger document.
 * https://api.closebot.com/swagger/v1/swagger.json
 */
import { argumentChecks, type CallOptions } from '@botbridge/core';
import { INT32_MAX } from '../checks.js';
import type { CloseBotContext } from '../context.js';
import type { components } from '../generated/schema.js';
import { readFound, readFoundArray } from '../normalize/envelope.js';
import { VENDOR } from '../normalize/vendor.js';

// Neither operation has a docs page: errors cite the vendor's Swagger document instead.
const SWAGGER = 'https://api.closebot.com/swagger/v1/swagger.json';

/**
 * One web page visit of a lead, recorded by CloseBot's tracking script. `visitedAt` is CloseBot's
 * timestamp as sent, usually without an offset (UTC).
 */
export type LeadPageVisitDto = components['schemas']['LeadPageVisitDto'];

/**
 * A lead's AI switch: whether the bots may answer it (`enabled`), whether the switch applies to it
 * (`applicable`) and why not (`reason`, observed null even when the AI is off).
 */
export type LeadAiToggleDto = components['schemas']['LeadAiToggleDto'];

/** Call options of `listLeadPageHistory`, with how many visits to read. */
export interface LeadPageHistoryOptions extends CallOptions {
  /**
   * Visits to return at most (CloseBot's default; no maximum is documented).
   * @default 20
   */
  limit?: number;
}

/** The lead-activity methods of `CloseBotClient`. */
export interface LeadActivityResource {
  /**
   * The web pages a lead visited, as CloseBot's tracking script recorded them
   * (GET /lead/{leadId}/page-history), at most `limit`, as the vendor sends them; the order is
   * undocumented. Throws `VendorHttpError` (404) for an unknown lead, or `VendorNormalizationError`
   * when CloseBot answers it with 200 and a null body.
   */
  listLeadPageHistory(
    leadId: string,
    options?: LeadPageHistoryOptions,
  ): Promise<LeadPageVisitDto[]>;
  /**
   * Whether the AI may answer a lead (GET /lead/{leadId}/ai-toggle). A lead whose AI was switched
   * off answers `enabled: false` with a null `reason` (observed); the lead's
   * `mostRecentFailureReason` (`ai_off`) says why. Throws `VendorHttpError` (404) for an unknown
   * lead, or `VendorNormalizationError` when CloseBot answers it with 200 and a null body.
   */
  getLeadAiToggle(leadId: string, options?: CallOptions): Promise<LeadAiToggleDto>;
}

export async function listLeadPageHistory(
  context: CloseBotContext,
  leadId: string,
  options: LeadPageHistoryOptions = {},
): Promise<LeadPageVisitDto[]> {
  const check = argumentChecks(VENDOR, 'listLeadPageHistory');
  const id = check.id('leadId', leadId);
  const limit = check.integer('limit', options.limit, { min: 1, max: INT32_MAX });
  const body = await context.call('listLeadPageHistory', () =>
    context.api.GET('/lead/{leadId}/page-history', {
      params: { path: { leadId: id }, query: limit === undefined ? undefined : { limit } },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  return readFoundArray(body, 'listLeadPageHistory', 'lead', SWAGGER);
}

export async function getLeadAiToggle(
  context: CloseBotContext,
  leadId: string,
  options: CallOptions = {},
): Promise<LeadAiToggleDto> {
  const id = argumentChecks(VENDOR, 'getLeadAiToggle').id('leadId', leadId);
  const body = await context.call('getLeadAiToggle', () =>
    context.api.GET('/lead/{leadId}/ai-toggle', {
      params: { path: { leadId: id } },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  return readFound(body, 'getLeadAiToggle', 'lead', SWAGGER);
}
