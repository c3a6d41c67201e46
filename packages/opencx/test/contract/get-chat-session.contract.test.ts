import {
  isVendorAuthenticationError,
  isVendorHttpError,
  isVendorRateLimitError,
} from '@botbridge/core';
import { dropHeader, mockUrl, recordingFetch } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createOpenCxClient } from '../../src/index.js';

// Contract tests against the real Prism mock of specs/opencx/openapi.yaml (see global-setup.ts).
// Prism answers from the spec's examples, so these check shapes and statuses, not sequences.
const baseUrl = mockUrl('opencx');
const apiKey = 'ocx_live_contract_test_key_8c2e';
const recorder = recordingFetch();
const client = createOpenCxClient({ apiKey, baseUrl, fetch: recorder.fetch, retry: false });
const SESSION_ID = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';

describe('GET /chat/sessions/{session_id} (getChatSession) against Prism', () => {
  it.each([
    [
      'openWebSession',
      {
        id: '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e',
        status: 'open',
        channel: 'web',
        contact: {
          id: '0b7e9a12-3c45-4d67-89ab-cdef01234567',
          name: 'Maria Okafor',
          email: 'maria.okafor@example.com',
          phone: '+15555550123',
        },
        assigneeId: 'ai-agent',
        sentiment: 'neutral',
        handedOff: false,
        createdAt: '2026-03-14T09:12:45.000Z',
      },
    ],
    [
      'closedAfterHandoff',
      {
        status: 'closed',
        vendorStatus: 'closed_unresolved',
        channel: 'email',
        assigneeId: '4187',
        sentiment: 'negative',
        vendorSentiment: 'angry',
        handedOff: true,
      },
    ],
    [
      'minimal',
      {
        status: 'open',
        channel: 'api',
        contact: { id: '1a2b3c4d-5e6f-4a7b-8c9d-e0f1a2b3c4d5' },
        handedOff: false,
      },
    ],
    [
      'whatsappResolved',
      {
        status: 'closed',
        channel: 'whatsapp',
        contact: {
          id: '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
          name: 'Lucas Brandt',
          email: 'lucas.brandt@example.com',
          phone: '+15555550187',
        },
        assigneeId: '555',
        sentiment: 'positive',
        language: 'de',
        createdAt: '2026-05-09T13:22:10.481Z',
      },
    ],
  ])('normalizes the %s example', async (example, want) => {
    const conversation = await client.getChatSession(SESSION_ID, {
      headers: { Prefer: `example=${example}` },
    });
    expect(conversation).toMatchObject({ vendor: 'opencx', tags: [], ...want });
    expect(conversation.raw).toBeTypeOf('object');
    expect(conversation.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    if (example === 'minimal') expect(conversation.sentiment).toBeUndefined();
  });

  it.each([
    [401, isVendorAuthenticationError],
    [403, isVendorAuthenticationError],
    [404, isVendorHttpError],
    [429, isVendorRateLimitError],
    [500, isVendorHttpError],
  ])('maps a declared %i to the right error class', async (status, guard) => {
    const failure = client.getChatSession(SESSION_ID, { headers: { Prefer: `code=${status}` } });
    await expect(failure).rejects.toSatisfy(guard);
    await expect(failure).rejects.toMatchObject({
      status,
      vendor: 'opencx',
      operation: 'getChatSession',
    });
  });

  it('maps missing credentials to VendorAuthenticationError without leaking the key', async () => {
    // A proxy that strips the Authorization header: Prism then enforces the spec's security scheme.
    const stripping = recordingFetch(dropHeader('Authorization'));
    const keyless = createOpenCxClient({ apiKey, baseUrl, fetch: stripping.fetch, retry: false });
    const error = await keyless.getChatSession(SESSION_ID).catch((e: unknown) => e);
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
