import { httpHardeningSuite } from '@botbridge/testing';
import { type OperationId, operations } from '../src/generated/operations.js';
import { type CloseBotClient, createCloseBotClient } from '../src/index.js';

// Issue #8 over every CloseBot operation (tools/testing/src/http-hardening.ts): redirects never
// carry X-CB-KEY to another origin, POSTs are re-sent whole on 307/308, and waits and options
// beyond what a timer or a URL may hold are refused.
const KEY = 'cb-key-hardening-0001';

httpHardeningSuite<CloseBotClient>({
  vendor: 'closebot',
  operations,
  create: (baseUrl, options) => createCloseBotClient({ apiKey: KEY, baseUrl, ...options }),
  calls: {
    listTestSessions: (c) => c.listTestSessions({ botId: 'bot-1' }),
    createTestSession: (c) => c.createTestSession('bot-1'),
    listLeads: (c) => c.listLeads(),
    searchLeads: (c) => c.searchLeads({ search: 'alice' }),
    getLead: (c) => c.getLead('lead-1'),
    listMessages: (c) => c.listMessages({ leadId: 'lead-1' }),
    listBots: (c) => c.listBots(),
    getBot: (c) => c.getBot('bot-1'),
    listSources: (c) => c.listSources(),
    getSource: (c) => c.getSource('source-1'),
    listLeadPageHistory: (c) => c.listLeadPageHistory('lead-1', { limit: 5 }),
    getLeadAiToggle: (c) => c.getLeadAiToggle('lead-1'),
    countMessages: (c) => c.countMessages({ leadId: 'lead-1' }),
    getCurrentAgency: (c) => c.whoami(),
  } satisfies Record<
    Exclude<OperationId, 'getNodeDescriptors'>,
    (c: CloseBotClient) => Promise<unknown>
  >,
  coveredElsewhere: {
    // Described only so that its literal path wins over GET /bot/{id}; the client has no method
    // for it (the typed `api` reaches it, see test/reads.test.ts).
    getNodeDescriptors: 'no client method: the node catalogue is reached through `api` only',
  },
  carriesCredential: (request) => request.headers['x-cb-key'] === KEY,
  urlOptions: ['baseUrl'],
});
