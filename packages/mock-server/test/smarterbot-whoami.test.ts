import {
  isVendorArgumentError,
  isVendorAuthenticationError,
  isVendorHttpError,
} from '@botbridge/core';
import { createSmarterBotClient } from '@botbridge/smarterbot';
import { responseValidators } from '@botbridge/smarterbot/validators';
import { dropHeader, recordingFetch } from '@botbridge/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServers, startMockServers } from '../src/index.js';

// SmarterBot's whoami() (GetMessageCountByChatbot for the client's chatbot) against the mock over
// real HTTP, in both modes: the spec's example and the seeded dataset.

const apiKey = 'sb_whoami_mock_key';

describe('smarterbot whoami() against the mock', () => {
  let examples: MockServers<'smarterbot'>;
  let dataset: MockServers<'smarterbot'>;
  beforeAll(async () => {
    [examples, dataset] = await Promise.all([
      startMockServers({ vendors: ['smarterbot'], ports: { smarterbot: 0 } }),
      startMockServers({
        vendors: ['smarterbot'],
        ports: { smarterbot: 0 },
        dataset: { seed: 13, records: 24 },
      }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([examples?.stop(), dataset?.stop()]);
  });

  const client = (baseUrl: string, serialNumber: string | undefined, fetch = globalThis.fetch) =>
    createSmarterBotClient({
      apiKey,
      baseUrl,
      serialNumber,
      fetch,
      retry: false,
      validateResponses: 'strict',
      validators: responseValidators,
    });

  it('examples mode: answers with the spec example for any chatbot', async () => {
    const serialNumber = '36KqVbT9wLmN4pRsXy2ZaC8dEfGh1JkLmN';
    const identity = await client(examples.baseUrls.smarterbot, serialNumber).whoami();
    expect(identity).toMatchObject({ vendor: 'smarterbot', accountId: serialNumber });
    expect(identity.raw).toMatchObject({ Success: true, Code: 200 });
    expect(typeof identity.raw.Data).toBe('number');
  });

  it('dataset mode: names each chatbot of the dataset, with its message count as raw', async () => {
    const served = dataset.datasets.smarterbot;
    if (served === undefined) throw new Error('no smarterbot dataset');
    for (const { serialNumber } of served.chatbots) {
      const identity = await client(dataset.baseUrls.smarterbot, serialNumber).whoami();
      expect(identity).toEqual({
        vendor: 'smarterbot',
        accountId: serialNumber,
        raw: {
          Data: served.messageCountOf(serialNumber),
          Version: '1.0.0',
          Success: true,
          Code: 200,
          Message: '',
        },
      });
    }
    const sent = dataset.requests('smarterbot').slice(-served.chatbots.length);
    expect(sent.map((entry) => entry.operationId)).toEqual(
      served.chatbots.map(() => 'getMessageCount'),
    );
  });

  it('dataset mode: refuses a chatbot it does not hold with a 404', async () => {
    const error = await client(dataset.baseUrls.smarterbot, 'ffffffffffffffffffffffffffffffff')
      .whoami()
      .catch((e: unknown) => e);
    expect(isVendorHttpError(error)).toBe(true);
    expect(isVendorAuthenticationError(error)).toBe(false);
    expect(error).toMatchObject({ status: 404, operation: 'getMessageCount' });
  });

  it.each([
    ['examples', () => examples],
    ['dataset', () => dataset],
  ])('%s mode: a request without the key is a VendorAuthenticationError', async (_mode, mocks) => {
    const stripping = recordingFetch(dropHeader('Authorization'));
    const keyless = client(mocks().baseUrls.smarterbot, 'a'.repeat(32), stripping.fetch);
    const error = await keyless.whoami().catch((e: unknown) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, vendor: 'smarterbot' });
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(apiKey);
  });

  it('sends nothing without a serialNumber option', async () => {
    const before = examples.requests('smarterbot').length;
    const error = await client(examples.baseUrls.smarterbot, undefined)
      .whoami()
      .catch((e: unknown) => e);
    expect(isVendorArgumentError(error)).toBe(true);
    expect(examples.requests('smarterbot')).toHaveLength(before);
  });
});
