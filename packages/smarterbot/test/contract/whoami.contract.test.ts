import {
  isVendorArgumentError,
  isVendorAuthenticationError,
  isVendorEnvelopeError,
} from '@botbridge/core';
import { dropHeader, mockUrl, recordingFetch } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createSmarterBotClient } from '../../src/index.js';
import { responseValidators } from '../../src/validators.js';

// whoami() against the Prism mock of specs/smarterbot/openapi.yaml in examples mode (see
// global-setup.ts): it sends GetMessageCountByChatbot for the client's chatbot over real HTTP.
const baseUrl = mockUrl('smarterbot');
const apiKey = 'sb_contract_whoami_key_7e31';
const serialNumber = '36KqVbT9wLmN4pRsXy2ZaC8dEfGh1JkLmN';
const recorder = recordingFetch();
const client = createSmarterBotClient({
  apiKey,
  baseUrl,
  serialNumber,
  fetch: recorder.fetch,
  retry: false,
  validateResponses: 'strict',
  validators: responseValidators,
});
const prefer = (value: string) => ({ headers: { Prefer: value } });

describe('whoami() (GetMessageCountByChatbot) against Prism', () => {
  it('returns the chatbot the key was accepted for, with the envelope as raw', async () => {
    const identity = await client.whoami(prefer('example=typical'));
    expect(identity).toEqual({
      vendor: 'smarterbot',
      accountId: serialNumber,
      raw: { Data: 1847, Version: '1.0.0', Success: true, Code: 200, Message: '' },
    });
    expect(identity).not.toHaveProperty('name');
    const [exchange] = recorder.exchanges.slice(-1);
    expect(exchange).toMatchObject({ method: 'POST', status: 200 });
    expect(exchange?.url).toBe(`${baseUrl}/chat/Chatbot/GetMessageCountByChatbot`);
  });

  it('accepts a chatbot that has no messages yet (Data: 0)', async () => {
    const identity = await client.whoami(prefer('example=zero'));
    expect(identity.accountId).toBe(serialNumber);
    expect(identity.raw.Data).toBe(0);
  });

  it('refuses a client without serialNumber before sending anything', async () => {
    const sent = recorder.exchanges.length;
    const keyOnly = createSmarterBotClient({
      apiKey,
      baseUrl,
      fetch: recorder.fetch,
      retry: false,
    });
    const error = await keyOnly.whoami().catch((e: unknown) => e);
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({
      vendor: 'smarterbot',
      operation: 'whoami',
      parameter: 'serialNumber',
    });
    expect(recorder.exchanges).toHaveLength(sent);
  });

  it('maps a key the mock refuses (no Authorization) to VendorAuthenticationError', async () => {
    // A proxy that strips the header: Prism then enforces the spec's security scheme.
    const stripping = recordingFetch(dropHeader('Authorization'));
    const keyless = createSmarterBotClient({
      apiKey,
      baseUrl,
      serialNumber,
      fetch: stripping.fetch,
      retry: false,
    });
    const error = await keyless.whoami().catch((e: unknown) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, vendor: 'smarterbot' });
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(apiKey);
  });

  it.each([401, 403])('maps a declared %i to VendorAuthenticationError', async (code) => {
    const failure = client.whoami(prefer(`code=${code}`));
    await expect(failure).rejects.toSatisfy(isVendorAuthenticationError);
    await expect(failure).rejects.toMatchObject({
      status: code,
      vendor: 'smarterbot',
      operation: 'getMessageCount',
    });
  });

  it('raises VendorEnvelopeError for a key refused inside an HTTP 200', async () => {
    const failure = client.whoami(prefer('example=businessFailure'));
    await expect(failure).rejects.toSatisfy(isVendorEnvelopeError);
    await expect(failure).rejects.toMatchObject({ status: 200, vendorCode: 401 });
  });

  afterAll(() => {
    // Every request the client sent passed Prism's request validation.
    expect(recorder.exchanges.length).toBeGreaterThan(0);
    expect(recorder.exchanges.filter((e) => e.violations !== null)).toEqual([]);
  });
});
