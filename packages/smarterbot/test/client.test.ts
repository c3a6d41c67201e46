import {
  isVendorArgumentError,
  isVendorAuthenticationError,
  isVendorEnvelopeError,
  isVendorNormalizationError,
  isVendorRateLimitError,
  type RetryEvent,
} from '@botbridge/core';
import { type LoopbackServer, sendJson, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createSmarterBotClient, type LeadRecord, type ListLeadsParams } from '../src/index.js';

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
