import {
  isVendorAuthenticationError,
  isVendorHttpError,
  isVendorRateLimitError,
} from '@botbridge/core';
import { dropHeader, mockUrl, recordingFetch } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createTwin24Client } from '../../src/index.js';

// Contract tests against the real Prism mock of specs/twin24/openapi.yaml (see global-setup.ts).
// Prism answers from the spec's examples, so these check shapes and statuses, not sequences.
const baseUrl = mockUrl('twin24');
const token = 'eyJhbGciOiJIUzI1NiJ9.twin-contract-payload.c0ntr4ct';
const recorder = recordingFetch();
const client = createTwin24Client({ token, baseUrl, fetch: recorder.fetch, retry: false });
const filters = {
  from: '2026-03-01T00:00:00+03:00',
  to: new Date('2026-03-31T20:59:59Z'),
  botId: '5f0c1a7e-3b2d-4c8e-9a61-2d7f4e8b9c10',
  companyId: 48213,
  showAllSupervised: false,
  sort: '-createdAt,+price',
};

describe('GET /search/chat/sessions (searchChatSessions) against Prism', () => {
  it('returns normalized conversations and the total count', async () => {
    const page = await client.searchChatSessions({ ...filters, limit: 50, offset: 0 });
    expect(page.count).toBeTypeOf('number');
    expect(page.conversations.length).toBeGreaterThan(0);
    for (const conversation of page.conversations) {
      expect(conversation.vendor).toBe('twin24');
      expect(conversation.id).not.toBe('');
      expect(['open', 'closed', 'unknown']).toContain(conversation.status);
      expect(conversation.raw).toBeTypeOf('object');
      if (conversation.createdAt) {
        expect(conversation.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      }
    }
  });

  it.each(['typical', 'fewFields', 'nullsAndGaps', 'empty'])(
    'normalizes the %s example without errors',
    async (example) => {
      const page = await client.searchChatSessions(
        { fields: ['id', 'createdAt', 'status'], limit: 10, offset: 0 },
        { headers: { Prefer: `example=${example}` } },
      );
      for (const conversation of page.conversations) {
        expect(conversation.tags).toEqual([]);
        expect(conversation.id).not.toBe('');
      }
      if (example === 'empty') expect(page).toEqual({ conversations: [], count: 0 });
      if (example === 'typical') {
        expect(page.conversations[0]).toMatchObject({
          status: 'closed',
          channel: 'telegram',
          handedOff: true,
        });
      }
      if (example === 'nullsAndGaps') {
        expect(page.conversations[0]).toMatchObject({ status: 'open', messageCount: 1 });
        // takenByOperatorAt was not returned, so a handoff can be neither confirmed nor ruled out.
        expect(page.conversations[0]?.handedOff).toBeUndefined();
      }
    },
  );

  it('iterates every session through the async iterator', async () => {
    const seen = [];
    for await (const conversation of client.chatSessions({ ...filters, limit: 100 })) {
      seen.push(conversation);
    }
    expect(seen.length).toBeGreaterThan(0);
  });

  it.each([
    [400, isVendorHttpError],
    [401, isVendorAuthenticationError],
    [403, isVendorAuthenticationError],
    [429, isVendorRateLimitError],
    [500, isVendorHttpError],
  ])('maps a declared %i to the matching error class', async (status, guard) => {
    const failure = client.searchChatSessions({}, { headers: { Prefer: `code=${status}` } });
    await expect(failure).rejects.toSatisfy(guard);
    await expect(failure).rejects.toMatchObject({
      status,
      vendor: 'twin24',
      operation: 'searchChatSessions',
    });
  });

  it('maps missing credentials to VendorAuthenticationError without leaking the token', async () => {
    // A proxy that strips the Authorization header: Prism then enforces the spec's bearer scheme.
    const stripping = recordingFetch(dropHeader('Authorization'));
    const tokenless = createTwin24Client({ token, baseUrl, fetch: stripping.fetch, retry: false });
    const error = await tokenless.searchChatSessions().catch((e: unknown) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401 });
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(token);
  });

  afterAll(() => {
    // Every request the client sent passed Prism's request validation.
    expect(recorder.exchanges.length).toBeGreaterThan(0);
    expect(recorder.exchanges.filter((e) => e.violations !== null)).toEqual([]);
  });
});
