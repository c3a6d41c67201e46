import { createCloseBotClient } from '@botbridge/closebot';
import { responseValidators } from '@botbridge/closebot/validators';
import { type ConformanceTarget, datasetOf, maxBy, utc } from '../target.js';

// CloseBot has no conversation object: a lead is its conversation thread, so `leads()` and
// `conversations()` read the same GET /lead listing and must both yield every lead of the account.
// Leads carry no creation time: `since`/`until` compare their last activity (`lastMessageTime`,
// applied by the client). CloseBot writes timestamps without an offset, meaning UTC.

/** `2026-04-02T09:15:07` (CloseBot's naive UTC) → `2026-04-02T09:15:07.000Z`. */
const naiveUtc = (naive: string) => utc(`${naive}Z`);

export const closebot: ConformanceTarget = {
  vendor: 'closebot',
  mockSource: (baseUrl) =>
    createCloseBotClient({ apiKey: 'cb_conformance_mock_key', baseUrl, retry: false }),
  // The lead id of the spec's examples (GET /lead/{leadId}, GET /botMetric/messages).
  mockConversationId: 'lead_9F3KQ2M7XW1T',
  dataset: {
    source: (baseUrl) =>
      createCloseBotClient({
        apiKey: 'cb_conformance_dataset_key',
        baseUrl,
        retry: false,
        validateResponses: 'strict',
        validators: responseValidators,
        // Small pages and message windows, so that every listing takes several requests.
        pageSize: 7,
        messagesPageSize: 8,
      }),
    expected(datasets) {
      const dataset = datasetOf(datasets, 'closebot');
      // The listing holds the account's real leads, not the bots' test sessions.
      const leads = dataset.leads.map((lead) => ({
        key: lead.id,
        time: lead.lastMessageTime === null ? undefined : naiveUtc(lead.lastMessageTime),
      }));
      const thread = maxBy(dataset.leads, (lead) => dataset.messagesOf(lead.id).length).id;
      return {
        records: {
          leads,
          conversations: leads,
          messages: dataset
            .messagesOf(thread)
            .map((message) => ({ key: message.messageId, time: naiveUtc(message.timestamp) })),
        },
        conversationId: thread,
      };
    },
    operations: { leads: 'listLeads', conversations: 'listLeads', messages: 'listMessages' },
    paged: ['leads', 'conversations', 'messages'],
  },
};
