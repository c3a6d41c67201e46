import {
  isVendorAuthenticationError,
  isVendorEnvelopeError,
  isVendorHttpError,
  isVendorRateLimitError,
} from '@botbridge/core';
import { mockUrl, recordingFetch } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createSmarterBotClient } from '../../src/index.js';

// Contract tests against the real Prism mock of specs/smarterbot/openapi.yaml (see global-setup.ts).
const baseUrl = mockUrl('smarterbot');
const recorder = recordingFetch();
const client = createSmarterBotClient({
  apiKey: 'sb_contract_test_key_2c94',
  baseUrl,
  fetch: recorder.fetch,
  retry: false,
});
const params = { serialNumber: '36KqVbT9wLmN4pRsXy2ZaC8dEfGh1JkLmN' };
const prefer = (value: string) => ({ headers: { Prefer: value } });

describe('POST /chat/Chatbot/GetMessageCountByChatbot (getMessageCount) against Prism', () => {
  it.each([
    ['typical', 1847],
    ['zero', 0],
  ])('reads the %s example as a number', async (example, want) => {
    expect(await client.getMessageCount(params, prefer(`example=${example}`))).toBe(want);
  });

  it('raises VendorEnvelopeError for the businessFailure example (HTTP 200, Success: false)', async () => {
    const failure = client.getMessageCount(params, prefer('example=businessFailure'));
    await expect(failure).rejects.toSatisfy(isVendorEnvelopeError);
    await expect(failure).rejects.toMatchObject({
      operation: 'getMessageCount',
      status: 200,
      vendorCode: 401,
      vendorMessage: 'Invalid key',
    });
  });

  it.each([
    [400, isVendorHttpError],
    [404, isVendorHttpError],
    [500, isVendorHttpError],
    [503, isVendorHttpError], // the spec's `default` response
    [401, isVendorAuthenticationError],
    [403, isVendorAuthenticationError],
    [429, isVendorRateLimitError],
  ])(
    'maps a declared %i to the right error class with the envelope message',
    async (code, guard) => {
      const failure = client.getMessageCount(params, prefer(`code=${code}`));
      await expect(failure).rejects.toSatisfy(guard);
      await expect(failure).rejects.toMatchObject({
        status: code,
        vendor: 'smarterbot',
        operation: 'getMessageCount',
      });
      await expect(failure).rejects.toThrow(`(Code ${code})`);
    },
  );

  afterAll(() => {
    // Every request the client sent passed Prism's request validation.
    expect(recorder.exchanges.length).toBeGreaterThan(0);
    expect(recorder.exchanges.filter((e) => e.violations !== null)).toEqual([]);
  });
});
