// Issue #8, ids that are dot segments: `closebot.getLead('..')` sent `GET /` with the key, and
// `createTestSession('..')` posted to `/testSession`. URL parsers remove dot segments, and servers
// that decode `%2e` (sometimes twice) do the same with the encoded forms, so such an id addresses
// another resource. Every operation with a path parameter, of every vendor, through the vendor
// method and through the typed `api`, must refuse it with VendorArgumentError before any request:
// the loopback server counts what reached it, and must count nothing.

import { operations as closebotOperations, createCloseBotClient } from '@botbridge/closebot';
import { isVendorArgumentError, type OperationInfo } from '@botbridge/core';
import { createOpenCxClient, operations as opencxOperations } from '@botbridge/opencx';
import { operations as smarterbotOperations } from '@botbridge/smarterbot';
import { type LoopbackServer, sendJson, startLoopbackServer } from '@botbridge/testing';
import { createTwin24Client, operations as twinOperations } from '@botbridge/twin24';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const DOT_SEGMENTS = ['.', '..', '%2e', '%2E', '%2e%2e', '%2E%2E', '.%2e', '%2E.', '%252e%252e'];

let server: LoopbackServer;
beforeAll(async () => {
  // Whatever arrives is answered, so a request that slipped through would be seen to succeed.
  server = await startLoopbackServer((_req, res) => sendJson(res, 200, {}));
});
afterAll(() => server.close());

// A JWT that expires far in the future, so Twin's client takes it as is (no login request).
const TWIN_TOKEN = [
  Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url'),
  Buffer.from('{"exp":4102444800}').toString('base64url'),
  'sig',
].join('.');

const clients = () => ({
  closebot: createCloseBotClient({ apiKey: 'cb_secret_key', baseUrl: server.url }),
  opencx: createOpenCxClient({ apiKey: 'ocx_secret_key', baseUrl: server.url }),
  twin24: createTwin24Client({ token: TWIN_TOKEN, baseUrl: server.url }),
});
type Clients = ReturnType<typeof clients>;

/** Runs `act` (a call or a listing, iterated) and returns what it threw. */
async function failure(act: () => unknown): Promise<unknown> {
  try {
    const result = act();
    if (result instanceof Promise) await result;
    else if (result && typeof result === 'object' && Symbol.asyncIterator in result) {
      for await (const _ of result as AsyncIterable<unknown>) break;
    }
  } catch (error) {
    return error;
  }
  return undefined;
}

// Every vendor method that puts an id into a URL path, with the parameter name its caller wrote.
const methods: Array<[name: string, parameter: string, act: (c: Clients, id: string) => unknown]> =
  [
    ['closebot listTestSessions', 'botId', (c, id) => c.closebot.listTestSessions({ botId: id })],
    ['closebot testSessions', 'botId', (c, id) => c.closebot.testSessions({ botId: id })],
    ['closebot createTestSession', 'botId', (c, id) => c.closebot.createTestSession(id)],
    ['closebot getLead', 'leadId', (c, id) => c.closebot.getLead(id)],
    ['closebot listLeadPageHistory', 'leadId', (c, id) => c.closebot.listLeadPageHistory(id)],
    ['closebot getLeadAiToggle', 'leadId', (c, id) => c.closebot.getLeadAiToggle(id)],
    ['closebot conversation', 'id', (c, id) => c.closebot.conversation(id)],
    ['closebot getBot', 'id', (c, id) => c.closebot.getBot(id)],
    ['closebot getSource', 'id', (c, id) => c.closebot.getSource(id)],
    ['opencx getChatSession', 'sessionId', (c, id) => c.opencx.getChatSession(id)],
    ['opencx conversation', 'sessionId', (c, id) => c.opencx.conversation(id)],
    ['opencx listChatHistory', 'sessionId', (c, id) => c.opencx.listChatHistory(id)],
    ['opencx chatHistory', 'sessionId', (c, id) => c.opencx.chatHistory(id)],
    ['opencx messages', 'conversationId', (c, id) => c.opencx.messages(id)],
    ['twin24 getSession', 'sessionId', (c, id) => c.twin24.getSession(id)],
    ['twin24 conversation', 'id', (c, id) => c.twin24.conversation(id)],
    ['twin24 listSessionMessages', 'sessionId', (c, id) => c.twin24.listSessionMessages(id)],
    ['twin24 sessionMessages', 'sessionId', (c, id) => c.twin24.sessionMessages(id)],
    ['twin24 messages', 'conversationId', (c, id) => c.twin24.messages(id)],
  ];

describe('vendor methods refuse a dot-segment id before any request', () => {
  const cases = methods.flatMap(([name, parameter, act]) =>
    DOT_SEGMENTS.map((id) => [name, id, parameter, act] as const),
  );

  it.each(cases)('%s(%j) names %s', async (_name, id, parameter, act) => {
    const before = server.requests.length;
    const error = await failure(() => act(clients(), id));
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ parameter });
    expect(server.requests.length - before).toBe(0);
  });

  it('still sends an id that only looks like one (`...`, `a..b`)', async () => {
    const before = server.requests.length;
    const { closebot } = clients();
    await failure(() => closebot.getBot('...'));
    await failure(() => closebot.getBot('a..b'));
    expect(server.requests.slice(before).map((r) => r.url)).toEqual(['/bot/...', '/bot/a..b']);
  });
});

// The typed `api` client takes path parameters straight from its caller: core's guard applies
// the same rule to every operation of every spec that has one.
const pathOperations = (
  vendor: keyof Clients | 'smarterbot',
  operations: readonly OperationInfo[],
) =>
  operations
    .filter((op) => op.path.includes('{'))
    .map((op) => [vendor, op.operationId, op] as const);

describe('the typed api refuses a dot-segment path parameter before any request', () => {
  const withPath = [
    ...pathOperations('closebot', closebotOperations),
    ...pathOperations('opencx', opencxOperations),
    ...pathOperations('twin24', twinOperations),
    ...pathOperations('smarterbot', smarterbotOperations),
  ];

  it('covers every operation with a path parameter (SmarterBot has none)', () => {
    expect(withPath.map(([vendor, id]) => `${vendor} ${id}`)).toEqual([
      'closebot listTestSessions',
      'closebot createTestSession',
      'closebot getLead',
      'closebot listLeadPageHistory',
      'closebot getLeadAiToggle',
      'closebot getBot',
      'closebot getSource',
      'opencx getChatSession',
      'opencx listChatHistory',
      'twin24 getSession',
      'twin24 listSessionMessages',
    ]);
  });

  const cases = withPath.flatMap(([vendor, operationId, op]) =>
    ['..', '%2E%2E', '.'].map((id) => [vendor, operationId, id, op] as const),
  );

  it.each(cases)('%s %s with %j', async (vendor, operationId, id, op) => {
    const before = server.requests.length;
    const api = clients()[vendor as keyof Clients].api as unknown as Record<
      string,
      (path: string, init: unknown) => Promise<unknown>
    >;
    const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
    const path = Object.fromEntries(names.map((name) => [name, id]));
    const send = api[op.method] as (path: string, init: unknown) => Promise<unknown>;
    const error = await send(op.path, { params: { path } }).catch((e: unknown) => e);
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ vendor, operation: operationId, parameter: names[0] });
    expect(server.requests.length - before).toBe(0);
  });
});
