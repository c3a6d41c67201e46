import {
  type BotMetricMessage,
  createCloseBotClient,
  type LeadDto,
  type LeadDtoPaginated,
} from '@botbridge/closebot';
import type { Source } from '@botbridge/core';
import { type Handler, sendJson } from '@botbridge/testing';
import type { Dataset, DatasetItem } from '../dataset.js';
import type { ConformanceTarget } from '../target.js';

// CloseBot has no conversation object: a lead is its conversation thread, so `leads()` and
// `conversations()` read the same GET /lead listing. The suite expects two different datasets from
// them, so the fixture account has two sources (CRM sub-accounts): GET /lead?sourceId=… answers
// with `dataset.leads` for one and `dataset.conversations` for the other (and with both when no
// source is named). The fixture Source reads leads from the first and conversations from the second
// through the client's real `sourceId` filter; the client itself reads the same listing for both.
const LEADS_SOURCE = 'src-fixture-leads';
const CONVERSATIONS_SOURCE = 'src-fixture-conversations';

/** CloseBot sends timestamps without an offset (presumably UTC): `2026-01-05T00:00:00`. */
const naive = (iso: string) => iso.replace(/(\.000)?Z$/, '');

const leadDto = (item: DatasetItem, sourceId: string): LeadDto => ({
  id: item.key,
  name: `Fixture ${item.key}`,
  contactId: `contact-${item.key}`,
  lastMessageTime: naive(item.createdAt),
  lastMessageDirection: 'to_bot',
  lastMessageBotId: 'bot-fixture',
  starred: false,
  unread: false,
  source: { id: sourceId, name: sourceId },
  tags: [],
  fields: [],
  instances: [],
});

function handler(dataset: Dataset): Handler {
  const bySource: Record<string, LeadDto[]> = {
    [LEADS_SOURCE]: dataset.leads.map((item) => leadDto(item, LEADS_SOURCE)),
    [CONVERSATIONS_SOURCE]: dataset.conversations.map((item) =>
      leadDto(item, CONVERSATIONS_SOURCE),
    ),
  };
  // Newest activity first, as CloseBot is reported to list them.
  const all = Object.values(bySource).flat();
  const newestFirst = (leads: LeadDto[]) =>
    [...leads].sort((a, b) => ((a.lastMessageTime ?? '') < (b.lastMessageTime ?? '') ? 1 : -1));
  const messages: BotMetricMessage[] = dataset.messages.map((item) => ({
    messageId: item.key,
    leadId: dataset.conversationKey,
    sourceId: CONVERSATIONS_SOURCE,
    fromBot: item.index % 2 === 1,
    direction: item.index % 2 === 1 ? 'from_bot' : 'to_bot',
    message: `message ${item.index}`,
    attachments: [],
    timestamp: naive(item.createdAt),
  }));

  return (req, res) => {
    const url = new URL(req.url, 'http://fixture');
    const query = url.searchParams;
    if (url.pathname === '/lead') {
      const sourceId = query.get('sourceId');
      const leads = newestFirst(sourceId === null ? all : (bySource[sourceId] ?? []));
      const page = Number(query.get('page') ?? 0);
      const pageSize = Number(query.get('pageSize') ?? 20);
      const body: LeadDtoPaginated = {
        total: leads.length,
        page,
        pageSize,
        results: leads.slice(page * pageSize, (page + 1) * pageSize),
      };
      return sendJson(res, 200, body);
    }
    const single = /^\/lead\/([^/]+)$/.exec(url.pathname);
    if (single) {
      const id = decodeURIComponent(single[1] ?? '');
      // Unknown ids get 200 with a null body, as CloseBot answers them.
      return sendJson(res, 200, all.find((lead) => lead.id === id) ?? null);
    }
    if (url.pathname === '/botMetric/messages') {
      // Honours leadId, start (inclusive), end (exclusive) and maxCount; the server keeps the newest
      // rows when it truncates, so the client must not rely on any particular subset or order.
      const start = Date.parse(query.get('start') ?? '1970-01-01T00:00:00Z');
      const end = Date.parse(query.get('end') ?? '9999-01-01T00:00:00Z');
      const maxCount = Number(query.get('maxCount') ?? 100);
      const rows = messages
        .filter((m) => m.leadId === query.get('leadId'))
        .filter((m) => {
          const time = Date.parse(`${m.timestamp}Z`);
          return time >= start && time < end;
        })
        .reverse()
        .slice(0, maxCount);
      return sendJson(res, 200, rows);
    }
    return sendJson(res, 404, { title: 'Not Found', status: 404 });
  };
}

function fixtureSource(baseUrl: string): Source {
  const client = createCloseBotClient({
    apiKey: 'cb_conformance_fixture_key',
    baseUrl,
    retry: false,
    pageSize: 7,
    messagesPageSize: 8,
  });
  return {
    vendor: client.vendor,
    capabilities: client.capabilities,
    leads: (query) => client.leads({ ...query, sourceId: LEADS_SOURCE }),
    conversations: (query) => client.conversations({ ...query, sourceId: CONVERSATIONS_SOURCE }),
    conversation: (id, options) => client.conversation(id, options),
    messages: (conversationId, query) => client.messages(conversationId, query),
  };
}

export const closebot: ConformanceTarget = {
  vendor: 'closebot',
  mockSource: (baseUrl) =>
    createCloseBotClient({ apiKey: 'cb_conformance_mock_key', baseUrl, retry: false }),
  // The lead id of the spec's examples (GET /lead/{leadId}, GET /botMetric/messages).
  mockConversationId: 'lead_9F3KQ2M7XW1T',
  fixture: {
    handler,
    source: fixtureSource,
    conversationId: (dataset) => dataset.conversationKey,
    paged: ['leads', 'conversations', 'messages'],
  },
};
