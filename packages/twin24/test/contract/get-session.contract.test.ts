import {
  isVendorAuthenticationError,
  isVendorHttpError,
  isVendorRateLimitError,
} from '@botbridge/core';
import { mockUrl, recordingFetch } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createTwin24Client } from '../../src/index.js';

// GET /sessions/{sessionId} (getSession) against Prism.
const baseUrl = mockUrl('twin24');
const token = 'eyJhbGciOiJIUzI1NiJ9.twin-contract-payload.c0ntr4ct';
const recorder = recordingFetch();
const client = createTwin24Client({ token, baseUrl, fetch: recorder.fetch, retry: false });
const id = '0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61';

describe('GET /sessions/{sessionId} (getSession) against Prism', () => {
  it.each(['withOperators', 'botOnly', 'nulls', 'operatorsAsString'])(
    'normalizes the %s example without errors',
    async (example) => {
      const session = await client.getSession(id, { headers: { Prefer: `example=${example}` } });
      expect(session.vendor).toBe('twin24');
      expect(session.id).not.toBe('');
      expect(session.raw).toBeTypeOf('object');
      if (example === 'withOperators') {
        expect(session).toMatchObject({ status: 'closed', assigneeId: '90577', handedOff: true });
      }
      if (example === 'botOnly') {
        expect(session).toMatchObject({ handedOff: false, contact: { id: '15555550123' } });
      }
      if (example === 'nulls') expect(session).toMatchObject({ status: 'unknown', tags: [] });
      if (example === 'operatorsAsString') {
        // The JSON-encoded operator history is decoded; the string stays in raw as sent.
        expect(session).toMatchObject({ assigneeId: '90577', handedOff: true });
        expect(session.raw.operators).toBeTypeOf('string');
      }
    },
  );

  it('answers the Source’s conversation(id)', async () => {
    const conversation = await client.conversation(id);
    expect(conversation).toMatchObject({ vendor: 'twin24', id });
  });

  it.each([
    [401, isVendorAuthenticationError],
    [403, isVendorAuthenticationError],
    [404, isVendorHttpError],
    [429, isVendorRateLimitError],
    [500, isVendorHttpError],
  ])('maps a declared %i to the matching error class', async (status, guard) => {
    const failure = client.getSession(id, { headers: { Prefer: `code=${status}` } });
    await expect(failure).rejects.toSatisfy(guard);
    await expect(failure).rejects.toMatchObject({
      status,
      vendor: 'twin24',
      operation: 'getSession',
    });
  });

  afterAll(() => {
    expect(recorder.exchanges.length).toBeGreaterThan(0);
    expect(recorder.exchanges.filter((e) => e.violations !== null)).toEqual([]);
  });
});
