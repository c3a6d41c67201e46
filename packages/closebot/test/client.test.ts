import {
  isVendorArgumentError,
  isVendorAuthenticationError,
  isVendorRateLimitError,
  type RetryEvent,
} from '@botbridge/core';
import { type LoopbackServer, sendJson, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createCloseBotClient, type LeadDto } from '../src/index.js';

// Behaviour tests on a real HTTP server on 127.0.0.1 with scripted answers.
const lead = (id: string): LeadDto => ({
  id,
  name: `Lead ${id}`,
  starred: false,
  unread: false,
  tags: [],
  fields: [],
});
const fastRetry = { baseDelayMs: 1, maxDelayMs: 5 };
let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('createCloseBotClient behaviour', () => {
  it('pages through every session with offset/maxCount until total is reached', async () => {
    const all = Array.from({ length: 7 }, (_, i) => lead(`L${i}`));
    server = await startLoopbackServer((req, res) => {
      const url = new URL(req.url, 'http://x');
      const offset = Number(url.searchParams.get('offset'));
      const max = Number(url.searchParams.get('maxCount'));
      sendJson(res, 200, { leads: all.slice(offset, offset + max), total: all.length });
    });
    const client = createCloseBotClient({ apiKey: 'k-paging', baseUrl: server.url });
    const ids: string[] = [];
    for await (const item of client.testSessions({ botId: 'b1', maxCount: 3 })) ids.push(item.id);
    expect(ids).toEqual(all.map((l) => l.id));
    expect(server.requests.map((r) => r.url)).toEqual([
      '/bot/b1/testSession?offset=0&maxCount=3',
      '/bot/b1/testSession?offset=3&maxCount=3',
      '/bot/b1/testSession?offset=6&maxCount=3',
    ]);
    expect(server.requests[0]?.headers['x-cb-key']).toBe('k-paging');
  });

  it('pages the bare-array form until a short page', async () => {
    const all = Array.from({ length: 5 }, (_, i) => lead(`A${i}`));
    server = await startLoopbackServer((req, res) => {
      const url = new URL(req.url, 'http://x');
      const offset = Number(url.searchParams.get('offset'));
      sendJson(res, 200, all.slice(offset, offset + 2));
    });
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url });
    const ids: string[] = [];
    for await (const item of client.testSessions({ botId: 'b1', maxCount: 2 })) ids.push(item.id);
    expect(ids).toEqual(['A0', 'A1', 'A2', 'A3', 'A4']);
    expect(server.requests).toHaveLength(3);
  });

  it('retries a 503 and then succeeds', async () => {
    let calls = 0;
    server = await startLoopbackServer((_req, res) => {
      calls++;
      if (calls < 3) sendJson(res, 503, { title: 'Service Unavailable' });
      else sendJson(res, 200, { leads: [lead('ok')], total: 1 });
    });
    const events: RetryEvent[] = [];
    const client = createCloseBotClient({
      apiKey: 'k',
      baseUrl: server.url,
      retry: { ...fastRetry, onRetry: (e) => events.push(e) },
    });
    const page = await client.listTestSessions({ botId: 'b1' });
    expect(page.leads.map((l) => l.id)).toEqual(['ok']);
    expect(calls).toBe(3);
    expect(events.map((e) => [e.retry, e.status, e.operation])).toEqual([
      [1, 503, 'listTestSessions'],
      [2, 503, 'listTestSessions'],
    ]);
  });

  it('does not retry a 401 and raises VendorAuthenticationError', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 401, { error: 'upgrade required' }),
    );
    const client = createCloseBotClient({
      apiKey: 'cb_secret_abcdef',
      baseUrl: server.url,
      retry: fastRetry,
    });
    const error = await client.listTestSessions({ botId: 'b1' }).catch((e: unknown) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect((error as Error).message).toContain('upgrade required');
    expect(server.requests).toHaveLength(1);
  });

  it('gives up with VendorRateLimitError when Retry-After exceeds the cap', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 429, { title: 'Too Many Requests' }, { 'Retry-After': '3600' }),
    );
    const client = createCloseBotClient({
      apiKey: 'k',
      baseUrl: server.url,
      retry: { ...fastRetry, maxRetryAfterMs: 1_000 },
    });
    const error = await client.listTestSessions({ botId: 'b1' }).catch((e: unknown) => e);
    expect(isVendorRateLimitError(error)).toBe(true);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 3_600_000 });
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ['botId', { botId: '' }],
    ['offset', { botId: 'b', offset: -1 }],
    ['maxCount', { botId: 'b', maxCount: 0 }],
    ['maxCount', { botId: 'b', maxCount: 2.5 }],
  ])('rejects a bad %s before sending anything', async (parameter, params) => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, []));
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url });
    const error = await client.listTestSessions(params).catch((e: unknown) => e);
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ parameter });
    expect(server.requests).toHaveLength(0);
  });

  it('refuses to build a client without an API key', () => {
    expect(() => createCloseBotClient({ apiKey: '' })).toThrow(/apiKey/);
  });
});
