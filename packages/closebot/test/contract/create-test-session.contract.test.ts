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

describe('POST /bot/{botId}/testSession (createTestSession) against Prism', () => {
  it.each([
    ['created', { leadId: 'lead_3HX8WN2Q6LCV', sourceId: 'src_4GJ8T2QW9M0NB6XA' }],
    ['noSource', { leadId: 'lead_6PZ1RT4K8JDM', sourceId: null }],
    ['allNull', { leadId: null, sourceId: null }],
  ])('reads the %s example', async (name, want) => {
    expect(await client.createTestSession(botId, example(name))).toEqual(want);
  });

  it.each([401, 404, 429, 500])('maps HTTP %i to its error class', async (code) => {
    await expectMappedError(
      client.createTestSession(botId, status(code)),
      code,
      'createTestSession',
    );
  });

  afterAll(() => expectNoViolations(recorder.exchanges));
});
