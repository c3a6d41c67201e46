import { httpHardeningSuite } from '@botbridge/testing';
import { type OperationId, operations } from '../src/generated/operations.js';
import { createOpenCxClient, type OpenCxClient } from '../src/index.js';

// Issue #8 over every OpenCX operation (tools/testing/src/http-hardening.ts): redirects never
// carry the Bearer key to another origin, the filter POST is re-sent whole on 307/308, and waits
// and options beyond what a timer or a URL may hold are refused.
const KEY = 'ocx-key-hardening-0001';
const SESSION_ID = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';

httpHardeningSuite<OpenCxClient>({
  vendor: 'opencx',
  operations,
  create: (baseUrl, options) => createOpenCxClient({ apiKey: KEY, baseUrl, ...options }),
  calls: {
    listChatSessions: (c) => c.listChatSessions(),
    filterChatSessions: (c) => c.filterChatSessions({ filters: { status: 'open' } }),
    getChatSession: (c) => c.getChatSession(SESSION_ID),
    listChatHistory: (c) => c.listChatHistory(SESSION_ID),
    listContacts: (c) => c.listContacts(),
    getOrg: (c) => c.whoami(),
  } satisfies Record<OperationId, (c: OpenCxClient) => Promise<unknown>>,
  carriesCredential: (request) => request.headers.authorization === `Bearer ${KEY}`,
  urlOptions: ['baseUrl'],
});
