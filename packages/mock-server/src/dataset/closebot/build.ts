import { createRandom } from '../random.js';
import type { DatasetOptions } from '../types.js';
import { generateAgency } from './agency.js';
import { generateLeads, generateTestSessions } from './conversations.js';
import type { CloseBotLeadRecord, CloseBotPageVisitRecord } from './records.js';
import {
  type CloseBotConversations,
  type CloseBotState,
  createUniqueId,
  type MessageEntry,
} from './state.js';
import { compareIds } from './wire.js';

/**
 * Generates the state of a CloseBot dataset for `options.seed` and `options.records`: the agency,
 * its leads and the bots' test sessions, in that order (ids are unique across all of them).
 */
export function buildCloseBotState(options: DatasetOptions): CloseBotState {
  const root = createRandom(options.seed);
  const records = Math.max(0, Math.floor(options.records));
  const uniqueId = createUniqueId();
  const { agencyId, agency, sources, bots, links } = generateAgency(root, uniqueId);

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
    agency,
    bots,
    botsById: new Map(bots.map((bot) => [bot.id, bot])),
    sources,
    sourcesById: new Map(sources.map((source) => [source.sourceId, source])),
    leads,
    leadsById: new Map(leads.map((lead) => [lead.id, lead])),
    leadsByActivity: byActivity(leads),
    messages: entries.map((entry) => entry.record),
    pageVisitsByLead: pageVisits(entries),
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

/**
 * Every lead's page visits: one per `page_visit` activity of its messages (the site script's record
 * shown beside a message), numbered in message order from 1, newest visit first (ties by id). The
 * vendor documents no order; newest first is the order of the other listings here.
 */
function pageVisits(entries: readonly MessageEntry[]): Map<string, CloseBotPageVisitRecord[]> {
  const byLead = new Map<string, CloseBotPageVisitRecord[]>();
  let id = 0;
  for (const { record } of entries) {
    for (const activity of record.activities) {
      if (activity.activity !== 'page_visit') continue;
      const url = new URL(activity.data);
      const visits = byLead.get(record.leadId) ?? [];
      visits.push({
        id: ++id,
        url: activity.data,
        path: url.pathname,
        domain: url.hostname,
        title: pageTitle(url.pathname),
        visitedAt: activity.timeData,
      });
      byLead.set(record.leadId, visits);
    }
  }
  for (const visits of byLead.values()) {
    visits.sort((a, b) => compareIds(b.visitedAt, a.visitedAt) || b.id - a.id);
  }
  return byLead;
}

/** `/pricing` → `Pricing | Example`, the kind of title a small business site has. */
function pageTitle(path: string): string {
  const page = path.split('/').filter(Boolean).pop() ?? 'home';
  return `${page.charAt(0).toUpperCase()}${page.slice(1)} | Example`;
}
