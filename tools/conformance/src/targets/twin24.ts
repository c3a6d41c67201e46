import { createTwin24Client } from '@botbridge/twin24';
import { responseValidators } from '@botbridge/twin24/validators';
import { type ConformanceTarget, datasetOf, maxBy, utc } from '../target.js';

// Twin pages its chat-service lists by `limit`/`offset` with a total `count` and filters them with
// `from`/`to` on the server (sessions on `startedAt`, messages on `createdAt`); the client re-checks
// its exclusive `until` itself. Every call needs a token from Twin's IAM log-in: the client logs in
// with credentials (any non-empty ones: the mock has no user store) and the mocks issue fresh tokens,
// in examples mode as in dataset mode.

const CREDENTIALS = {
  email: 'alice.nguyen@example.com',
  password: 'correct-horse-battery-staple',
};

export const twin24: ConformanceTarget = {
  vendor: 'twin24',
  mockSource: (baseUrl) => createTwin24Client({ baseUrl, credentials: CREDENTIALS, retry: false }),
  // The session of the spec's examples (GET /sessions/{id} answers any id with them).
  mockConversationId: '0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61',
  dataset: {
    source: (baseUrl) =>
      createTwin24Client({
        baseUrl,
        credentials: CREDENTIALS,
        retry: false,
        validateResponses: 'strict',
        validators: responseValidators,
        // Small pages, so that every listing takes several requests.
        pageSize: { conversations: 6, messages: 7 },
      }),
    expected(datasets) {
      const dataset = datasetOf(datasets, 'twin24');
      const session = maxBy(dataset.sessions, (s) => dataset.messagesOf(s.id).length);
      return {
        records: {
          conversations: dataset.sessions.map((s) => ({ key: s.id, time: utc(s.startedAt) })),
          messages: dataset
            .messagesOf(session.id)
            .map((m) => ({ key: m.id, time: utc(m.createdAt) })),
        },
        conversationId: session.id,
      };
    },
    operations: { conversations: 'listSessions', messages: 'listSessionMessages' },
    paged: ['conversations', 'messages'],
  },
};
