import {
  isVendorArgumentError,
  isVendorAuthenticationError,
  isVendorHttpError,
  isVendorNormalizationError,
  isVendorRateLimitError,
  isVendorUnsupportedError,
  type RetryEvent,
  type Source,
} from '@botbridge/core';
import { type LoopbackServer, sendJson, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ChatMessage,
  type ChatSession,
  type ChatSessionSearchItem,
  createTwin24Client,
  DEFAULT_SESSION_FIELDS,
  type SearchChatSessionsParams,
  TWIN24_ANALYSE_URL,
  TWIN24_CHAT_URL,
  TWIN24_IAM_URL,
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

// The chat service (sessions and their messages) and the `Source` built on it.
const chatSession = (id: string, startedAt = '2026-03-12T10:15:04+03:00'): ChatSession => ({
  id,
  status: 'ACTIVE',
  messengerType: 'TELEGRAM',
  startedAt,
});
const chatMessage = (id: string | null, createdAt: string, body = `text ${id}`): ChatMessage => ({
  id,
  authorType: 'client',
  body,
  createdAt,
});
const SESSIONS = '/api/v1/sessions';

/** A chat service that pages `all` by limit/offset like Twin (count = total). */
function pagedServer<T>(all: T[], { withCount = true } = {}) {
  return startLoopbackServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 10);
    const items = all.slice(offset, offset + limit);
    sendJson(res, 200, withCount ? { count: all.length, items } : { items });
  });
}

describe('chat-service sessions', () => {
  it('sessions() pages with limit/offset, oldest first, until a short page', async () => {
    const all = Array.from({ length: 5 }, (_, i) => chatSession(`S${i}`));
    server = await pagedServer(all);
    const client = createTwin24Client({ token, baseUrl: `${server.url}/api/v1` });
    const ids: string[] = [];
    for await (const session of client.sessions({ limit: 2 })) ids.push(session.id);
    expect(ids).toEqual(['S0', 'S1', 'S2', 'S3', 'S4']);
    expect(server.requests.map((r) => r.url)).toEqual([
      `${SESSIONS}?limit=2&offset=0&sort=startedAt`,
      `${SESSIONS}?limit=2&offset=2&sort=startedAt`,
      `${SESSIONS}?limit=2&offset=4&sort=startedAt`,
    ]);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${token}`);
  });

  it('sessions() stops when offset reaches count, without asking for an empty page', async () => {
    server = await pagedServer(Array.from({ length: 4 }, (_, i) => chatSession(`S${i}`)));
    const client = createTwin24Client({ token, baseUrl: server.url, pageSize: 2 });
    const ids: string[] = [];
    for await (const session of client.sessions()) ids.push(session.id);
    expect(ids).toEqual(['S0', 'S1', 'S2', 'S3']);
    expect(server.requests).toHaveLength(2);
  });

  it('sessions() fails on a static page whose count says there is more, never stopping short or looping', async () => {
    // A short page below `count` may be the server's own cap, so the client reads on; a server
    // that answers every offset with the same page then cannot advance (issue #8).
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, { count: 37, items: [chatSession('A'), chatSession('B')] }),
    );
    const client = createTwin24Client({ token, baseUrl: server.url });
    const ids: string[] = [];
    const error = await (async () => {
      for await (const session of client.sessions()) ids.push(session.id);
    })().catch((e: unknown) => e);
    expect(isVendorNormalizationError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'twin24', operation: 'listSessions' });
    expect(ids).toEqual(['A', 'B']);
    expect(server.requests).toHaveLength(3);
  });

  it('sessions() pages until a short page when withoutCount leaves count out', async () => {
    server = await pagedServer(
      Array.from({ length: 3 }, (_, i) => chatSession(`S${i}`)),
      { withCount: false },
    );
    const client = createTwin24Client({ token, baseUrl: server.url });
    const ids: string[] = [];
    for await (const session of client.sessions({ limit: 2, withoutCount: true })) {
      ids.push(session.id);
    }
    expect(ids).toEqual(['S0', 'S1', 'S2']);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/sessions?limit=2&offset=0&sort=startedAt&withoutCount=true',
      '/sessions?limit=2&offset=2&sort=startedAt&withoutCount=true',
    ]);
  });

  it('listSessions() sends every filter as Twin expects', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, { count: 1, items: [chatSession('one')] }),
    );
    const client = createTwin24Client({ token, baseUrl: `${server.url}/api/v1` });
    const page = await client.listSessions({
      limit: 50,
      offset: 100,
      from: '2026-03-01T00:00:00+03:00',
      to: new Date('2026-03-31T20:59:59Z'),
      sort: '-lastMessageCreatedAt,+name',
      sessionId: 's-1',
      markedAsSpam: false,
      operatorId: '90412',
      operatorType: 'OPERATOR',
      botStatus: 'STOPPED',
      status: 'ACTIVE',
      name: 'Alice Nguyen',
      chatId: 'chat-1',
      groupByClientId: true,
      tags: ['vip', 'delivery'],
      clientBanned: false,
      keyword: 'order 1042',
    });
    expect(page).toMatchObject({ count: 1, conversations: [{ id: 'one', status: 'open' }] });
    expect(server.requests.map((r) => r.url)).toEqual([
      `${SESSIONS}?limit=50&offset=100&from=2026-02-28T21%3A00%3A00.000Z&to=2026-03-31T20%3A59%3A59.000Z` +
        '&sort=-lastMessageCreatedAt%2C%2Bname&sessionId=s-1&markedAsSpam=false&operatorId=90412' +
        '&operatorType=OPERATOR&botStatus=STOPPED&status=ACTIVE&name=Alice%20Nguyen&chatId=chat-1' +
        '&groupByClientId=true&tags=vip%2Cdelivery&clientBanned=false&keyword=order%201042',
    ]);
  });

  it('getSession() reads one session by its (encoded) id', async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, chatSession('a/b')));
    const client = createTwin24Client({ token, baseUrl: `${server.url}/api/v1` });
    const session = await client.getSession('a/b');
    expect(session).toMatchObject({ id: 'a/b', vendor: 'twin24', channel: 'telegram' });
    expect(server.requests.map((r) => r.url)).toEqual([`${SESSIONS}/a%2Fb`]);
  });

  it('getSession() maps a 404 to VendorHttpError', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 404, { error: 'Session not found.' }),
    );
    const client = createTwin24Client({ token, baseUrl: server.url, retry: fastRetry });
    const error = await client.getSession('missing').catch((e: unknown) => e);
    expect(isVendorHttpError(error)).toBe(true);
    expect(error).toMatchObject({ status: 404, operation: 'getSession' });
    expect((error as Error).message).toContain('Session not found.');
  });
});

describe('chat-service messages', () => {
  const at = (minute: number) => `2026-03-12T10:${String(minute).padStart(2, '0')}:00+03:00`;

  it('sessionMessages() pages oldest first and numbers id-less messages by their position', async () => {
    const all = [
      chatMessage('m0', at(0)),
      chatMessage('m1', at(1)),
      chatMessage(null, at(2), 'no id'),
      chatMessage('m3', at(3)),
    ];
    server = await pagedServer(all);
    const client = createTwin24Client({ token, baseUrl: `${server.url}/api/v1` });
    const messages = [];
    for await (const message of client.sessionMessages('S 1', { limit: 3, companyId: 48213 })) {
      messages.push(message);
    }
    expect(messages.map((m) => m.id)).toEqual([
      'm0',
      'm1',
      expect.stringMatching(/^twin24_message_/),
      'm3',
    ]);
    expect(messages.every((m) => m.conversationId === 'S 1')).toBe(true);
    expect(server.requests.map((r) => r.url)).toEqual([
      `${SESSIONS}/S%201/messages?limit=3&offset=0&sort=createdAt&companyId=48213`,
      `${SESSIONS}/S%201/messages?limit=3&offset=3&sort=createdAt&companyId=48213`,
    ]);
  });

  it('listSessionMessages() sends the window and sort and returns count', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, { count: 9, items: [chatMessage('m0', at(0))] }),
    );
    const client = createTwin24Client({ token, baseUrl: server.url });
    const page = await client.listSessionMessages('S1', {
      limit: 1,
      offset: 4,
      from: '2026-03-12T00:00:00Z',
      to: '2026-03-13T00:00:00Z',
      sort: '-createdAt',
      withoutCount: false,
    });
    expect(page.count).toBe(9);
    expect(page.messages).toMatchObject([
      { id: 'm0', role: 'contact', vendorRole: 'client', createdAt: '2026-03-12T07:00:00.000Z' },
    ]);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/sessions/S1/messages?limit=1&offset=4&from=2026-03-12T00%3A00%3A00.000Z' +
        '&to=2026-03-13T00%3A00%3A00.000Z&sort=-createdAt&withoutCount=false',
    ]);
  });
});

describe('the Source', () => {
  const hour = (h: number) => `2026-03-12T${String(h).padStart(2, '0')}:00:00+00:00`;

  it('conversations(): since/until become from/to, pages of pageSize, re-checked on the start time', async () => {
    // The server ignores the window, as if Twin compared another timestamp: the client still cuts.
    const all = Array.from({ length: 7 }, (_, i) => chatSession(`S${i}`, hour(i)));
    server = await pagedServer(all);
    const client = createTwin24Client({ token, baseUrl: server.url, pageSize: 3 });
    const ids: string[] = [];
    for await (const conversation of client.conversations({
      since: hour(2),
      until: new Date('2026-03-12T05:00:00Z'),
      status: 'ACTIVE',
    })) {
      ids.push(conversation.id);
    }
    expect(ids).toEqual(['S2', 'S3', 'S4']);
    const window = 'from=2026-03-12T02%3A00%3A00.000Z&to=2026-03-12T05%3A00%3A00.000Z';
    expect(server.requests.map((r) => r.url)).toEqual([
      `/sessions?status=ACTIVE&from=2026-03-12T02%3A00%3A00.000Z&to=2026-03-12T05%3A00%3A00.000Z&sort=startedAt&limit=3&offset=0`,
      `/sessions?status=ACTIVE&${window}&sort=startedAt&limit=3&offset=3`,
      `/sessions?status=ACTIVE&${window}&sort=startedAt&limit=3&offset=6`,
    ]);
  });

  it('conversations(): limit stops the paging early', async () => {
    server = await pagedServer(Array.from({ length: 9 }, (_, i) => chatSession(`S${i}`, hour(i))));
    const client = createTwin24Client({ token, baseUrl: server.url, pageSize: 3 });
    const ids: string[] = [];
    for await (const conversation of client.conversations({ limit: 4 })) ids.push(conversation.id);
    expect(ids).toEqual(['S0', 'S1', 'S2', 'S3']);
    expect(server.requests).toHaveLength(2);
  });

  it('messages(): since/until become from/to, oldest first, pages of the messages page size', async () => {
    const all = Array.from({ length: 5 }, (_, i) => chatMessage(`m${i}`, hour(i)));
    server = await pagedServer(all);
    const client = createTwin24Client({
      token,
      baseUrl: server.url,
      pageSize: { conversations: 50, messages: 2 },
    });
    const ids: string[] = [];
    for await (const message of client.messages('S1', { since: hour(1), companyId: 7 })) {
      ids.push(message.id);
    }
    expect(ids).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/sessions/S1/messages?companyId=7&from=2026-03-12T01%3A00%3A00.000Z&sort=createdAt&limit=2&offset=0',
      '/sessions/S1/messages?companyId=7&from=2026-03-12T01%3A00%3A00.000Z&sort=createdAt&limit=2&offset=2',
      '/sessions/S1/messages?companyId=7&from=2026-03-12T01%3A00%3A00.000Z&sort=createdAt&limit=2&offset=4',
    ]);
  });

  it('conversation(id) reads GET /sessions/{id}', async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, chatSession('S9')));
    const client = createTwin24Client({ token, baseUrl: server.url });
    expect(await client.conversation('S9')).toMatchObject({ id: 'S9', vendor: 'twin24' });
    expect(server.requests.map((r) => r.url)).toEqual(['/sessions/S9']);
  });

  it('has no leads: calling leads() throws VendorUnsupportedError and sends nothing', async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, {}));
    const client = createTwin24Client({ token, baseUrl: server.url });
    expect(client.capabilities.leads).toBe(false);
    const source: Source = client;
    let error: unknown;
    try {
      source.leads();
    } catch (e) {
      error = e;
    }
    expect(isVendorUnsupportedError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'twin24', operation: 'leads' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('bad input on the chat-service methods is rejected before anything is sent', () => {
  type Attempt = (client: ReturnType<typeof createTwin24Client>) => unknown;
  const cases: Array<[string, string, string, Attempt]> = [
    ['listSessions', 'limit', 'limit 0', (c) => c.listSessions({ limit: 0 })],
    ['listSessions', 'limit', 'limit 1001', (c) => c.listSessions({ limit: 1001 })],
    ['listSessions', 'offset', 'negative offset', (c) => c.listSessions({ offset: -1 })],
    ['listSessions', 'from', 'bad from', (c) => c.listSessions({ from: 'yesterday' })],
    [
      'listSessions',
      'from',
      'reversed window',
      (c) => c.listSessions({ from: '2026-03-02', to: '2026-03-01' }),
    ],
    ['listSessions', 'sort', 'a search-only sort name', (c) => c.listSessions({ sort: 'price' })],
    ['listSessions', 'sort', 'a sort with a space', (c) => c.listSessions({ sort: '+ name' })],
    [
      'listSessions',
      'markedAsSpam',
      'a string boolean',
      (c) => c.listSessions({ markedAsSpam: 'no' as never }),
    ],
    ['listSessions', 'status', 'a blank status', (c) => c.listSessions({ status: ' ' })],
    ['listSessions', 'tags', 'an empty tag list', (c) => c.listSessions({ tags: [] })],
    [
      'listSessions',
      'tags[1]',
      'a tag with a comma',
      (c) => c.listSessions({ tags: ['vip', 'a,b'] }),
    ],
    [
      'listSessions',
      'withoutCount',
      'a numeric flag',
      (c) => c.listSessions({ withoutCount: 1 as never }),
    ],
    ['listSessions', 'limit', 'a bad iterator limit', (c) => c.sessions({ limit: 2.5 })],
    ['getSession', 'sessionId', 'a blank id', (c) => c.getSession(' ')],
    [
      'listSessionMessages',
      'sessionId',
      'a missing id',
      (c) => c.listSessionMessages(undefined as never),
    ],
    [
      'listSessionMessages',
      'sort',
      'a session sort name',
      (c) => c.listSessionMessages('S1', { sort: 'startedAt' }),
    ],
    [
      'listSessionMessages',
      'companyId',
      'a fractional company',
      (c) => c.listSessionMessages('S1', { companyId: 1.5 }),
    ],
    [
      'listSessionMessages',
      'to',
      'an invalid Date',
      (c) => c.sessionMessages('S1', { to: new Date('x') }),
    ],
    ['conversations', 'since', 'a bad since', (c) => c.conversations({ since: 'last week' })],
    ['conversations', 'limit', 'a negative limit', (c) => c.conversations({ limit: -1 })],
    [
      'conversations',
      'clientBanned',
      'a bad filter',
      (c) => c.conversations({ clientBanned: 'yes' as never }),
    ],
    ['conversation', 'id', 'a blank conversation id', (c) => c.conversation('')],
    ['messages', 'conversationId', 'a blank conversation id', (c) => c.messages('')],
    ['messages', 'until', 'a bad until', (c) => c.messages('S1', { until: '31/12/2026' })],
    [
      'messages',
      'companyId',
      'a bad company filter',
      (c) => c.messages('S1', { companyId: '7' as never }),
    ],
  ];

  it.each(cases)('%s: `%s` (%s)', async (operation, parameter, _name, attempt) => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, { count: 0, items: [] }));
    const client = createTwin24Client({ token, baseUrl: server.url });
    let error: unknown;
    try {
      // Listings must fail when called, not when iterated; promises when awaited.
      await attempt(client);
    } catch (e) {
      error = e;
    }
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ parameter, vendor: 'twin24', operation });
    expect(server.requests).toHaveLength(0);
  });
});

describe('service routing', () => {
  function recorder() {
    const urls: string[] = [];
    const fetch = async (input: Request | string | URL) => {
      const request = input instanceof Request ? input : new Request(input);
      urls.push(`${request.method} ${request.url}`);
      const body = request.url.includes('/auth/')
        ? { token: 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln', refreshToken: 'refresh-0001' }
        : request.url.includes('/messages') ||
            /\/sessions(\?|$)/.test(request.url) ||
            request.url.includes('/search/')
          ? { count: 0, items: [] }
          : { id: 'S1' };
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    };
    return { urls, fetch: fetch as typeof globalThis.fetch };
  }

  async function everyOperation(client: ReturnType<typeof createTwin24Client>) {
    await client.searchChatSessions({ fields: ['id'] });
    await client.listSessions();
    await client.getSession('S1');
    await client.listSessionMessages('S1');
  }

  it('sends each operation to its own production host by default', async () => {
    const { urls, fetch } = recorder();
    const client = createTwin24Client({
      credentials: { email: 'a@example.com', password: 'pw-secret' },
      fetch,
    });
    await everyOperation(client);
    expect(urls).toEqual([
      'POST https://iam.twin24.ai/api/v1/auth/login',
      'GET https://analyse.twin24.ai/api/v1/search/chat/sessions?fields=id&offset=0',
      'GET https://chat-api.twin24.ai/api/v1/sessions?offset=0',
      'GET https://chat-api.twin24.ai/api/v1/sessions/S1',
      'GET https://chat-api.twin24.ai/api/v1/sessions/S1/messages?offset=0',
    ]);
    expect(client.serviceUrls).toEqual({
      iam: TWIN24_IAM_URL,
      chat: TWIN24_CHAT_URL,
      analyse: TWIN24_ANALYSE_URL,
    });
  });

  it('sends one service elsewhere with serviceUrls', async () => {
    const { urls, fetch } = recorder();
    const client = createTwin24Client({
      credentials: { email: 'a@example.com', password: 'pw-secret' },
      serviceUrls: { chat: 'https://chats-api.twin24.ai/api/v1/' },
      fetch,
    });
    await everyOperation(client);
    expect(urls.map((u) => new URL(u.split(' ')[1] ?? '').host)).toEqual([
      'iam.twin24.ai',
      'analyse.twin24.ai',
      'chats-api.twin24.ai',
      'chats-api.twin24.ai',
      'chats-api.twin24.ai',
    ]);
  });

  it('sends everything to baseUrl when it is set', async () => {
    const { urls, fetch } = recorder();
    const client = createTwin24Client({
      credentials: { email: 'a@example.com', password: 'pw-secret' },
      baseUrl: 'http://127.0.0.1:4012/api/v1',
      serviceUrls: { chat: 'https://ignored.example.com' },
      fetch,
    });
    await everyOperation(client);
    expect(urls.every((u) => u.includes(' http://127.0.0.1:4012/api/v1/'))).toBe(true);
    expect(urls).toHaveLength(5);
  });

  it.each([
    ['serviceUrls.chat', { serviceUrls: { chat: 'chat-api.twin24.ai' } }],
    ['serviceUrls.iam', { serviceUrls: { iam: 'ftp://iam.twin24.ai' } }],
    ['serviceUrls.bots', { serviceUrls: { bots: 'https://bot.twin24.ai/api/v1' } }],
    ['baseUrl', { baseUrl: '/api/v1' }],
    ['pageSize', { pageSize: 0 }],
    ['pageSize.messages', { pageSize: { messages: 1001 } }],
  ])('rejects a bad %s', (parameter, extra) => {
    expect(() => createTwin24Client({ token, ...(extra as object) })).toThrow(
      expect.objectContaining({ parameter }),
    );
  });
});
