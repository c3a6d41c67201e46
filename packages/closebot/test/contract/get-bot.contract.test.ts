import { isVendorNormalizationError } from '@botbridge/core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  contractClient,
  example,
  expectMappedError,
  expectNoViolations,
  status,
} from './harness.js';

const { client, recorder } = contractClient();
const botId = 'bot_7QH2KD9W0ZP4MX1C';

describe('GET /bot/{id} (getBot) against Prism', () => {
  it.each(['typical', 'sparse'])('reads the %s example', async (name) => {
    const bot = await client.getBot(botId, example(name));
    expect(bot.id).toBeTypeOf('string');
  });

  it('treats the unknownIdNullBody example (200 + null) as not found', async () => {
    const error = await client.getBot(botId, example('unknownIdNullBody')).catch((e) => e);
    expect(isVendorNormalizationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/closebot getBot: bot not found/);
  });

  it.each([401, 404, 429, 500])('maps HTTP %i to its error class', async (code) => {
    await expectMappedError(client.getBot(botId, status(code)), code, 'getBot');
  });

  afterAll(() => expectNoViolations(recorder.exchanges));
});
