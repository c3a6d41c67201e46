import {
  isVendorArgumentError,
  isVendorAuthenticationError,
  isVendorHttpError,
  isVendorNormalizationError,
  isVendorRateLimitError,
  type RetryEvent,
} from '@botbridge/core';
import { type LoopbackServer, sendJson, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ChatSessionSearchItem,
  createTwin24Client,
  DEFAULT_SESSION_FIELDS,
  type SearchChatSessionsParams,
} from '../src/index.js';

// Behaviour tests on a real HTTP server on 127.0.0.1 with scripted answers. The base URL keeps
// Twin's `/api/v1` prefix so that operation lookup under a base path is exercised too.
const session = (id: string): ChatSessionSearchItem => ({
  id,
  status: 'ACTIVE',
  createdAt: '2026-03-12T10:15:04+03:00',
});
const token = 'eyJhbGciOiJIUzI1NiJ9.twin-test-payload.signature';
const fastRetry = { baseDelayMs: 1, maxDelayMs: 5 };
const SEARCH = '/api/v1/search/chat/sessions';
let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('createTwin24Client behaviour', () => {
  it('pages through every session with limit/offset until count is reached', async () => {
    const all = Array.from({ length: 7 }, (_, i) => session(`S${i}`));
    server = await startLoopbackServer((req, res) => {
      const url = new URL(req.url, 'http://x');
      const offset = Number(url.searchParams.get('offset'));
      const limit = Number(url.searchParams.get('limit'));
      sendJson(res, 200, { count: all.length, items: all.slice(offset, offset + limit) });
    });
    const client = createTwin24Client({ token, baseUrl: `${server.url}/api/v1` });
    const ids: string[] = [];
    const sessions = client.chatSessions({
      fields: ['status', 'createdAt', 'id'],
      limit: 3,
      from: '2026-03-01T00:00:00+03:00',
      to: new Date('2026-03-31T20:59:59.000Z'),
      sort: '-createdAt,+price',
    });
    for await (const item of sessions) ids.push(item.id);
    expect(ids).toEqual(all.map((s) => s.id));
    const query = (offset: number) =>
      `${SEARCH}?fields=id,status,createdAt&limit=3&offset=${offset}` +
      '&from=2026-02-28T21%3A00%3A00.000Z&to=2026-03-31T20%3A59%3A59.000Z&sort=-createdAt%2C%2Bprice';
    expect(server.requests.map((r) => r.url)).toEqual([query(0), query(3), query(6)]);
    const sent = new URL(server.requests[0]?.url ?? '', 'http://x').searchParams;
    expect(sent.get('sort')).toBe('-createdAt,+price');
    expect(sent.get('fields')).toBe('id,status,createdAt');
    expect(sent.has('page')).toBe(false);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${token}`);
  });

  it('pages until a short page when Twin leaves out count', async () => {
    const all = Array.from({ length: 5 }, (_, i) => session(`A${i}`));
    server = await startLoopbackServer((req, res) => {
      const offset = Number(new URL(req.url, 'http://x').searchParams.get('offset'));
      sendJson(res, 200, { items: all.slice(offset, offset + 2) });
    });
    const client = createTwin24Client({ token, baseUrl: server.url });
    const ids: string[] = [];
    for await (const item of client.chatSessions({ limit: 2 })) ids.push(item.id);
    expect(ids).toEqual(['A0', 'A1', 'A2', 'A3', 'A4']);
    expect(server.requests).toHaveLength(3);
  });

  it('asks for the default fields and leaves limit to Twin in a single call', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, { count: 1, items: [session('one')] }),
    );
    const client = createTwin24Client({ token, baseUrl: `${server.url}/api/v1` });
    const page = await client.searchChatSessions({
      botId: 'bot-1',
      companyId: 48213,
      showAllSupervised: true,
    });
    expect(page.count).toBe(1);
    expect(page.conversations.map((c) => [c.id, c.status])).toEqual([['one', 'open']]);
    expect(server.requests.map((r) => r.url)).toEqual([
      `${SEARCH}?fields=${DEFAULT_SESSION_FIELDS.join(',')}&offset=0&botId=bot-1&companyId=48213&showAllSupervised=true`,
    ]);
  });

  it('retries a 503 and then succeeds', async () => {
    let calls = 0;
    server = await startLoopbackServer((_req, res) => {
      calls++;
      if (calls < 3) sendJson(res, 503, { error: 'Service unavailable.' });
      else sendJson(res, 200, { count: 1, items: [session('ok')] });
    });
    const events: RetryEvent[] = [];
    const client = createTwin24Client({
      token,
      baseUrl: `${server.url}/api/v1`,
      retry: { ...fastRetry, onRetry: (e) => events.push(e) },
    });
    const page = await client.searchChatSessions();
    expect(page.conversations.map((c) => c.id)).toEqual(['ok']);
    expect(calls).toBe(3);
    expect(events.map((e) => [e.retry, e.status, e.operation])).toEqual([
      [1, 503, 'searchChatSessions'],
      [2, 503, 'searchChatSessions'],
    ]);
  });

  it('does not retry an expired token (401) and raises VendorAuthenticationError', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 401, { error: 'Token is expired.' }),
    );
    const client = createTwin24Client({ token, baseUrl: server.url, retry: fastRetry });
    const error = await client.searchChatSessions().catch((e: unknown) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, vendor: 'twin24', operation: 'searchChatSessions' });
    expect((error as Error).message).toContain('Token is expired.');
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(token);
    expect(server.requests).toHaveLength(1);
  });

  it('maps a 400 to VendorHttpError with the error and its details in the message', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 400, {
        error: 'Invalid input parameters.',
        details: { fields: 'Unknown field "clientEmail".' },
      }),
    );
    const client = createTwin24Client({ token, baseUrl: server.url, retry: fastRetry });
    const error = await client.searchChatSessions().catch((e: unknown) => e);
    expect(isVendorHttpError(error)).toBe(true);
    expect(isVendorAuthenticationError(error)).toBe(false);
    expect(error).toMatchObject({ status: 400 });
    expect((error as Error).message).toContain(
      'Invalid input parameters. — fields: Unknown field "clientEmail".',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('gives up with VendorRateLimitError when Retry-After exceeds the cap', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 429, { error: 'Too many requests.' }, { 'Retry-After': '3600' }),
    );
    const client = createTwin24Client({
      token,
      baseUrl: server.url,
      retry: { ...fastRetry, maxRetryAfterMs: 1_000 },
    });
    const error = await client.searchChatSessions().catch((e: unknown) => e);
    expect(isVendorRateLimitError(error)).toBe(true);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 3_600_000 });
    expect(server.requests).toHaveLength(1);
  });

  it('raises VendorNormalizationError for a 200 that is not a {count, items} page', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, { count: 1, items: 'nope' }),
    );
    const client = createTwin24Client({ token, baseUrl: server.url });
    const error = await client.searchChatSessions().catch((e: unknown) => e);
    expect(isVendorNormalizationError(error)).toBe(true);
  });

  it.each([
    ['fields[0]', { fields: ['clientEmail'] }],
    ['fields[1]', { fields: ['id', 'startedAt'] }],
    ['fields', { fields: 'id,status' }],
    ['limit', { limit: 0 }],
    ['limit', { limit: 1001 }],
    ['limit', { limit: 2.5 }],
    ['offset', { offset: -1 }],
    ['from', { from: 'yesterday' }],
    ['to', { to: new Date('not a date') }],
    ['from', { from: '2026-03-02T00:00:00Z', to: '2026-03-01T23:59:59Z' }],
    ['companyId', { companyId: 1.5 }],
    ['showAllSupervised', { showAllSupervised: 'yes' }],
    ['botId', { botId: '' }],
    ['id', { id: '  ' }],
    ['chatId', { chatId: '' }],
    ['clientId', { clientId: '' }],
    ['sort', { sort: 'name' }],
    ['sort', { sort: 'createdAt,,price' }],
    ['sort', { sort: '+ createdAt' }],
  ])('rejects a bad %s before sending anything', async (parameter, params) => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, { count: 0, items: [] }));
    const client = createTwin24Client({ token, baseUrl: server.url });
    const error = await client
      .searchChatSessions(params as unknown as SearchChatSessionsParams)
      .catch((e: unknown) => e);
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ parameter, vendor: 'twin24', operation: 'searchChatSessions' });
    expect(server.requests).toHaveLength(0);
  });

  it('names where the valid field names are when one is unknown', async () => {
    const client = createTwin24Client({ token, baseUrl: 'http://127.0.0.1:9' });
    const error = await client
      .searchChatSessions({ fields: ['clientEmail' as never] })
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/chatSessionFieldValues/);
    expect((error as Error).message).toContain(
      'https://developers.twin24.ai/reference/searchchatsessionlist',
    );
  });

  it('rejects a bad limit for the iterator as soon as it is created', async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, { count: 0, items: [] }));
    const client = createTwin24Client({ token, baseUrl: server.url });
    expect(() => client.chatSessions({ limit: 0 })).toThrow(/`limit`/);
    expect(server.requests).toHaveLength(0);
  });

  it.each(['', '   '])('refuses to build a client with a blank token (%j)', (blank) => {
    expect(() => createTwin24Client({ token: blank })).toThrow(/token/);
  });
});
