import { afterAll, describe, expect, it } from 'vitest';
import {
  contractClient,
  example,
  expectMappedError,
  expectNoViolations,
  status,
} from './harness.js';

const { client, recorder } = contractClient();

describe('GET /bot (listBots) against Prism', () => {
  it.each(['typical', 'minimal', 'empty'])('reads the %s example', async (name) => {
    const bots = await client.listBots(example(name));
    expect(bots).toBeInstanceOf(Array);
    for (const bot of bots) expect(bot).toBeTypeOf('object');
    if (name === 'empty') expect(bots).toEqual([]);
  });

  it.each([401, 429, 500])('maps HTTP %i to its error class', async (code) => {
    await expectMappedError(client.listBots(status(code)), code, 'listBots');
  });

  afterAll(() => expectNoViolations(recorder.exchanges));
});
