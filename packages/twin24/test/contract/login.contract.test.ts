import { inspect } from 'node:util';
import {
  isVendorAuthenticationError,
  isVendorHttpError,
  isVendorRateLimitError,
} from '@botbridge/core';
import { mockUrl, type RecordedExchange, recordingFetch } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createTwin24Client } from '../../src/index.js';
import { credentials, EXAMPLES_ISSUED_AT, noteAuthorization, preferOn } from './prism.js';

// POST /auth/login (login) against Prism. The login has no method of its own: the client calls it
// on first use, so each case makes one ordinary call and looks at what the login changed.
const baseUrl = mockUrl('twin24');
const exchanges: RecordedExchange[] = [];

function clientPreferring(prefer: string) {
  const recorder = recordingFetch(preferOn('/auth/login', prefer));
  const noted = noteAuthorization(recorder.fetch);
  const client = createTwin24Client({
    baseUrl,
    credentials,
    fetch: noted.fetch,
    retry: false,
    // Every example token is valid at its issue time, so no refresh follows the login.
    now: () => EXAMPLES_ISSUED_AT,
  });
  return { client, notes: noted.notes, exchanges: recorder.exchanges };
}

describe('POST /auth/login (login) against Prism', () => {
  it.each(['success', 'shortLived', 'otherCompany'])(
    'the %s example logs the client in and its token is used',
    async (example) => {
      const { client, notes, exchanges: own } = clientPreferring(`example=${example}`);
      const page = await client.listSessions({ limit: 5 });
      expect(page.conversations.length).toBeGreaterThan(0);
      expect(notes.map((n) => n.path)).toEqual(['/auth/login', '/sessions']);
      expect(notes[0]?.authorization).toBeNull();
      expect(notes[1]?.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]*$/);
      exchanges.push(...own);
    },
  );

  it('three examples give three different tokens', async () => {
    const tokens = new Set<string | null | undefined>();
    for (const example of ['success', 'shortLived', 'otherCompany']) {
      const { client, notes, exchanges: own } = clientPreferring(`example=${example}`);
      await client.getSession('0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61');
      tokens.add(notes[1]?.authorization);
      exchanges.push(...own);
    }
    expect(tokens.size).toBe(3);
  });

  it('accepts the body the vendor SDK sends: companyId null and extra as an empty array', async () => {
    const recorder = recordingFetch();
    const client = createTwin24Client({
      baseUrl,
      credentials,
      fetch: recorder.fetch,
      retry: false,
    });
    const { response, data } = await client.api.POST('/auth/login', {
      baseUrl: client.serviceUrls.iam,
      body: {
        email: credentials.email,
        password: credentials.password,
        ttl: 3600,
        companyId: null,
        extra: [],
      },
    });
    expect(response.status).toBe(200);
    expect(data?.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]*$/);
    exchanges.push(...recorder.exchanges);
  });

  it.each([
    [400, isVendorHttpError],
    [401, isVendorAuthenticationError],
    [429, isVendorRateLimitError],
    [500, isVendorHttpError],
  ])('maps a declared %i to the matching error class, naming the login', async (status, guard) => {
    const { client, notes, exchanges: own } = clientPreferring(`code=${status}`);
    const error = await client.listSessions().catch((e: unknown) => e);
    expect(guard(error)).toBe(true);
    expect(error).toMatchObject({ status, vendor: 'twin24', operation: 'login' });
    // Nothing else was attempted with a failed login, and no view of the error holds the password.
    expect(notes.map((n) => n.path)).toEqual(['/auth/login']);
    for (const view of [String(error), JSON.stringify(error), inspect(error, { depth: 10 })]) {
      expect(view).not.toContain(credentials.password);
    }
    exchanges.push(...own);
  });

  afterAll(() => {
    // Every request the client sent passed Prism's request validation.
    expect(exchanges.length).toBeGreaterThan(0);
    expect(exchanges.filter((e) => e.violations !== null)).toEqual([]);
  });
});
