/** The account's leads: `listLeads`, `searchLeads` and `getLead`. */
import type { DatasetRequest, DatasetResponse } from '../types.js';
import type { CloseBotLeadRecord, CloseBotThread } from './records.js';
import type { CloseBotState } from './state.js';
import {
  clone,
  DEFAULT_PAGE_SIZE,
  intParam,
  isObject,
  notFound,
  ok,
  optionalInt,
  pageResults,
  stringList,
} from './wire.js';

/**
 * `count` of `/lead/search` when the body has none. The spec documents no default (and tells
 * clients to always send it); we use the sibling `/lead` listing's default page size, which is
 * also what the botbridge client sends by default.
 */
const DEFAULT_SEARCH_COUNT = 20;

export function listLeads(state: CloseBotState, request: DatasetRequest): DatasetResponse {
  const page = intParam(request.query, 'page', 0);
  // No maximum is documented for leads, so none is applied (the spec declares none either).
  const pageSize = intParam(request.query, 'pageSize', DEFAULT_PAGE_SIZE);
  const sourceId = request.query.get('sourceId');
  const leadId = request.query.get('leadId');
  // Both filters are exact matches; `leadId` narrows the listing to that one lead (the spec's
  // reading of an otherwise undescribed parameter). Test sessions are not part of this listing.
  const matching = state.leadsByActivity.filter(
    (lead) =>
      (sourceId === null || lead.source.id === sourceId) && (leadId === null || lead.id === leadId),
  );
  return ok({
    total: matching.length,
    page,
    pageSize,
    results: pageResults(matching, page, pageSize),
  });
}

export function searchLeads(state: CloseBotState, request: DatasetRequest): DatasetResponse {
  const body = isObject(request.body) ? request.body : {};
  const offset = optionalInt(body.offset) ?? 0;
  const count = optionalInt(body.count) ?? DEFAULT_SEARCH_COUNT;
  const matches = searchFilter(body);
  const matching = state.leadsByActivity.filter((lead) =>
    matches(lead, state.threads.get(lead.id) as CloseBotThread),
  );
  if (body.totalOnly === true) return ok({ leads: null, total: matching.length });
  return ok({ leads: clone(matching.slice(offset, offset + count)), total: matching.length });
}

/** The filters of a search body (`SearchQueryInput`) as one predicate over a lead and its thread. */
function searchFilter(
  body: Record<string, unknown>,
): (lead: CloseBotLeadRecord, thread: CloseBotThread) => boolean {
  const text = typeof body.search === 'string' ? body.search.trim().toLowerCase() : '';
  const sourceIds = stringList(body.sourceIds);
  const channels = stringList(body.channels);
  const wantedBots = stringList(body.botIds);
  const wantedPersonas = stringList(body.personaIds);
  const minimumResponses = optionalInt(body.minimumResponses);
  const direction = directionFilter(body.lastMessageDirection);
  const followUpScheduled =
    typeof body.followUpScheduled === 'boolean' ? body.followUpScheduled : undefined;
  // Every filter narrows (AND); an empty or null list means "any" (SearchQueryInput).
  return (lead, thread) => {
    if (text !== '' && !searchText(lead).includes(text)) return false;
    if (sourceIds && !sourceIds.has(lead.source.id)) return false;
    if (channels && !channels.has(thread.channel)) return false;
    if (wantedBots && !lead.instances.some((instance) => wantedBots.has(instance.botId))) {
      return false;
    }
    if (wantedPersonas && !wantedPersonas.has(thread.personaId)) return false;
    if (minimumResponses !== undefined && thread.contactMessages < minimumResponses) return false;
    if (direction !== undefined && lead.lastMessageDirection !== direction) return false;
    if (followUpScheduled !== undefined) {
      const scheduled = lead.instances.some((instance) => instance.followUpTime !== null);
      if (scheduled !== followUpScheduled) return false;
    }
    return true;
  };
}

export function getLead(state: CloseBotState, request: DatasetRequest): DatasetResponse {
  const leadId = request.pathParams.leadId ?? '';
  const lead = state.leadsById.get(leadId) ?? state.sessionsById.get(leadId);
  if (!lead) return notFound('Lead', leadId, request.path);
  const body = clone(lead);
  // `includeExternal=true` adds the fields fetched live from the connected CRM (getLead).
  if (request.query.get('includeExternal') === 'true') {
    body.fields = [...body.fields, ...clone(state.threads.get(leadId)?.externalFields ?? [])];
  }
  return ok(body);
}

/** The text a free-text search looks in: name, CRM contact id, field values and tags. */
function searchText(lead: CloseBotLeadRecord): string {
  return [lead.name ?? '', lead.contactId ?? '', ...lead.fields.map((f) => f.value), ...lead.tags]
    .join('\n')
    .toLowerCase();
}

/**
 * The `lastMessageDirection` to match, ignoring case. The docs' `inbound`/`outbound` are read as
 * the observed `to_bot`/`from_bot`, since the spec says both vocabularies are in use.
 */
function directionFilter(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const word = value.trim().toLowerCase();
  return word === 'inbound' ? 'to_bot' : word === 'outbound' ? 'from_bot' : word;
}
