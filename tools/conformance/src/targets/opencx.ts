import { createOpenCxClient } from '@botbridge/opencx';
import { responseValidators } from '@botbridge/opencx/validators';
import { type ConformanceTarget, datasetOf, maxBy, utc } from '../target.js';

// OpenCX has chat sessions (conversations, one by id) and their history (messages and session
// events), but no leads. Both listings page by an opaque cursor with a page size the server picks
// (the mock's is 20), so the dataset needs more records than that for paging to show. Sessions are
// filtered by creation time on the server, history items by the client.

const API_KEY = 'ocx_live_conformance_key';

export const opencx: ConformanceTarget = {
  vendor: 'opencx',
  mockSource: (baseUrl) => createOpenCxClient({ apiKey: API_KEY, baseUrl, retry: false }),
  // The id of the spec's examples; the examples-mode mock answers any UUID.
  mockConversationId: '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e',
  dataset: {
    source: (baseUrl) =>
      createOpenCxClient({
        apiKey: API_KEY,
        baseUrl,
        retry: false,
        // The documented 100 requests per minute would only make the suite wait on a local mock.
        rateLimit: false,
        validateResponses: 'strict',
        validators: responseValidators,
      }),
    expected(datasets) {
      const dataset = datasetOf(datasets, 'opencx');
      const session = maxBy(dataset.sessions, (s) => dataset.historyOf(s.id).length);
      return {
        records: {
          conversations: dataset.sessions.map((s) => ({ key: s.id, time: utc(s.created_at) })),
          messages: dataset
            .historyOf(session.id)
            .map((item) => ({ key: item.id, time: utc(item.created_at) })),
        },
        conversationId: session.id,
      };
    },
    operations: { conversations: 'listChatSessions', messages: 'listChatHistory' },
    paged: ['conversations', 'messages'],
  },
};
