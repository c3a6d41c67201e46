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

describe('GET /contacts (listContacts) against Prism', () => {
  it.each([
    [
      'typicalPage',
      [
        {
          id: '0b7e9a12-3c45-4d67-89ab-cdef01234567',
          name: 'Maria Okafor',
          email: 'maria.okafor@example.com',
          phone: '+15555550123',
          createdAt: '2026-01-08T11:20:04.512Z',
          updatedAt: '2026-03-14T09:18:02.007Z',
        },
        {
          id: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
          name: 'Dev Patel',
          email: 'dev.patel@example.org',
          phone: '+15555550144',
          createdAt: '2026-02-27T16:40:00.000Z',
          updatedAt: '2026-02-27T16:40:00.000Z',
        },
      ],
      true,
    ],
    [
      'lastPage',
      [
        {
          id: '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
          name: 'Lucas Brandt',
          email: 'lucas.brandt@example.com',
          phone: '+15555550187',
          createdAt: '2026-05-09T13:22:10.481Z',
          updatedAt: '2026-05-09T13:26:47.902Z',
        },
      ],
      false,
    ],
    [
      'contactsWithNulls',
      [
        {
          id: '1a2b3c4d-5e6f-4a7b-8c9d-e0f1a2b3c4d5',
          createdAt: '2026-04-01T00:00:03.000Z',
          updatedAt: '2026-04-01T00:00:03.000Z',
        },
        {
          id: '2b3c4d5e-6f7a-4b8c-9d0e-f1a2b3c4d5e6',
          phone: '+15555550199',
          createdAt: '2026-04-02T18:45:51.000Z',
          updatedAt: '2026-04-03T07:02:18.000Z',
        },
      ],
      false,
    ],
  ])('normalizes the %s example', async (example, want, hasNext) => {
    const page = await client.listContacts(
      { createdAfter: '2026-01-01T00:00:00Z', updatedBefore: new Date('2026-06-01T00:00:00Z') },
      { headers: { Prefer: `example=${example}` } },
    );
    expect(page.contacts.map(({ raw, ...rest }) => rest)).toEqual(want);
    for (const contact of page.contacts) expect(contact.raw).toBeTypeOf('object');
    expect(page.next !== undefined).toBe(hasNext);
  });

  it.each([
    [401, isVendorAuthenticationError],
    [403, isVendorAuthenticationError],
    [429, isVendorRateLimitError],
    [500, isVendorHttpError],
  ])('maps a declared %i to the right error class', async (status, guard) => {
    const failure = client.listContacts({}, { headers: { Prefer: `code=${status}` } });
    await expect(failure).rejects.toSatisfy(guard);
    await expect(failure).rejects.toMatchObject({
      status,
      vendor: 'opencx',
      operation: 'listContacts',
    });
  });

  afterAll(() => {
    expect(recorder.exchanges.length).toBeGreaterThan(0);
    expect(recorder.exchanges.filter((e) => e.violations !== null)).toEqual([]);
  });
});
