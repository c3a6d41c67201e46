import {
  isVendorAuthenticationError,
  isVendorHttpError,
  isVendorRateLimitError,
} from '@botbridge/core';
import { dropHeader, mockUrl, type RecordedExchange, recordingFetch } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createTwin24Client } from '../../src/index.js';
import { responseValidators } from '../../src/validators.js';
import { credentials, EXAMPLES_ISSUED_AT, noteAuthorization, preferOn } from './prism.js';

// whoami() (GET /users/me, getCurrentUser) against the Prism mock of specs/twin24/openapi.yaml in
// examples mode, over real HTTP: with a fixed token, and with credentials (log in first).
const baseUrl = mockUrl('twin24');
const token = 'eyJhbGciOiJIUzI1NiJ9.twin-contract-payload.c0ntr4ct';
const exchanges: RecordedExchange[] = [];
const strict = { validateResponses: 'strict', validators: responseValidators } as const;
const prefer = (value: string) => ({ headers: { Prefer: value } });

describe('whoami() (GET /users/me) against Prism', () => {
  it('with a token: one request to the IAM, the user of the example as the identity', async () => {
    const recorder = recordingFetch();
    const noted = noteAuthorization(recorder.fetch);
    const client = createTwin24Client({
      token,
      baseUrl,
      fetch: noted.fetch,
      retry: false,
      ...strict,
    });
    const identity = await client.whoami(prefer('example=user'));
    expect(identity).toMatchObject({ vendor: 'twin24', accountId: '90412', name: 'Alice Nguyen' });
    expect(identity.raw).toMatchObject({ companyId: 48213, email: 'alice.nguyen@example.com' });
    expect(recorder.exchanges.map((e) => e.method)).toEqual(['GET']);
    expect(noted.notes).toEqual([{ path: '/users/me', authorization: `Bearer ${token}` }]);
    exchanges.push(...recorder.exchanges);
  });

  it('reads the sparse example (settings as `[]`, no avatar) under strict validation', async () => {
    const recorder = recordingFetch();
    const client = createTwin24Client({
      token,
      baseUrl,
      fetch: recorder.fetch,
      retry: false,
      ...strict,
    });
    const identity = await client.whoami(prefer('example=sparse'));
    expect(identity).toMatchObject({ accountId: '90577', name: 'Dana Whitfield' });
    expect(identity.raw.settings).toEqual([]);
    exchanges.push(...recorder.exchanges);
  });

  it('with credentials: logs in first, then asks for the user with the new token', async () => {
    const recorder = recordingFetch();
    const noted = noteAuthorization(recorder.fetch);
    const client = createTwin24Client({
      baseUrl,
      credentials,
      fetch: noted.fetch,
      retry: false,
      now: () => EXAMPLES_ISSUED_AT,
      ...strict,
    });
    const identity = await client.whoami();
    expect(identity.vendor).toBe('twin24');
    expect(identity.accountId).toMatch(/^\d+$/);
    expect(noted.notes.map((n) => n.path)).toEqual(['/auth/login', '/users/me']);
    expect(noted.notes[1]?.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]*$/);
    exchanges.push(...recorder.exchanges);
  });

  it('a refused login fails whoami with VendorAuthenticationError naming the login', async () => {
    const recorder = recordingFetch(preferOn('/auth/login', 'code=401'));
    const client = createTwin24Client({
      baseUrl,
      credentials,
      fetch: recorder.fetch,
      retry: false,
    });
    const error = await client.whoami().catch((e: unknown) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, operation: 'login' });
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(credentials.password);
    exchanges.push(...recorder.exchanges);
  });

  it('no Authorization header reaching the mock is a VendorAuthenticationError', async () => {
    // A proxy that strips the header: Prism then enforces the spec's bearer scheme.
    const stripping = recordingFetch(dropHeader('Authorization'));
    const client = createTwin24Client({ token, baseUrl, fetch: stripping.fetch, retry: false });
    const error = await client.whoami().catch((e: unknown) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, vendor: 'twin24', operation: 'getCurrentUser' });
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(token);
  });

  it.each([
    [401, isVendorAuthenticationError],
    [429, isVendorRateLimitError],
    [500, isVendorHttpError],
  ])('maps a declared %i to the matching error class', async (status, guard) => {
    const recorder = recordingFetch();
    const client = createTwin24Client({ token, baseUrl, fetch: recorder.fetch, retry: false });
    const failure = client.whoami(prefer(`code=${status}`));
    await expect(failure).rejects.toSatisfy(guard);
    await expect(failure).rejects.toMatchObject({ status, operation: 'getCurrentUser' });
    exchanges.push(...recorder.exchanges);
  });

  it('an expired fixed token says what to pass instead', async () => {
    const recorder = recordingFetch();
    const client = createTwin24Client({ token, baseUrl, fetch: recorder.fetch, retry: false });
    const error = await client.whoami(prefer('code=401, example=tokenExpired')).catch((e) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect((error as Error).message).toContain('Token is expired.');
    expect((error as Error).message).toContain('`credentials`');
    exchanges.push(...recorder.exchanges);
  });

  afterAll(() => {
    // Every request the client sent passed Prism's request validation.
    expect(exchanges.length).toBeGreaterThan(0);
    expect(exchanges.filter((e) => e.violations !== null)).toEqual([]);
  });
});
