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
const sourceId = 'src_4GJ8T2QW9M0NB6XA';

describe('GET /agency/source/{id} (getSource) against Prism', () => {
  it.each(['typical', 'sparse'])('reads the %s example', async (name) => {
    const source = await client.getSource(sourceId, example(name));
    expect(source.sourceId).toBeTypeOf('string');
  });

  it('treats the unknownIdNullBody example (200 + null) as not found', async () => {
    const error = await client.getSource(sourceId, example('unknownIdNullBody')).catch((e) => e);
    expect(isVendorNormalizationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/closebot getSource: source not found/);
  });

  it.each([401, 404, 429, 500])('maps HTTP %i to its error class', async (code) => {
    await expectMappedError(client.getSource(sourceId, status(code)), code, 'getSource');
  });

  afterAll(() => expectNoViolations(recorder.exchanges));
});
