import {
  collect,
  isVendorAuthenticationError,
  isVendorHttpError,
  isVendorRateLimitError,
} from '@botbridge/core';
import { mockUrl, recordingFetch } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createTwin24Client } from '../../src/index.js';
import { credentials, EXAMPLES_ISSUED_AT, noteAuthorization, preferOn } from './prism.js';

// GET /sessions (listSessions) against Prism: shapes and statuses from the spec's examples.
const baseUrl = mockUrl('twin24');
const token = 'eyJhbGciOiJIUzI1NiJ9.twin-contract-payload.c0ntr4ct';
const recorder = recordingFetch();
const client = createTwin24Client({ token, baseUrl, fetch: recorder.fetch, retry: false });
const filters = {
  from: '2026-03-01T00:00:00+03:00',
  to: new Date('2026-03-31T20:59:59Z'),
  sort: '-lastMessageCreatedAt',
  markedAsSpam: false,
  clientBanned: false,
  groupByClientId: false,
  status: 'ACTIVE',
  tags: ['vip', 'delivery'],
  keyword: 'order',
};

describe('GET /sessions (listSessions) against Prism', () => {
  it.each(['typicalPage', 'empty', 'nullsAndGaps'])(
    'normalizes the %s example without errors',
    async (example) => {
      const page = await client.listSessions(
        { ...filters, limit: 50, offset: 0 },
        { headers: { Prefer: `example=${example}` } },
      );
      for (const conversation of page.conversations) {
        expect(conversation.vendor).toBe('twin24');
        expect(conversation.id).not.toBe('');
        expect(['open', 'closed', 'unknown']).toContain(conversation.status);
        expect(conversation.raw).toBeTypeOf('object');
      }
      if (example === 'empty') expect(page).toEqual({ conversations: [], count: 0 });
      if (example === 'typicalPage') {
        expect(page.count).toBe(37);
        expect(page.conversations[0]).toMatchObject({
          status: 'open',
          channel: 'telegram',
          handedOff: true,
          tags: ['vip', 'delivery'],
          createdAt: '2026-03-12T07:15:04.000Z',
        });
      }
      if (example === 'nullsAndGaps') {
        expect(page.count).toBeUndefined();
        expect(page.conversations[0]).toMatchObject({ status: 'unknown', channel: 'telegram' });
      }
    },
  );

  it('the iterator and the Source end on Prism’s static page instead of re-reading it', async () => {
    const sessions = await collect(client.sessions({ limit: 100 }));
    const conversations = await collect(client.conversations({ since: '2026-03-01T00:00:00Z' }));
    expect(sessions.length).toBeGreaterThan(0);
    expect(new Set(sessions.map((s) => s.id)).size).toBe(sessions.length);
    expect(conversations.map((c) => c.id)).toEqual(sessions.map((s) => s.id));
  });

  it('accepts the query the vendor SDK sends: flags as 1/0, fields and its common list parameters', async () => {
    // What Twin's PHP SDK puts in the URL (PHP's form encoding writes booleans as 1/0); the typed
    // `api` takes both flag forms. The recorder checks that Prism found nothing to refuse.
    const { response, data } = await client.api.GET('/sessions', {
      baseUrl: client.serviceUrls.chat,
      params: {
        query: {
          limit: 5,
          markedAsSpam: '1',
          clientBanned: '0',
          groupByClientId: '0',
          withoutCount: '0',
          withoutItems: '0',
          fields: ['id', 'startedAt', 'operators', 'someNewField'],
          group: 'clientId',
          timezone: 3,
          language: 'ru',
          offsetField: 'id',
          offsetValue: '0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61',
        },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.items.length).toBeGreaterThan(0);
    const sent = new URL(response.url).searchParams;
    expect(sent.get('markedAsSpam')).toBe('1');
    expect(sent.get('fields')).toBe('id,startedAt,operators,someNewField');
  });

  it.each([
    [400, isVendorHttpError],
    [401, isVendorAuthenticationError],
    [403, isVendorAuthenticationError],
    [429, isVendorRateLimitError],
    [500, isVendorHttpError],
  ])('maps a declared %i to the matching error class', async (status, guard) => {
    const failure = client.listSessions({}, { headers: { Prefer: `code=${status}` } });
    await expect(failure).rejects.toSatisfy(guard);
    await expect(failure).rejects.toMatchObject({
      status,
      vendor: 'twin24',
      operation: 'listSessions',
    });
  });

  it('with credentials, "Token is expired." is refreshed once and the request repeated once', async () => {
    const stale = recordingFetch(preferOn('/sessions', 'code=401, example=tokenExpired'));
    const noted = noteAuthorization(stale.fetch);
    const renewing = createTwin24Client({
      baseUrl,
      credentials,
      fetch: noted.fetch,
      retry: false,
      now: () => EXAMPLES_ISSUED_AT,
    });
    const error = await renewing.listSessions().catch((e: unknown) => e);
    // Prism answers the repeated request with the same 401: it is final, nothing loops.
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect((error as Error).message).toContain('Token is expired.');
    expect(noted.notes.map((n) => n.path)).toEqual([
      '/auth/login',
      '/sessions',
      '/auth/refresh',
      '/sessions',
    ]);
    expect(noted.notes[3]?.authorization).not.toBe(noted.notes[1]?.authorization);
    recorder.exchanges.push(...stale.exchanges);
  });

  afterAll(() => {
    expect(recorder.exchanges.length).toBeGreaterThan(0);
    expect(recorder.exchanges.filter((e) => e.violations !== null)).toEqual([]);
  });
});
