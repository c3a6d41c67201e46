import { afterAll, describe, expect, it } from 'vitest';
import {
  contractClient,
  example,
  expectMappedError,
  expectNoViolations,
  status,
} from './harness.js';

const { client, recorder } = contractClient();

describe('POST /lead/search (searchLeads) against Prism', () => {
  it.each(['typical', 'totalOnly', 'noMatches', 'sparseLead'])(
    'normalizes the %s example',
    async (name) => {
      const result = await client.searchLeads({ search: 'yoga' }, example(name));
      expect(result.total).toBeTypeOf('number');
      for (const lead of result.leads) expect(lead).toMatchObject({ vendor: 'closebot' });
      if (name === 'totalOnly') expect(result).toEqual({ leads: [], total: 134 });
    },
  );

  it('sends a body the spec accepts with every filter set', async () => {
    const result = await client.searchLeads({
      search: 'yoga',
      sourceIds: ['src_4GJ8T2QW9M0NB6XA'],
      channels: ['SMS'],
      botIds: ['bot_7QH2KD9W0ZP4MX1C'],
      personaIds: [],
      minimumResponses: 2,
      lastMessageDirection: 'to_bot',
      followUpScheduled: true,
      totalOnly: false,
      offset: 50,
      count: 50,
    });
    expect(result.total).toBeTypeOf('number');
  });

  it.each([400, 401, 429, 500])('maps HTTP %i to its error class', async (code) => {
    await expectMappedError(client.searchLeads({}, status(code)), code, 'searchLeads');
  });

  afterAll(() => expectNoViolations(recorder.exchanges));
});
