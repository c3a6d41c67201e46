import { isVendorAuthenticationError } from '@botbridge/core';
import { createOpenCxClient } from '@botbridge/opencx';
import { responseValidators } from '@botbridge/opencx/validators';
import { dropHeader, recordingFetch } from '@botbridge/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServers, startMockServers } from '../src/index.js';

// OpenCX's whoami() (GET /org, the organization the key belongs to) against the mock over real
// HTTP, in both modes: the spec's example and the seeded dataset.

const apiKey = 'ocx_live_whoami_mock_key';

describe('opencx whoami() against the mock', () => {
  let examples: MockServers<'opencx'>;
  let dataset: MockServers<'opencx'>;
  beforeAll(async () => {
    [examples, dataset] = await Promise.all([
      startMockServers({ vendors: ['opencx'], ports: { opencx: 0 } }),
      startMockServers({
        vendors: ['opencx'],
        ports: { opencx: 0 },
        dataset: { seed: 17, records: 12 },
      }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([examples?.stop(), dataset?.stop()]);
  });

  const client = (baseUrl: string, fetch = globalThis.fetch) =>
    createOpenCxClient({
      apiKey,
      baseUrl,
      fetch,
      retry: false,
      rateLimit: false,
      validateResponses: 'strict',
      validators: responseValidators,
    });

  it('examples mode: answers with the spec example', async () => {
    const identity = await client(examples.baseUrls.opencx).whoami();
    expect(identity).toMatchObject({ vendor: 'opencx', name: 'Northwind Outfitters' });
    expect(identity).not.toHaveProperty('accountId');
    expect(identity.raw.name).toBe('Northwind Outfitters');
  });

  it('dataset mode: names the dataset organization, older than every session', async () => {
    const served = dataset.datasets.opencx;
    if (served === undefined) throw new Error('no opencx dataset');
    const identity = await client(dataset.baseUrls.opencx).whoami();
    expect(identity).toEqual({
      vendor: 'opencx',
      name: served.organization.name,
      raw: served.organization,
    });
    const firstSession = Math.min(...served.sessions.map((s) => Date.parse(s.created_at)));
    expect(Date.parse(identity.raw.updated_at ?? '')).toBeLessThanOrEqual(firstSession);
    // Prism checked the answer against the spec.
    const log = dataset.requests('opencx');
    expect(log.map((entry) => entry.responseViolations)).toEqual([[]]);
  });

  it.each(['examples', 'dataset'] as const)(
    '%s mode: a request without the key is refused with 401 (VendorAuthenticationError)',
    async (mode) => {
      const mocks = mode === 'examples' ? examples : dataset;
      const keyless = recordingFetch(dropHeader('Authorization'));
      const error = await client(mocks.baseUrls.opencx, keyless.fetch)
        .whoami()
        .catch((e: unknown) => e);
      expect(isVendorAuthenticationError(error)).toBe(true);
      expect(error).toMatchObject({ status: 401, operation: 'getOrg' });
      expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(apiKey);
    },
  );
});
