/**
 * What the dataset knows about a lead beside the lead itself: `listLeadPageHistory`
 * (`/lead/{leadId}/page-history`) and `getLeadAiToggle` (`/lead/{leadId}/ai-toggle`). Both serve
 * leads and test sessions, as `getLead` does, and answer an unknown id with the vendor's 404.
 */
import type { DatasetRequest, DatasetResponse } from '../types.js';
import type { CloseBotLeadRecord } from './records.js';
import type { CloseBotState } from './state.js';
import { clone, intParam, notFound, ok } from './wire.js';

/** `limit` of the page history when none is sent: the parameter's `default`. */
const DEFAULT_PAGE_HISTORY_LIMIT = 20;

function leadOf(state: CloseBotState, leadId: string): CloseBotLeadRecord | undefined {
  return state.leadsById.get(leadId) ?? state.sessionsById.get(leadId);
}

export function listLeadPageHistory(
  state: CloseBotState,
  request: DatasetRequest,
): DatasetResponse {
  const leadId = request.pathParams.leadId ?? '';
  if (!leadOf(state, leadId)) return notFound('Lead', leadId, request.path);
  const limit = intParam(request.query, 'limit', DEFAULT_PAGE_HISTORY_LIMIT);
  // The visits of the lead's own `page_visit` activities, newest first (see `pageVisits`).
  return ok(clone((state.pageVisitsByLead.get(leadId) ?? []).slice(0, limit)));
}

/**
 * The lead's AI switch, as observed on the real API: a lead whose AI was switched off (its
 * `mostRecentFailureReason` is `ai_off`) answers `enabled: false`, every switch applies, and
 * `reason` stays null even then.
 */
export function getLeadAiToggle(state: CloseBotState, request: DatasetRequest): DatasetResponse {
  const leadId = request.pathParams.leadId ?? '';
  const lead = leadOf(state, leadId);
  if (!lead) return notFound('Lead', leadId, request.path);
  return ok({ enabled: lead.mostRecentFailureReason !== 'ai_off', applicable: true, reason: null });
}
