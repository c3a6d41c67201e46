import {
  isVendorAuthenticationError,
  isVendorHttpError,
  isVendorRateLimitError,
} from '@botbridge/core';
import { mockUrl, recordingFetch } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createOpenCxClient } from '../../src/index.js';

// Contract tests against the Prism mock of specs/opencx/openapi.yaml (see global-setup.ts).
const baseUrl = mockUrl('opencx');
const recorder = recordingFetch();
const client = createOpenCxClient({
  apiKey: 'ocx_live_contract_test_key_8c2e',
  baseUrl,
  fetch: recorder.fetch,
  retry: false,
});

describe('POST /chat/sessions/filter (filterChatSessions) against Prism', () => {
  it.each([
    ['firstPageWithMore', { page: 1, limit: 2, hasNext: true, hasPrevious: false }, 2],
    ['lastPage', { page: 3, limit: 2, hasNext: false, hasPrevious: true }, 1],
    ['empty', { page: 1, limit: 25, hasNext: false, hasPrevious: false }, 0],
  ])('normalizes the %s example', async (example, flags, count) => {
    const page = await client.filterChatSessions(
      { filters: { channels: ['whatsapp'] }, sortBy: 'created_at', sortOrder: 'asc', limit: 2 },
      { headers: { Prefer: `example=${example}` } },
    );
    expect(page).toMatchObject(flags);
    expect(page.conversations).toHaveLength(count);
    for (const conversation of page.conversations) {
      expect(conversation).toMatchObject({ vendor: 'opencx', status: 'closed', handedOff: true });
      expect(conversation.raw).toBeTypeOf('object');
    }
  });

  it('sends an empty body when nothing is set (vendor defaults apply)', async () => {
    await client.filterChatSessions();
    expect(recorder.exchanges.at(-1)).toMatchObject({ status: 200, violations: null });
  });

  it.each([
    [400, isVendorHttpError],
    [401, isVendorAuthenticationError],
    [403, isVendorAuthenticationError],
    [429, isVendorRateLimitError],
    [500, isVendorHttpError],
  ])('maps a declared %i to the right error class', async (status, guard) => {
    const failure = client.filterChatSessions(
      { page: 2 },
      { headers: { Prefer: `code=${status}` } },
    );
    await expect(failure).rejects.toSatisfy(guard);
    await expect(failure).rejects.toMatchObject({
      status,
      vendor: 'opencx',
      operation: 'filterChatSessions',
    });
  });

  it('reads the list of validation messages of a 400', async () => {
    const error = await client
      .filterChatSessions({}, { headers: { Prefer: 'code=400, example=validationErrors' } })
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain('limit must not be greater than 100');
  });

  afterAll(() => {
    expect(recorder.exchanges.length).toBeGreaterThan(0);
    expect(recorder.exchanges.filter((e) => e.violations !== null)).toEqual([]);
  });
});
