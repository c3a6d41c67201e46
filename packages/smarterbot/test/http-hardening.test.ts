import { httpHardeningSuite } from '@botbridge/testing';
import { type OperationId, operations } from '../src/generated/operations.js';
import { createSmarterBotClient, type SmarterBotClient } from '../src/index.js';

// Issue #8 over every SmarterBot operation (tools/testing/src/http-hardening.ts). Every SmarterBot
// read is a POST, so a 307/308 must re-send the body whole (it used to fail with a detached
// ArrayBuffer, retried until retries ran out), and the raw Authorization key must never follow a
// redirect to another origin.
const KEY = 'sb-key-hardening-0001';

httpHardeningSuite<SmarterBotClient>({
  vendor: 'smarterbot',
  operations,
  create: (baseUrl, options) => createSmarterBotClient({ apiKey: KEY, baseUrl, ...options }),
  calls: {
    listLeads: (c) => c.listLeads({ serialNumber: 'sn1', startTime: '2026-01-01' }),
    getChatHistory: (c) => c.getChatHistory({ serialNumber: 'sn1' }),
    getMessageCount: (c) => c.getMessageCount({ serialNumber: 'sn1' }),
  } satisfies Record<OperationId, (c: SmarterBotClient) => Promise<unknown>>,
  carriesCredential: (request) => request.headers.authorization === KEY,
  urlOptions: ['baseUrl'],
});
