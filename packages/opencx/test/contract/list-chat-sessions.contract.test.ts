import {
  isVendorAuthenticationError,
  isVendorHttpError,
  isVendorRateLimitError,
} from '@botbridge/core';
import { mockUrl, recordingFetch } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createOpenCxClient } from '../../src/index.js';

// Contract tests against the Prism mock of specs/opencx/openapi.yaml (see global-setup.ts): every
// named example normalizes, every declared error maps to its class, every request passes Prism's
// validation. Paging sequences are covered by the loopback tests in client.test.ts.
const baseUrl = mockUrl('opencx');
const recorder = recordingFetch();
const client = createOpenCxClient({
  apiKey: 'ocx_live_contract_test_key_8c2e',
  baseUrl,
  fetch: recorder.fetch,
  retry: false,
});
const UTC_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('GET /chat/sessions (listChatSessions) against Prism', () => {
  it.each([
    ['firstPage', 3, true],
    ['lastPage', 1, false],
    ['empty', 0, false],
  ])('normalizes the %s example', async (example, count, hasNext) => {
    const page = await client.listChatSessions({}, { headers: { Prefer: `example=${example}` } });
    expect(page.conversations).toHaveLength(count);
    expect(page.next !== undefined).toBe(hasNext);
    for (const conversation of page.conversations) {
      expect(conversation).toMatchObject({ vendor: 'opencx', tags: [] });
      expect(conversation.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(conversation.createdAt).toMatch(UTC_MS);
      expect(conversation.raw).toBeTypeOf('object');
    }
  });

  it('the firstPage example carries open, handed-off and resolved sessions', async () => {
    const { conversations } = await client.listChatSessions(
      {},
      { headers: { Prefer: 'example=firstPage' } },
    );
    expect(conversations.map((c) => [c.status, c.vendorStatus, c.channel, c.handedOff])).toEqual([
      ['open', 'open', 'web', false],
      ['closed', 'closed_unresolved', 'email', true],
      ['closed', 'closed_resolved', 'whatsapp', false],
    ]);
  });

  it('sends every filter and a cursor in a form Prism accepts', async () => {
    await client.listChatSessions({
      cursor: 'eyJpZCI6IjNlNGY1YTZiIn0',
      status: 'closed_unresolved',
      channelType: 'web_voice',
      handedOff: true,
      createdAfter: new Date('2026-03-01T00:00:00Z'),
      createdBefore: '2026-04-01T00:00:00+02:00',
      updatedAfter: '2026-03-14',
      updatedBefore: '2026-03-15T00:00:00Z',
    });
    const last = recorder.exchanges.at(-1);
    expect(last?.status).toBe(200);
    expect(last?.violations).toBeNull();
  });

  it('pages through the mock until next is null', async () => {
    // Prism answers every page with the same example, so ask for the last page from the second on.
    let requests = 0;
    const paging = createOpenCxClient({
      apiKey: 'k',
      baseUrl,
      retry: false,
      fetch: (input, init) => {
        const request = new Request(input, init);
        const example = new URL(request.url).searchParams.has('cursor') ? 'lastPage' : 'firstPage';
        request.headers.set('Prefer', `example=${example}`);
        requests++;
        return recorder.fetch(request);
      },
    });
    const ids: string[] = [];
    for await (const conversation of paging.chatSessions()) ids.push(conversation.id);
    expect(ids).toHaveLength(4);
    expect(requests).toBe(2);
  });

  it.each([
    [401, isVendorAuthenticationError],
    [403, isVendorAuthenticationError],
    [429, isVendorRateLimitError],
    [500, isVendorHttpError],
  ])('maps a declared %i to the right error class', async (status, guard) => {
    const failure = client.listChatSessions({}, { headers: { Prefer: `code=${status}` } });
    await expect(failure).rejects.toSatisfy(guard);
    await expect(failure).rejects.toMatchObject({
      status,
      vendor: 'opencx',
      operation: 'listChatSessions',
    });
  });

  afterAll(() => {
    expect(recorder.exchanges.length).toBeGreaterThan(0);
    expect(recorder.exchanges.filter((e) => e.violations !== null)).toEqual([]);
  });
});
