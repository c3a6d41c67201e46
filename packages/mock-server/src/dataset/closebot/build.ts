import { createRandom } from '../random.js';
import type { DatasetOptions } from '../types.js';
import { generateAgency } from './agency.js';
import { generateLeads, generateTestSessions } from './conversations.js';
import type { CloseBotLeadRecord } from './records.js';
import { type CloseBotConversations, type CloseBotState, createUniqueId } from './state.js';
import { compareIds } from './wire.js';

/**
 * Generates the state of a CloseBot dataset for `options.seed` and `options.records`: the agency,
 * its leads and the bots' test sessions, in that order (ids are unique across all of them).
 */
export function buildCloseBotState(options: DatasetOptions): CloseBotState {
  const root = createRandom(options.seed);
  const records = Math.max(0, Math.floor(options.records));
  const uniqueId = createUniqueId();
  const { agencyId, sources, bots, links } = generateAgency(root, uniqueId);

  const conversations: CloseBotConversations = {
    entries: [],
    messagesByLead: new Map(),
    threads: new Map(),
  };
  const context = { uniqueId, conversations };
  const leads = generateLeads(context, root, { sources, bots, links }, records);
  const sessionsByBot = generateTestSessions(context, root, bots);
  const sessionsById = new Map<string, CloseBotLeadRecord>();
  for (const list of sessionsByBot.values()) {
    for (const session of list) sessionsById.set(session.id, session);
  }

  // Every message, oldest first; the listing reads it backwards (newest first).
  const { entries } = conversations;
  entries.sort((a, b) => a.at - b.at || compareIds(a.record.messageId, b.record.messageId));
  return {
    ...conversations,
    uniqueId,
    agencyId,
    bots,
    botsById: new Map(bots.map((bot) => [bot.id, bot])),
    sources,
    sourcesById: new Map(sources.map((source) => [source.sourceId, source])),
    leads,
    leadsById: new Map(leads.map((lead) => [lead.id, lead])),
    leadsByActivity: byActivity(leads),
    messages: entries.map((entry) => entry.record),
    sessionsByBot,
    sessionsById,
    // The bot observed answering with a bare array is modelled by the last bot (TestSessionList).
    bareArrayBotIds: bots.slice(-1).map((bot) => bot.id),
    createdRandom: root.fork('created-sessions'),
    refreshRandom: root.fork('token-refresh'),
  };
}

/**
 * Newest activity first, as a third-party client describes CloseBot's lead listing (the spec
 * calls the order undocumented); leads without messages come last. Ties go by id, so pages are
 * stable. Naive timestamps of one format sort correctly as strings.
 */
function byActivity(leads: readonly CloseBotLeadRecord[]): CloseBotLeadRecord[] {
  return [...leads].sort((a, b) => {
    if (a.lastMessageTime !== b.lastMessageTime) {
      if (a.lastMessageTime === null) return 1;
      if (b.lastMessageTime === null) return -1;
      return a.lastMessageTime < b.lastMessageTime ? 1 : -1;
    }
    return compareIds(a.id, b.id);
  });
}
