import {
  isVendorAuthenticationError,
  isVendorHttpError,
  isVendorRateLimitError,
} from '@botbridge/core';
import { dropHeader, mockUrl, recordingFetch } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createOpenCxClient } from '../../src/index.js';
import { responseValidators } from '../../src/validators.js';

// whoami() against the real Prism mock of specs/opencx/openapi.yaml (see global-setup.ts), which
// answers `GET /org` from the spec's examples. The dataset mode is covered in the mock server's
// own tests (packages/mock-server/test/opencx-whoami.test.ts).
const baseUrl = mockUrl('opencx');
const apiKey = 'ocx_live_whoami_contract_key_51d0';
const recorder = recordingFetch();
const client = createOpenCxClient({
  apiKey,
  baseUrl,
  fetch: recorder.fetch,
  retry: false,
  validateResponses: 'strict',
  validators: responseValidators,
});

describe('GET /org (whoami) against Prism', () => {
  it('names the organization of the key; no account id is documented', async () => {
    const identity = await client.whoami();
    expect(identity).toEqual({
      vendor: 'opencx',
      name: 'Northwind Outfitters',
      raw: {
        name: 'Northwind Outfitters',
        created_at: '2025-11-04T08:30:00.000Z',
        updated_at: '2026-03-01T12:00:00.000Z',
      },
    });
    expect(recorder.exchanges.at(-1)?.url).toMatch(/\/org$/);
  });

  it('reads an organization whose times are null', async () => {
    const identity = await client.whoami({ headers: { Prefer: 'example=nullTimes' } });
    expect(identity).toMatchObject({ vendor: 'opencx', name: 'Acme Tours' });
    expect(identity.raw).toEqual({ name: 'Acme Tours', created_at: null, updated_at: null });
  });

  it.each([
    [401, isVendorAuthenticationError],
    [403, isVendorAuthenticationError],
    [429, isVendorRateLimitError],
    [500, isVendorHttpError],
  ])('maps a declared %i to the right error class', async (status, guard) => {
    const failure = client.whoami({ headers: { Prefer: `code=${status}` } });
    await expect(failure).rejects.toSatisfy(guard);
    await expect(failure).rejects.toMatchObject({ status, vendor: 'opencx', operation: 'getOrg' });
  });

  it('maps missing credentials to VendorAuthenticationError without leaking the key', async () => {
    // A proxy that strips the Authorization header: Prism then enforces the spec's security scheme.
    const stripping = recordingFetch(dropHeader('Authorization'));
    const keyless = createOpenCxClient({ apiKey, baseUrl, fetch: stripping.fetch, retry: false });
    const error = await keyless.whoami().catch((e: unknown) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401 });
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(apiKey);
  });

  afterAll(() => {
    // Every request the client sent passed Prism's request validation.
    expect(recorder.exchanges.length).toBeGreaterThan(0);
    expect(recorder.exchanges.filter((e) => e.violations !== null)).toEqual([]);
  });
});
