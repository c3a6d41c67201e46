import {
  collect,
  isVendorAuthenticationError,
  isVendorHttpError,
  isVendorRateLimitError,
} from '@botbridge/core';
import { mockUrl, recordingFetch } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createTwin24Client } from '../../src/index.js';

// GET /sessions/{sessionId}/messages (listSessionMessages) against Prism.
const baseUrl = mockUrl('twin24');
const token = 'eyJhbGciOiJIUzI1NiJ9.twin-contract-payload.c0ntr4ct';
const recorder = recordingFetch();
const client = createTwin24Client({ token, baseUrl, fetch: recorder.fetch, retry: false });
const id = '0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61';
const params = {
  limit: 100,
  offset: 0,
  from: '2026-03-12T00:00:00+03:00',
  to: new Date('2026-03-13T00:00:00Z'),
  sort: 'createdAt',
  companyId: 48213,
};

describe('GET /sessions/{sessionId}/messages (listSessionMessages) against Prism', () => {
  it.each(['conversation', 'empty', 'nulls'])(
    'normalizes the %s example without errors',
    async (example) => {
      const page = await client.listSessionMessages(id, params, {
        headers: { Prefer: `example=${example}` },
      });
      for (const message of page.messages) {
        expect(message).toMatchObject({ vendor: 'twin24', conversationId: id });
        expect(message.id).not.toBe('');
        expect(['contact', 'bot', 'agent', 'system']).toContain(message.role);
        expect(Array.isArray(message.attachments)).toBe(true);
      }
      if (example === 'empty') expect(page).toEqual({ messages: [], count: 0 });
      if (example === 'conversation') {
        expect(page.messages.map((m) => m.role)).toEqual([
          'contact',
          'bot',
          'system',
          'agent',
          'contact',
        ]);
        expect(page.messages[3]?.attachments).toEqual([
          {
            name: 'receipt-1042.pdf',
            url: 'https://files.example.com/chats/48213/8b9c0d1e.pdf',
            type: 'pdf',
          },
        ]);
      }
      if (example === 'nulls') {
        expect(page.messages.map((m) => m.role)).toEqual(['system', 'contact']);
        expect(page.messages[1]?.attachments).toEqual([{ name: 'photo', type: 'jpg' }]);
      }
    },
  );

  it('the iterator and the Source read the static page once', async () => {
    const messages = await collect(client.sessionMessages(id));
    const viaSource = await collect(client.messages(id, { until: '2026-03-13T00:00:00Z' }));
    expect(messages).toHaveLength(5);
    expect(viaSource.map((m) => m.id)).toEqual(messages.map((m) => m.id));
  });

  it.each([
    [400, isVendorHttpError],
    [401, isVendorAuthenticationError],
    [403, isVendorAuthenticationError],
    [404, isVendorHttpError],
    [429, isVendorRateLimitError],
    [500, isVendorHttpError],
  ])('maps a declared %i to the matching error class', async (status, guard) => {
    const failure = client.listSessionMessages(id, {}, { headers: { Prefer: `code=${status}` } });
    await expect(failure).rejects.toSatisfy(guard);
    await expect(failure).rejects.toMatchObject({
      status,
      vendor: 'twin24',
      operation: 'listSessionMessages',
    });
  });

  afterAll(() => {
    expect(recorder.exchanges.length).toBeGreaterThan(0);
    expect(recorder.exchanges.filter((e) => e.violations !== null)).toEqual([]);
  });
});
