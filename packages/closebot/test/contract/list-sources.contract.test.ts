import { afterAll, describe, expect, it } from 'vitest';
import {
  contractClient,
  example,
  expectMappedError,
  expectNoViolations,
  status,
} from './harness.js';

const { client, recorder } = contractClient();

describe('GET /agency/source (listSources) against Prism', () => {
  it.each(['typical', 'lastPartialPage', 'emptyPage', 'noSources'])(
    'reads the %s example',
    async (name) => {
      const page = await client.listSources({ page: 0, pageSize: 20 }, example(name));
      expect(page.total).toBeTypeOf('number');
      expect(page.sources).toBeInstanceOf(Array);
      if (name === 'noSources') expect(page.sources).toEqual([]);
    },
  );

  it('sends every filter the spec declares, the + of `order` encoded', async () => {
    const page = await client.listSources({
      page: 1,
      pageSize: 100,
      query: 'fitness',
      category: 'GHL',
      order: '+name',
    });
    expect(page.total).toBeTypeOf('number');
  });

  it.each([401, 429, 500])('maps HTTP %i to its error class', async (code) => {
    await expectMappedError(client.listSources({}, status(code)), code, 'listSources');
  });

  afterAll(() => expectNoViolations(recorder.exchanges));
});
