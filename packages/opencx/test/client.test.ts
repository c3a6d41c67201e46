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
import { type ChatSession, createOpenCxClient } from '../src/index.js';

// Behaviour tests on a real HTTP server on 127.0.0.1 with scripted answers.
const SESSION_ID = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';
const session = (id: string): ChatSession => ({
  id,
  status: 'open',
  ai_closure_type: null,
  sentiment: 'happy',
  channel: { type: 'web' },
  created_at: '2026-03-14T09:12:45Z',
  updated_at: '2026-03-14T09:18:02Z',
});
const fastRetry = { baseDelayMs: 1, maxDelayMs: 5 };
let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('createOpenCxClient behaviour', () => {
  it('sends the key as a bearer token and returns the normalized session', async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, session(SESSION_ID)));
    const client = createOpenCxClient({ apiKey: 'ocx_live_k1', baseUrl: server.url });
    const conversation = await client.getChatSession(SESSION_ID);
    expect(conversation).toMatchObject({
      vendor: 'opencx',
      id: SESSION_ID,
      status: 'open',
      sentiment: 'positive',
    });
    expect(server.requests.map((r) => [r.method, r.url])).toEqual([
      ['GET', `/chat/sessions/${SESSION_ID}`],
    ]);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer ocx_live_k1');
  });

  it('retries a 503 and then succeeds', async () => {
    let calls = 0;
    server = await startLoopbackServer((_req, res) => {
      calls++;
      if (calls < 3) sendJson(res, 503, { statusCode: 503, message: 'Service Unavailable' });
      else sendJson(res, 200, session(SESSION_ID));
    });
    const events: RetryEvent[] = [];
    const client = createOpenCxClient({
      apiKey: 'k',
      baseUrl: server.url,
      retry: { ...fastRetry, onRetry: (e) => events.push(e) },
    });
    const conversation = await client.getChatSession(SESSION_ID);
    expect(conversation.id).toBe(SESSION_ID);
    expect(calls).toBe(3);
    expect(events.map((e) => [e.retry, e.status, e.operation])).toEqual([
      [1, 503, 'getChatSession'],
      [2, 503, 'getChatSession'],
    ]);
  });

  it('does not retry a 401 and raises VendorAuthenticationError without the key', async () => {
    const apiKey = 'ocx_live_secret_abcdef';
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 401, { statusCode: 401, message: 'Unauthorized', error: 'Unauthorized' }),
    );
    const client = createOpenCxClient({ apiKey, baseUrl: server.url, retry: fastRetry });
    const error = await client.getChatSession(SESSION_ID).catch((e: unknown) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect((error as Error).message).toBe(
      'opencx getChatSession failed with HTTP 401: Unauthorized',
    );
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(apiKey);
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    [
      'a 404 with a string message',
      404,
      { statusCode: 404, message: 'Chat session not found', error: 'Not Found' },
      'HTTP 404: Not Found — Chat session not found',
    ],
    [
      'a 400 with a list of messages',
      400,
      {
        statusCode: 400,
        message: ['session_id must be a UUID', 'session_id is required'],
        error: 'Bad Request',
      },
      'HTTP 400: Bad Request — session_id must be a UUID — session_id is required',
    ],
    ['a 404 without a body it can read', 404, 'not json at all', 'HTTP 404: not json at all'],
  ])(
    'maps %s to VendorHttpError with the reason, sent once',
    async (_name, status, body, message) => {
      server = await startLoopbackServer((_req, res) => {
        if (typeof body === 'string') {
          res.writeHead(status, { 'content-type': 'text/plain' });
          res.end(body);
        } else sendJson(res, status, body);
      });
      const client = createOpenCxClient({ apiKey: 'k', baseUrl: server.url, retry: fastRetry });
      const error = await client.getChatSession(SESSION_ID).catch((e: unknown) => e);
      expect(isVendorHttpError(error)).toBe(true);
      expect(isVendorAuthenticationError(error)).toBe(false);
      expect(error).toMatchObject({ status, vendor: 'opencx', operation: 'getChatSession' });
      expect((error as Error).message).toContain(message);
      expect(server.requests).toHaveLength(1);
    },
  );

  it('gives up with VendorRateLimitError when Retry-After exceeds the cap', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(
        res,
        429,
        { statusCode: 429, message: 'Too Many Requests' },
        { 'Retry-After': '3600' },
      ),
    );
    const client = createOpenCxClient({
      apiKey: 'k',
      baseUrl: server.url,
      retry: { ...fastRetry, maxRetryAfterMs: 1_000 },
    });
    const error = await client.getChatSession(SESSION_ID).catch((e: unknown) => e);
    expect(isVendorRateLimitError(error)).toBe(true);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 3_600_000 });
    expect(server.requests).toHaveLength(1);
  });

  it('raises VendorNormalizationError when a 200 carries no session object', async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, [session(SESSION_ID)]));
    const client = createOpenCxClient({ apiKey: 'k', baseUrl: server.url });
    const error = await client.getChatSession(SESSION_ID).catch((e: unknown) => e);
    expect(isVendorNormalizationError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'opencx', operation: 'getChatSession' });
  });

  it.each([
    ['an empty string', ''],
    ['a non-UUID', 'session-42'],
    ['a UUID without hyphens', '6f1c2d3e4a5b4c6d8e7f901a2b3c4d5e'],
    ['a padded UUID', ` ${SESSION_ID} `],
    ['a path traversal', `${SESSION_ID}/../../contacts`],
    ['a number', 42],
  ])('rejects %s as sessionId before sending anything', async (_name, sessionId) => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, session(SESSION_ID)));
    const client = createOpenCxClient({ apiKey: 'k', baseUrl: server.url });
    const error = await client.getChatSession(sessionId as string).catch((e: unknown) => e);
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ parameter: 'sessionId', operation: 'getChatSession' });
    expect(server.requests).toHaveLength(0);
  });

  it('accepts upper-case and nil UUIDs', async () => {
    server = await startLoopbackServer((req, res) =>
      sendJson(res, 200, session(req.url.split('/').pop() ?? '')),
    );
    const client = createOpenCxClient({ apiKey: 'k', baseUrl: server.url });
    for (const id of [SESSION_ID.toUpperCase(), '00000000-0000-0000-0000-000000000000']) {
      expect((await client.getChatSession(id)).id).toBe(id);
    }
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
  ])('refuses to build a client with an %s API key', (_name, apiKey) => {
    expect(() => createOpenCxClient({ apiKey })).toThrow(/apiKey/);
  });
});
