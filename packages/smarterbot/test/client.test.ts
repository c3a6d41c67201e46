import {
  collect,
  isVendorArgumentError,
  isVendorAuthenticationError,
  isVendorEnvelopeError,
  isVendorNormalizationError,
  isVendorRateLimitError,
  type RetryEvent,
} from '@botbridge/core';
import { type LoopbackServer, sendJson, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ChatSessionRecord,
  createSmarterBotClient,
  type GetChatHistoryParams,
  type LeadRecord,
  type ListLeadsParams,
} from '../src/index.js';

// Behaviour tests on a real HTTP server on 127.0.0.1 with scripted answers.
const record = (SessionID: number): LeadRecord => ({
  Type: 'Lead',
  Name: `Visitor ${SessionID}`,
  Email: `visitor${SessionID}@example.com`,
  PhoneNumber: '',
  CreateTime: '2023-11-23T18:36:21.512302-08:00',
  Content: 'Asked about pricing',
  SessionID,
  URI: 'www.example.com',
  Count: 2,
});
const ok = (Data: unknown) => ({ Data, Version: '1.0.0', Success: true, Code: 200, Message: '' });
const fastRetry = { baseDelayMs: 1, maxDelayMs: 5 };
let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('createSmarterBotClient behaviour', () => {
  it('POSTs the vendor-cased body with the bare key as Authorization and normalizes Data', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, ok([record(31305), record(31313)])),
    );
    const client = createSmarterBotClient({ apiKey: 'sb-key-raw-123', baseUrl: server.url });
    const leads = await client.listLeads({
      serialNumber: '3254a9d0424c4806b9ea3d0763ccf000',
      startTime: '2025-01-01',
      endTime: '2025-02-01',
      sessionId: 31305,
    });
    expect(leads.map((l) => [l.conversationId, l.createdAt])).toEqual([
      ['31305', '2023-11-24T02:36:21.512Z'],
      ['31313', '2023-11-24T02:36:21.512Z'],
    ]);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/chat/Chatbot/LeadList');
    // The vendor wants the raw key: no `Bearer` prefix.
    expect(request?.headers.authorization).toBe('sb-key-raw-123');
    expect(request?.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(request?.body ?? '')).toEqual({
      serialNumber: '3254a9d0424c4806b9ea3d0763ccf000',
      startTime: '2025-01-01',
      endTime: '2025-02-01',
      sessionID: 31305,
    });
  });

  it('sends Date filters as UTC calendar days and leaves unset filters out of the body', async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, ok([])));
    const client = createSmarterBotClient({ apiKey: 'k', baseUrl: server.url });
    await client.listLeads({
      serialNumber: 'sn1',
      startTime: new Date('2025-01-01T23:30:00-05:00'),
    });
    await client.listLeads({ serialNumber: 'sn1' });
    expect(server.requests.map((r) => JSON.parse(r.body))).toEqual([
      { serialNumber: 'sn1', startTime: '2025-01-02' },
      { serialNumber: 'sn1' },
    ]);
  });

  it('retries a 503 on the POST (the spec marks listLeads x-idempotent) and then succeeds', async () => {
    let calls = 0;
    server = await startLoopbackServer((_req, res) => {
      calls++;
      if (calls < 3)
        sendJson(res, 503, {
          Data: null,
          Version: '1.0.0',
          Success: false,
          Code: 503,
          Message: 'Busy',
        });
      else sendJson(res, 200, ok([record(1)]));
    });
    const events: RetryEvent[] = [];
    const client = createSmarterBotClient({
      apiKey: 'k',
      baseUrl: server.url,
      retry: { ...fastRetry, onRetry: (e) => events.push(e) },
    });
    const leads = await client.listLeads({ serialNumber: 'sn1', sessionId: 1 });
    expect(leads.map((l) => l.conversationId)).toEqual(['1']);
    expect(calls).toBe(3);
    expect(
      server.requests.every((r) => r.method === 'POST' && JSON.parse(r.body).sessionID === 1),
    ).toBe(true);
    expect(events.map((e) => [e.retry, e.status, e.operation])).toEqual([
      [1, 503, 'listLeads'],
      [2, 503, 'listLeads'],
    ]);
  });

  it('raises VendorEnvelopeError for HTTP 200 with Success: false, without retrying', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, {
        Data: null,
        Version: '1.0.0',
        Success: false,
        Code: 401,
        Message: 'Invalid key',
      }),
    );
    const client = createSmarterBotClient({
      apiKey: 'sb_secret_abcdef',
      baseUrl: server.url,
      retry: fastRetry,
    });
    const error = await client.listLeads({ serialNumber: 'sn1' }).catch((e: unknown) => e);
    expect(isVendorEnvelopeError(error)).toBe(true);
    expect(error).toMatchObject({
      vendor: 'smarterbot',
      operation: 'listLeads',
      status: 200,
      vendorCode: 401,
      vendorMessage: 'Invalid key',
    });
    expect((error as Error).message).toContain('Invalid key');
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry an HTTP 401 and raises VendorAuthenticationError with the envelope message', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 401, {
        Data: null,
        Version: '1.0.0',
        Success: false,
        Code: 401,
        Message: 'Key sb_secret_abcdef is not valid',
      }),
    );
    const client = createSmarterBotClient({
      apiKey: 'sb_secret_abcdef',
      baseUrl: server.url,
      retry: fastRetry,
    });
    const error = await client.listLeads({ serialNumber: 'sn1' }).catch((e: unknown) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect((error as Error).message).toContain('is not valid (Code 401)');
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain('sb_secret_abcdef');
    expect(server.requests).toHaveLength(1);
  });

  it('gives up with VendorRateLimitError when Retry-After exceeds the cap', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(
        res,
        429,
        { Success: false, Code: 429, Message: 'Slow down' },
        { 'Retry-After': '3600' },
      ),
    );
    const client = createSmarterBotClient({
      apiKey: 'k',
      baseUrl: server.url,
      retry: { ...fastRetry, maxRetryAfterMs: 1_000 },
    });
    const error = await client.listLeads({ serialNumber: 'sn1' }).catch((e: unknown) => e);
    expect(isVendorRateLimitError(error)).toBe(true);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 3_600_000 });
    expect(server.requests).toHaveLength(1);
  });

  it('raises VendorNormalizationError when Data is not an array', async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, ok({ Items: [] })));
    const client = createSmarterBotClient({ apiKey: 'k', baseUrl: server.url });
    const error = await client.listLeads({ serialNumber: 'sn1' }).catch((e: unknown) => e);
    expect(isVendorNormalizationError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'smarterbot', operation: 'listLeads' });
  });

  it('iterates every record of the single response with leads()', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, ok([record(1), record(2), record(3)])),
    );
    const client = createSmarterBotClient({ apiKey: 'k', baseUrl: server.url });
    const seen: string[] = [];
    for await (const lead of client.leads({ serialNumber: 'sn1' }))
      seen.push(lead.conversationId ?? '');
    expect(seen).toEqual(['1', '2', '3']);
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ['serialNumber', { serialNumber: '' }],
    ['serialNumber', { serialNumber: '   ' }],
    ['startTime', { serialNumber: 'sn', startTime: '2025/01/01' }],
    ['startTime', { serialNumber: 'sn', startTime: '2025-02-30' }],
    ['startTime', { serialNumber: 'sn', startTime: '2025-01-01T00:00:00Z' }],
    ['endTime', { serialNumber: 'sn', endTime: new Date('not a date') }],
    ['endTime', { serialNumber: 'sn', endTime: '2025-13-01' }],
    ['startTime', { serialNumber: 'sn', startTime: '2025-02-02', endTime: '2025-02-01' }],
    ['sessionId', { serialNumber: 'sn', sessionId: 0 }],
    ['sessionId', { serialNumber: 'sn', sessionId: 2.5 }],
    ['sessionId', { serialNumber: 'sn', sessionId: Number.NaN }],
  ] as Array<[string, ListLeadsParams]>)(
    'rejects a bad %s before sending anything',
    async (parameter, params) => {
      server = await startLoopbackServer((_req, res) => sendJson(res, 200, ok([])));
      const client = createSmarterBotClient({ apiKey: 'k', baseUrl: server.url });
      const error = await client.listLeads(params).catch((e: unknown) => e);
      expect(isVendorArgumentError(error)).toBe(true);
      expect(error).toMatchObject({ parameter });
      expect(() => client.leads(params)).toThrow(expect.objectContaining({ parameter }));
      expect(server.requests).toHaveLength(0);
    },
  );

  it('names the expected sessionId form', async () => {
    const client = createSmarterBotClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9' });
    const error = await client
      .listLeads({ serialNumber: 'sn', sessionId: -4 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ parameter: 'sessionId', expected: 'an integer ≥ 1' });
  });

  it('refuses to build a client without an API key', () => {
    expect(() => createSmarterBotClient({ apiKey: '' })).toThrow(/apiKey/);
    expect(() => createSmarterBotClient({ apiKey: '  ' })).toThrow(/apiKey/);
  });
});

// The Source side. SmarterBot has no paging: every listing is exactly one request, and the
// time window travels as whole UTC days.
const at = (CreateTime: string, SessionID: number): LeadRecord => ({
  ...record(SessionID),
  CreateTime,
});
const sessionRecord = (
  SessionID: number | undefined,
  CreateTime: string,
  texts: string[] = [],
): ChatSessionRecord => ({
  ...(SessionID === undefined ? {} : { SessionID }),
  CreateTime,
  URI: 'www.example.com',
  Messages: texts.map((Content, i) => ({ Type: i % 2 === 0 ? 'AI' : 'User', Content })),
});
const bodies = () => server?.requests.map((r) => [r.url, JSON.parse(r.body)]) ?? [];
const serve = (Data: unknown) => startLoopbackServer((_req, res) => sendJson(res, 200, ok(Data)));

describe('leads() as a Source listing', () => {
  it('sends the UTC days covering [since, until) in one request and cuts to the exact instants', async () => {
    server = await serve([
      at('2026-01-04T15:59:59.999999-08:00', 1), // 23:59:59.999Z, before since
      at('2026-01-04T16:00:00.000000-08:00', 2), // exactly since
      at('2026-01-06T09:59:59.999000Z', 3),
      at('2026-01-06T02:00:00.000000-08:00', 4), // exactly until: excluded
      { ...record(5), CreateTime: null }, // undated: excluded from a bounded query
    ]);
    const client = createSmarterBotClient({
      apiKey: 'k',
      baseUrl: server.url,
      serialNumber: 'sn1',
    });
    const leads = await collect(
      client.leads({ since: '2026-01-05T00:00:00Z', until: '2026-01-06T05:00:00-05:00' }),
    );
    expect(leads.map((l) => l.conversationId)).toEqual(['2', '3']);
    // until is 10:00Z on Jan 6. The last day sent is that of the first UTC midnight at or after
    // until (Jan 7), which covers [since, until) whether the vendor's endTime day is inclusive or
    // ends at its own midnight (undocumented).
    expect(bodies()).toEqual([
      [
        '/chat/Chatbot/LeadList',
        { serialNumber: 'sn1', startTime: '2026-01-05', endTime: '2026-01-07' },
      ],
    ]);
  });

  it('sends until’s own day when until is a UTC midnight, and only the bound given', async () => {
    server = await serve([]);
    const client = createSmarterBotClient({
      apiKey: 'k',
      baseUrl: server.url,
      serialNumber: 'sn1',
    });
    await collect(client.leads({ until: new Date('2026-01-06T00:00:00Z') }));
    await collect(client.leads({ since: '2026-01-05T23:30:00-05:00' }));
    await collect(client.leads());
    expect(bodies().map(([, body]) => body)).toEqual([
      { serialNumber: 'sn1', endTime: '2026-01-06' },
      { serialNumber: 'sn1', startTime: '2026-01-06' },
      { serialNumber: 'sn1' },
    ]);
  });

  it('takes the chatbot from the query over the client option, with sessionId as sessionID', async () => {
    server = await serve([record(7)]);
    const client = createSmarterBotClient({
      apiKey: 'k',
      baseUrl: server.url,
      serialNumber: 'sn1',
    });
    await collect(client.leads({ serialNumber: 'sn2', sessionId: 7 }));
    expect(bodies()).toEqual([['/chat/Chatbot/LeadList', { serialNumber: 'sn2', sessionID: 7 }]]);
  });

  it('narrows a listLeads-style day window by since/until, and sends nothing when they miss', async () => {
    server = await serve([]);
    const client = createSmarterBotClient({ apiKey: 'k', baseUrl: server.url });
    const window = { serialNumber: 'sn1', startTime: '2026-01-01', endTime: '2026-01-31' };
    await collect(client.leads({ ...window, since: '2026-01-10T12:00:00Z' }));
    await collect(client.leads({ ...window, until: '2026-02-10T00:00:00Z' }));
    expect(await collect(client.leads({ ...window, since: '2026-03-01T00:00:00Z' }))).toEqual([]);
    expect(bodies().map(([, body]) => body)).toEqual([
      { serialNumber: 'sn1', startTime: '2026-01-10', endTime: '2026-01-31' },
      { serialNumber: 'sn1', startTime: '2026-01-01', endTime: '2026-01-31' },
    ]);
  });

  it('applies limit to the single response and sends nothing for limit 0 or before iterating', async () => {
    server = await serve([record(1), record(2), record(3)]);
    const client = createSmarterBotClient({
      apiKey: 'k',
      baseUrl: server.url,
      serialNumber: 'sn1',
    });
    const pending = client.leads({ limit: 2 });
    expect(server.requests).toHaveLength(0);
    expect((await collect(pending)).map((l) => l.conversationId)).toEqual(['1', '2']);
    expect(await collect(client.leads({ limit: 0 }))).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('cancels through the query signal', async () => {
    server = await serve([record(1)]);
    const client = createSmarterBotClient({
      apiKey: 'k',
      baseUrl: server.url,
      serialNumber: 'sn1',
    });
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(collect(client.leads({ signal: controller.signal }))).rejects.toThrow('stop');
    expect(server.requests).toHaveLength(0);
  });
});

describe('conversations() as a Source listing', () => {
  it('POSTs PascalCase days covering the window once and yields the sessions in it', async () => {
    server = await serve([
      sessionRecord(10, '2026-01-04T15:00:00.000000-08:00', ['Hi']), // 23:00Z Jan 4: before
      sessionRecord(11, '2026-01-05T02:00:00.123456Z', ['Hi', 'Hello']),
      sessionRecord(12, '2026-01-05T20:00:00.000000-08:00'), // 04:00Z Jan 6: at until
    ]);
    const client = createSmarterBotClient({
      apiKey: 'k',
      baseUrl: server.url,
      serialNumber: 'sn1',
    });
    const conversations = await collect(
      client.conversations({ since: '2026-01-05T00:00:00Z', until: '2026-01-06T04:00:00Z' }),
    );
    expect(conversations.map((c) => [c.id, c.createdAt, c.messageCount, c.botId])).toEqual([
      ['11', '2026-01-05T02:00:00.123Z', 2, 'sn1'],
    ]);
    expect(bodies()).toEqual([
      [
        '/chat/Chatbot/ChatContentHistory',
        { SerialNumber: 'sn1', StartTime: '2026-01-05', EndTime: '2026-01-07' },
      ],
    ]);
  });

  it('reads the whole history without a window and stops at the limit', async () => {
    server = await serve([
      sessionRecord(1, '2026-01-05T00:00:00Z'),
      sessionRecord(2, '2026-01-05T01:00:00Z'),
      sessionRecord(3, '2026-01-05T02:00:00Z'),
    ]);
    const client = createSmarterBotClient({ apiKey: 'k', baseUrl: server.url });
    const conversations = await collect(client.conversations({ serialNumber: 'sn9', limit: 2 }));
    expect(conversations.map((c) => c.id)).toEqual(['1', '2']);
    expect(bodies()).toEqual([['/chat/Chatbot/ChatContentHistory', { SerialNumber: 'sn9' }]]);
  });
});

describe('messages() as a Source listing', () => {
  it('reads the whole history once and yields that session’s turns in order', async () => {
    server = await serve([
      sessionRecord(20, '2026-01-05T00:00:00Z', ['Other session']),
      sessionRecord(21, '2026-01-05T01:00:00Z', ['Hi!', 'Do you ship to Canada?', 'We do.']),
    ]);
    const client = createSmarterBotClient({
      apiKey: 'k',
      baseUrl: server.url,
      serialNumber: 'sn1',
    });
    const messages = await collect(client.messages('21'));
    expect(messages.map((m) => [m.conversationId, m.role, m.vendorRole, m.text])).toEqual([
      ['21', 'bot', 'AI', 'Hi!'],
      ['21', 'contact', 'User', 'Do you ship to Canada?'],
      ['21', 'bot', 'AI', 'We do.'],
    ]);
    expect(messages.every((m) => m.createdAt === undefined)).toBe(true);
    expect((await collect(client.messages('21', { limit: 1 }))).map((m) => m.text)).toEqual([
      'Hi!',
    ]);
    // No date window: the session's date is not known from its id.
    expect(bodies()).toEqual([
      ['/chat/Chatbot/ChatContentHistory', { SerialNumber: 'sn1' }],
      ['/chat/Chatbot/ChatContentHistory', { SerialNumber: 'sn1' }],
    ]);
  });

  it('finds a session without SessionID by its derived id, and yields nothing for an unknown id', async () => {
    server = await serve([sessionRecord(undefined, '2026-01-05T00:00:00Z', ['Hello', 'Hi'])]);
    const client = createSmarterBotClient({
      apiKey: 'k',
      baseUrl: server.url,
      serialNumber: 'sn1',
    });
    const [conversation] = await collect(client.conversations());
    expect(conversation?.id).toMatch(/^smarterbot_conversation_/);
    const messages = await collect(client.messages(conversation?.id ?? ''));
    expect(messages.map((m) => m.text)).toEqual(['Hello', 'Hi']);
    expect(await collect(client.messages('999'))).toEqual([]);
  });
});

describe('Source input checks', () => {
  type Call = (client: ReturnType<typeof createSmarterBotClient>) => unknown;
  it.each<[string, string, Call]>([
    ['leads without any chatbot', 'serialNumber', (c) => c.leads()],
    ['conversations without any chatbot', 'serialNumber', (c) => c.conversations({ limit: 1 })],
    ['messages without any chatbot', 'serialNumber', (c) => c.messages('21')],
    ['a blank query chatbot', 'serialNumber', (c) => c.leads({ serialNumber: ' ' })],
    ['a malformed since', 'since', (c) => c.leads({ serialNumber: 'sn', since: 'yesterday' })],
    [
      'a reversed window',
      'since',
      (c) => c.conversations({ serialNumber: 'sn', since: '2026-02-01', until: '2026-01-01' }),
    ],
    ['a negative limit', 'limit', (c) => c.conversations({ serialNumber: 'sn', limit: -1 })],
    [
      'since on messages',
      'since',
      (c) => c.messages('21', { serialNumber: 'sn', since: '2026-01-01' }),
    ],
    [
      'until on messages',
      'until',
      (c) => c.messages('21', { serialNumber: 'sn', until: '2026-01-01' }),
    ],
    ['an empty conversation id', 'conversationId', (c) => c.messages('', { serialNumber: 'sn' })],
    ['a bad sessionId', 'sessionId', (c) => c.leads({ serialNumber: 'sn', sessionId: 0 })],
  ])('rejects %s when called, before any request', async (_name, parameter, invoke) => {
    server = await serve([]);
    const client = createSmarterBotClient({ apiKey: 'k', baseUrl: server.url });
    expect(() => invoke(client)).toThrow(expect.objectContaining({ parameter }));
    try {
      invoke(client);
    } catch (error) {
      expect(isVendorArgumentError(error)).toBe(true);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('names the client option when neither the query nor the client has a chatbot', () => {
    const client = createSmarterBotClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9' });
    expect(() => client.conversations()).toThrow(
      expect.objectContaining({ parameter: 'serialNumber', operation: 'conversations' }),
    );
    expect(() => client.conversations()).toThrow(/client option/);
  });

  it('refuses a blank serialNumber client option', () => {
    expect(() => createSmarterBotClient({ apiKey: 'k', serialNumber: '' })).toThrow(
      expect.objectContaining({ parameter: 'serialNumber', operation: 'createSmarterBotClient' }),
    );
  });

  it('has no single-conversation lookup', () => {
    const client = createSmarterBotClient({ apiKey: 'k', serialNumber: 'sn' });
    expect(client.capabilities.conversation).toBe(false);
    expect(() => (client.conversation as unknown as (id: string) => unknown)('21')).toThrow(
      /smarterbot has no conversation/,
    );
  });
});

describe('getChatHistory', () => {
  it('POSTs the PascalCase body and returns each conversation with its messages', async () => {
    server = await serve([
      sessionRecord(31, '2026-01-05T10:02:47.518204-08:00', ['Hi', 'Hello']),
      sessionRecord(32, '2026-01-05T11:00:00Z'),
    ]);
    const client = createSmarterBotClient({ apiKey: 'sb-raw', baseUrl: server.url });
    const sessions = await client.getChatHistory({
      serialNumber: 'sn1',
      startTime: new Date('2026-01-04T23:30:00-05:00'),
      endTime: '2026-01-05',
    });
    expect(
      sessions.map(({ conversation, messages }) => [
        conversation.id,
        conversation.createdAt,
        messages.map((m) => `${m.role}:${m.text}`),
      ]),
    ).toEqual([
      ['31', '2026-01-05T18:02:47.518Z', ['bot:Hi', 'contact:Hello']],
      ['32', '2026-01-05T11:00:00.000Z', []],
    ]);
    expect(server.requests[0]?.headers.authorization).toBe('sb-raw');
    expect(bodies()).toEqual([
      [
        '/chat/Chatbot/ChatContentHistory',
        { SerialNumber: 'sn1', StartTime: '2026-01-05', EndTime: '2026-01-05' },
      ],
    ]);
  });

  it('retries a 503 (the spec marks getChatHistory x-idempotent)', async () => {
    let calls = 0;
    server = await startLoopbackServer((_req, res) => {
      calls++;
      if (calls === 1) sendJson(res, 503, { Success: false, Code: 503, Message: 'Busy' });
      else sendJson(res, 200, ok([]));
    });
    const client = createSmarterBotClient({ apiKey: 'k', baseUrl: server.url, retry: fastRetry });
    expect(await client.getChatHistory({ serialNumber: 'sn1' })).toEqual([]);
    expect(calls).toBe(2);
  });

  it('raises VendorEnvelopeError for Success: false inside HTTP 200', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, {
        Data: null,
        Version: '1.0.0',
        Success: false,
        Code: 404,
        Message: 'Chatbot not found',
      }),
    );
    const client = createSmarterBotClient({ apiKey: 'k', baseUrl: server.url });
    await expect(client.getChatHistory({ serialNumber: 'sn1' })).rejects.toMatchObject({
      operation: 'getChatHistory',
      vendorCode: 404,
      vendorMessage: 'Chatbot not found',
    });
  });

  it.each<[string, GetChatHistoryParams]>([
    ['serialNumber', { serialNumber: '' }],
    ['startTime', { serialNumber: 'sn', startTime: '2026-1-5' }],
    ['endTime', { serialNumber: 'sn', endTime: new Date('nope') }],
    ['startTime', { serialNumber: 'sn', startTime: '2026-01-06', endTime: '2026-01-05' }],
  ])('rejects a bad %s before sending anything', async (parameter, params) => {
    server = await serve([]);
    const client = createSmarterBotClient({ apiKey: 'k', baseUrl: server.url });
    const error = await client.getChatHistory(params).catch((e: unknown) => e);
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ parameter, operation: 'getChatHistory' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('getMessageCount', () => {
  it('POSTs SerialNumber and returns Data as a number', async () => {
    server = await serve(1847);
    const client = createSmarterBotClient({ apiKey: 'k', baseUrl: server.url });
    expect(await client.getMessageCount({ serialNumber: 'sn1' })).toBe(1847);
    expect(bodies()).toEqual([['/chat/Chatbot/GetMessageCountByChatbot', { SerialNumber: 'sn1' }]]);
  });

  it('raises VendorNormalizationError when a successful envelope carries no count', async () => {
    server = await serve(null);
    const client = createSmarterBotClient({ apiKey: 'k', baseUrl: server.url });
    const error = await client.getMessageCount({ serialNumber: 'sn1' }).catch((e: unknown) => e);
    expect(isVendorNormalizationError(error)).toBe(true);
    expect(error).toMatchObject({ operation: 'getMessageCount' });
  });

  it('rejects a missing serialNumber before sending anything', async () => {
    server = await serve(1);
    const client = createSmarterBotClient({ apiKey: 'k', baseUrl: server.url, serialNumber: 'sn' });
    const error = await client
      .getMessageCount({} as { serialNumber: string })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ parameter: 'serialNumber', operation: 'getMessageCount' });
    expect(server.requests).toHaveLength(0);
  });
});
