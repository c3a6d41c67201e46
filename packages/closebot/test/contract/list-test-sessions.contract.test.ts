import { isVendorAuthenticationError, isVendorHttpError } from '@botbridge/core';
import { dropHeader, mockUrl, recordingFetch } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createCloseBotClient } from '../../src/index.js';

// Contract tests against the real Prism mock of specs/closebot/openapi.yaml (see global-setup.ts).
// Prism answers from the spec's examples, so these check shapes and statuses, not sequences.
const baseUrl = mockUrl('closebot');
const apiKey = 'cb_contract_test_key_5d1f';
const recorder = recordingFetch();
const client = createCloseBotClient({ apiKey, baseUrl, fetch: recorder.fetch, retry: false });

describe('GET /bot/{botId}/testSession (listTestSessions) against Prism', () => {
  it('returns normalized leads from the {leads, total} envelope', async () => {
    const page = await client.listTestSessions({ botId: 'bot_7QH2KD9W0ZP4MX1C' });
    expect(page.total).toBeTypeOf('number');
    expect(page.leads.length).toBeGreaterThan(0);
    for (const lead of page.leads) {
      expect(lead.vendor).toBe('closebot');
      expect(lead.id).not.toBe('');
      expect(lead.raw).toBeTypeOf('object');
      if (lead.updatedAt)
        expect(lead.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
  });

  it.each(['typical', 'nullsAndEmptyLists', 'bareArray', 'empty', 'naiveTimestamps'])(
    'normalizes the %s example without errors',
    async (example) => {
      const page = await client.listTestSessions(
        { botId: 'bot_7QH2KD9W0ZP4MX1C', offset: 0, maxCount: 50 },
        { headers: { Prefer: `example=${example}` } },
      );
      for (const lead of page.leads) {
        expect(lead.tags).toBeInstanceOf(Array);
        expect(lead.fields).toBeTypeOf('object');
      }
      if (example === 'bareArray') expect(page.total).toBeUndefined();
      if (example === 'empty') expect(page).toEqual({ leads: [], total: 0 });
    },
  );

  it('iterates every session through the async iterator', async () => {
    const seen = [];
    for await (const lead of client.testSessions({ botId: 'bot_7QH2KD9W0ZP4MX1C', maxCount: 10 }))
      seen.push(lead);
    expect(seen.length).toBeGreaterThan(0);
  });

  it('maps a missing bot (404) to VendorHttpError', async () => {
    const failure = client.listTestSessions(
      { botId: 'bot_missing' },
      { headers: { Prefer: 'code=404' } },
    );
    await expect(failure).rejects.toSatisfy(isVendorHttpError);
    await expect(failure).rejects.toMatchObject({
      status: 404,
      vendor: 'closebot',
      operation: 'listTestSessions',
    });
  });

  it('maps missing credentials to VendorAuthenticationError without leaking the key', async () => {
    // A proxy that strips the key header: Prism then enforces the spec's security scheme.
    const stripping = recordingFetch(dropHeader('X-CB-KEY'));
    const keyless = createCloseBotClient({ apiKey, baseUrl, fetch: stripping.fetch, retry: false });
    const error = await keyless
      .listTestSessions({ botId: 'bot_7QH2KD9W0ZP4MX1C' })
      .catch((e: unknown) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401 });
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(apiKey);
  });

  afterAll(() => {
    // Every request the client sent passed Prism's request validation.
    expect(recorder.exchanges.length).toBeGreaterThan(0);
    expect(recorder.exchanges.filter((e) => e.violations !== null)).toEqual([]);
  });
});
