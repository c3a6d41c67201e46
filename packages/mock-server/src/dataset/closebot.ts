/**
 * CloseBot's dataset: an agency with three bots and three sources (connected CRM sub-accounts),
 * `records` leads spread across them, every lead's message history and page visits, and a few test
 * sessions per bot, served through the operations of specs/closebot/openapi.yaml (all but
 * `getNodeDescriptors`, the bot builder's catalogue, which the spec's examples answer).
 *
 * Vendor facts modelled here (from the spec unless marked otherwise):
 * - A lead is its own conversation thread: `/botMetric/messages?leadId=…` is the only way to read a
 *   lead's messages (listMessages description), and the botbridge client uses the lead id as the
 *   conversation id (packages/closebot/src/normalize/lead.ts).
 * - Timestamps are written without a UTC offset, e.g. `2026-07-22T00:49:17`, and mean UTC
 *   (info.description "Quirks"; every example). Messages are at least two seconds apart within a
 *   lead, so whole seconds always tell them apart.
 * - Four paging rules: `/lead` and `/agency/source` use a 0-based `page` and `pageSize` (default 20)
 *   with `{total, results, page, pageSize}`; `/lead/search` uses body `offset`/`count` with
 *   `{leads, total}`; test sessions use `offset`/`maxCount` (default 100); `/botMetric/messages`
 *   has no paging at all and caps an answer at 100 rows whatever `maxCount` says.
 * - Test sessions are synthetic leads (tag BotTesting): they are served by the test-session
 *   operations and by `getLead`/`listMessages`, but not by the `/lead` listing or the search, which
 *   hold the account's real contacts (our reading; the spec does not say either way).
 * - Unknown ids get 404 with problem details shaped like the spec's `BotNotFound`/`LeadNotFound`/
 *   `SourceNotFound` examples. The vendor is also seen answering some with 200 and `null`; the
 *   declared 404 is the one modelled.
 * - One bot answers its test-session listing with a bare array instead of the `{leads, total}`
 *   envelope, as observed on the real API (`TestSessionList` schema); see `bareArrayBotIds`.
 * - A lead's page history is its messages' `page_visit` activities (both come from CloseBot's site
 *   script); its AI switch is off exactly when its `mostRecentFailureReason` is `ai_off`, with a
 *   null `reason`, as observed (`getLeadAiToggle` description).
 * - `/agency/current` answers the one agency whatever the key (the mock checks only that one is
 *   sent); its members are the accounts with access to the sources.
 * - `/bot/nodeDescriptors` is routed to its own operation, never to `getBot` (literal paths win).
 */
import { getCurrentAgency } from './closebot/account.js';
import { getBot, listBots } from './closebot/bots.js';
import { buildCloseBotState } from './closebot/build.js';
import { getLeadAiToggle, listLeadPageHistory } from './closebot/lead-activity.js';
import { getLead, listLeads, searchLeads } from './closebot/leads.js';
import { countMessages, listMessages } from './closebot/messages.js';
import type {
  CloseBotAgencyRecord,
  CloseBotBotRecord,
  CloseBotLeadRecord,
  CloseBotMessageRecord,
  CloseBotPageVisitRecord,
  CloseBotSourceRecord,
  CloseBotThread,
} from './closebot/records.js';
import { getSource, listSources } from './closebot/sources.js';
import type { CloseBotState } from './closebot/state.js';
import { createTestSession, listTestSessions } from './closebot/test-sessions.js';
import type { DatasetOptions, DatasetRequest, DatasetResponse, VendorDataset } from './types.js';

export { CLOSEBOT_MESSAGES_CAP } from './closebot/messages.js';
export type {
  CloseBotActivityRecord,
  CloseBotAgencyMemberRecord,
  CloseBotAgencyRecord,
  CloseBotAttachmentRecord,
  CloseBotAvailabilityRecord,
  CloseBotBotInstanceRecord,
  CloseBotBotRecord,
  CloseBotBotSourceRecord,
  CloseBotBotVersionRecord,
  CloseBotChannelAvailabilityRecord,
  CloseBotContactTagRecord,
  CloseBotDoNotRespondRecord,
  CloseBotFollowUpRecord,
  CloseBotFollowUpStateRecord,
  CloseBotLeadFieldRecord,
  CloseBotLeadRecord,
  CloseBotLeadSourceRecord,
  CloseBotMessageRecord,
  CloseBotPageVisitRecord,
  CloseBotSourceBotRecord,
  CloseBotSourceRecord,
  CloseBotTagFilterConfigRecord,
  CloseBotTagFilterGroupRecord,
  CloseBotTagFilterRuleRecord,
  CloseBotThread,
  CloseBotToolRecord,
  CloseBotWalletRecord,
} from './closebot/records.js';

/** The CloseBot dataset: `respond()` plus the generated records, read-only. */
export interface CloseBotDataset extends VendorDataset {
  /** The id of the dataset's one agency (the account behind the key), every source's `agencyId`. */
  readonly agencyId: string;
  /** The agency itself, as `getCurrentAgency` (the credential check) answers it. */
  readonly agency: CloseBotAgencyRecord;
  /** Three bots, in generation order (also the order of `listBots`). */
  readonly bots: readonly CloseBotBotRecord[];
  /** Three sources, in generation order; `listSources` sorts them (by `sourceId` by default). */
  readonly sources: readonly CloseBotSourceRecord[];
  /** The `records` leads, oldest conversation first; `leads[0]` holds `records` messages. */
  readonly leads: readonly CloseBotLeadRecord[];
  /** The same leads in the order `listLeads` and `searchLeads` return them (newest activity first). */
  readonly leadsByActivity: readonly CloseBotLeadRecord[];
  /** Every message (leads and test sessions), oldest first, ties by `messageId`. */
  readonly messages: readonly CloseBotMessageRecord[];
  /** The messages of one lead or test session, oldest first; `[]` for an unknown id. */
  messagesOf(leadId: string): readonly CloseBotMessageRecord[];
  /** A lead's page visits, newest first (`listLeadPageHistory` without a limit); `[]` if none. */
  pageVisitsOf(leadId: string): readonly CloseBotPageVisitRecord[];
  /** A bot's test sessions in listing order (oldest first, created ones last); `[]` if unknown. */
  testSessionsOf(botId: string): readonly CloseBotLeadRecord[];
  /** The hidden facts of a lead's or test session's conversation, `undefined` if unknown. */
  threadOf(leadId: string): CloseBotThread | undefined;
  /** Bots whose test-session listing is a bare array instead of the `{leads, total}` envelope. */
  readonly bareArrayBotIds: readonly string[];
}

/**
 * Builds the CloseBot dataset for `options.seed` and `options.records`. Pure apart from the state
 * later changed by writes (`createTestSession`, `listSources?forceTokenRefresh=true`); never reads
 * the clock (`options.now` is unused: CloseBot issues no tokens).
 */
export function createCloseBotDataset(options: DatasetOptions): CloseBotDataset {
  const state = buildCloseBotState(options);
  return {
    agencyId: state.agencyId,
    agency: state.agency,
    bots: state.bots,
    sources: state.sources,
    leads: state.leads,
    leadsByActivity: state.leadsByActivity,
    messages: state.messages,
    messagesOf: (leadId) => (state.messagesByLead.get(leadId) ?? []).map((entry) => entry.record),
    pageVisitsOf: (leadId) => [...(state.pageVisitsByLead.get(leadId) ?? [])],
    testSessionsOf: (botId) => [...(state.sessionsByBot.get(botId) ?? [])],
    threadOf: (leadId) => state.threads.get(leadId),
    bareArrayBotIds: state.bareArrayBotIds,
    respond: (request) => respond(state, request),
  };
}

/** Routes one operation to its handler; `undefined` for the operations not modelled. */
function respond(state: CloseBotState, request: DatasetRequest): DatasetResponse | undefined {
  switch (request.operationId) {
    case 'listTestSessions':
      return listTestSessions(state, request);
    case 'createTestSession':
      return createTestSession(state, request);
    case 'listLeads':
      return listLeads(state, request);
    case 'searchLeads':
      return searchLeads(state, request);
    case 'getLead':
      return getLead(state, request);
    case 'listLeadPageHistory':
      return listLeadPageHistory(state, request);
    case 'getLeadAiToggle':
      return getLeadAiToggle(state, request);
    case 'listMessages':
      return listMessages(state, request);
    case 'countMessages':
      return countMessages(state, request);
    case 'listBots':
      return listBots(state);
    case 'getBot':
      return getBot(state, request);
    case 'listSources':
      return listSources(state, request);
    case 'getSource':
      return getSource(state, request);
    case 'getCurrentAgency':
      return getCurrentAgency(state);
    default:
      return undefined;
  }
}
