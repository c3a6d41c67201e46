import { isVendorHttpError, isVendorRateLimitError } from '@botbridge/core';
import { mockUrl, type RecordedExchange, recordingFetch } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createTwin24Client } from '../../src/index.js';
import { credentials, noteAuthorization, preferOn } from './prism.js';

// POST /auth/refresh (refreshToken) against Prism. The clock is set 30 s before the `exp` of
// the spec's default login example token, so the first call logs in and then refreshes before it
// is sent.
const baseUrl = mockUrl('twin24');
const DEFAULT_LOGIN_EXPIRES = 1_773_907_200_000;
const exchanges: RecordedExchange[] = [];

function clientPreferring(prefer: string) {
  // The login answers with the spec's default example token, whose `exp` the clock is set against
  // (without a Prefer the mock would issue a fresh token valid for an hour from now).
  const loginExample = preferOn('/auth/login', 'example=success');
  const recorder = recordingFetch((request) =>
    preferOn('/auth/refresh', prefer)(loginExample(request)),
  );
  const noted = noteAuthorization(recorder.fetch);
  const client = createTwin24Client({
    baseUrl,
    credentials,
    fetch: noted.fetch,
    retry: false,
    now: () => DEFAULT_LOGIN_EXPIRES - 30_000,
  });
  return { client, notes: noted.notes, exchanges: recorder.exchanges };
}

describe('POST /auth/refresh (refreshToken) against Prism', () => {
  it.each(['rotated', 'sameRefreshToken', 'shortLived'])(
    'the %s example replaces the token before the call',
    async (example) => {
      const { client, notes, exchanges: own } = clientPreferring(`example=${example}`);
      await client.listSessionMessages('0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61', { limit: 5 });
      expect(notes.map((n) => n.path)).toEqual([
        '/auth/login',
        '/auth/refresh',
        '/sessions/0b6f3c2a-8d41-4e5f-9b7a-1c2d3e4f5a61/messages',
      ]);
      // The refresh carries the current token raw (the vendor SDK's form); the call the new one.
      const loginToken = notes[1]?.authorization ?? '';
      expect(loginToken).not.toMatch(/^Bearer /);
      expect(notes[2]?.authorization).toMatch(/^Bearer /);
      expect(notes[2]?.authorization).not.toBe(`Bearer ${loginToken}`);
      exchanges.push(...own);
    },
  );

  it('a refresh refused with 401 logs in again, once, and the call goes through', async () => {
    const { client, notes, exchanges: own } = clientPreferring('code=401');
    const page = await client.listSessions({ limit: 5 });
    expect(page.conversations.length).toBeGreaterThan(0);
    expect(notes.map((n) => n.path)).toEqual([
      '/auth/login',
      '/auth/refresh',
      '/auth/login',
      '/sessions',
    ]);
    exchanges.push(...own);
  });

  it.each([
    [400, isVendorHttpError],
    [429, isVendorRateLimitError],
    [500, isVendorHttpError],
  ])(
    'maps a declared %i to the matching error class, naming the refresh',
    async (status, guard) => {
      const { client, notes, exchanges: own } = clientPreferring(`code=${status}`);
      const error = await client.listSessions().catch((e: unknown) => e);
      expect(guard(error)).toBe(true);
      expect(error).toMatchObject({ status, vendor: 'twin24', operation: 'refreshToken' });
      // A refresh is not idempotent (the refresh token may rotate), so it is never repeated.
      expect(notes.map((n) => n.path)).toEqual(['/auth/login', '/auth/refresh']);
      exchanges.push(...own);
    },
  );

  afterAll(() => {
    expect(exchanges.length).toBeGreaterThan(0);
    expect(exchanges.filter((e) => e.violations !== null)).toEqual([]);
  });
});
