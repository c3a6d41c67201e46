import { afterAll, describe, expect, it } from 'vitest';
import {
  contractClient,
  example,
  expectMappedError,
  expectNoViolations,
  status,
} from './harness.js';

const { client, recorder } = contractClient();

describe('GET /botMetric/messageCount (countMessages) against Prism', () => {
  it.each([
    ['typical', 42],
    ['none', 0],
  ])('reads the %s example', async (name, count) => {
    const params = { leadId: 'lead_9F3KQ2M7XW1T', start: '2026-07-01T00:00:00Z' };
    expect(await client.countMessages(params, example(name))).toBe(count);
  });

  it.each([401, 429, 500, 504])('maps HTTP %i to its error class', async (code) => {
    await expectMappedError(client.countMessages({}, status(code)), code, 'countMessages');
  });

  afterAll(() => expectNoViolations(recorder.exchanges));
});
