import type { MockDatasets } from '@botbridge/mock-server';
import type { ChatMessageRecord, LeadRecord } from '@botbridge/smarterbot';
import { createSmarterBotClient } from '@botbridge/smarterbot';
import { responseValidators } from '@botbridge/smarterbot/validators';
import { type ConformanceTarget, datasetOf, maxBy } from '../target.js';

// SmarterBot has no pagination: LeadList and ChatContentHistory answer with every record of one
// chatbot in a window of whole UTC days, so `paged` is empty and each listing is one request. Every
// read names a chatbot (its serial number), which the API cannot list: the dataset's chatbot with
// the longest session is the one read. Lead and message ids are derived by the client (records carry
// none), so `keyOf` maps back through what the raw record carries: a lead's `CreateTime`
// (microseconds, distinct per record) and a turn's type and text. Turns have no id, time or
// position of their own, so repeated turns share a key.
// https://chat.smarterbot.ai/guides/developer/api/lead
// https://newoaks.ai/guides/developer/api/get-message-history

/** The chatbot of the history example (34 characters); the examples-mode mock takes any. */
const MOCK_SERIAL_NUMBER = '36KqVbT9wLmN4pRsXy2ZaC8dEfGh1JkLmN';

/** The session with the most turns, and so its chatbot: what the dataset-mode source reads. */
function focus(datasets: MockDatasets) {
  const dataset = datasetOf(datasets, 'smarterbot');
  const session = maxBy(dataset.sessions, (s) => s.record.Messages?.length ?? 0);
  return { dataset, session, serialNumber: session.serialNumber };
}

const turnKey = (turn: Pick<ChatMessageRecord, 'Type' | 'Content'>) =>
  `${turn.Type}: ${turn.Content}`;

export const smarterbot: ConformanceTarget = {
  vendor: 'smarterbot',
  mockSource: (baseUrl) =>
    createSmarterBotClient({
      apiKey: 'sb_conformance_key',
      baseUrl,
      serialNumber: MOCK_SERIAL_NUMBER,
    }),
  // The first session of the spec's `twoSessions` history example.
  mockConversationId: '40211',
  dataset: {
    source: (baseUrl, datasets) =>
      createSmarterBotClient({
        apiKey: 'sb_conformance_key',
        baseUrl,
        serialNumber: focus(datasets).serialNumber,
        retry: false,
        validateResponses: 'strict',
        validators: responseValidators,
      }),
    expected(datasets) {
      const { dataset, session, serialNumber } = focus(datasets);
      const mine = <T extends { serialNumber: string }>(items: readonly T[]) =>
        items.filter((item) => item.serialNumber === serialNumber);
      return {
        records: {
          leads: mine(dataset.leads).map((lead) => ({
            key: lead.record.CreateTime,
            time: lead.createdAt,
          })),
          conversations: mine(dataset.sessions).map((s) => ({
            key: String(s.record.SessionID),
            time: s.createdAt,
          })),
          // Turns carry no time: `since`/`until` are refused for them.
          messages: dataset
            .messagesOf(session.record.SessionID)
            .map((turn) => ({ key: turnKey(turn), time: undefined })),
        },
        conversationId: String(session.record.SessionID),
      };
    },
    operations: { leads: 'listLeads', conversations: 'getChatHistory', messages: 'getChatHistory' },
    paged: [],
  },
  keyOf(resource, record) {
    if (resource === 'conversations') return record.id;
    if (resource === 'leads') return String((record.raw as LeadRecord).CreateTime);
    return turnKey(record.raw as ChatMessageRecord);
  },
};
