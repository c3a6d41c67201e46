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
const SESSION_ID = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';

describe('GET /chat/sessions/{session_id}/history (listChatHistory) against Prism', () => {
  it('normalizes the conversation example: contact, AI and agent messages', async () => {
    const page = await client.listChatHistory(
      SESSION_ID,
      {},
      { headers: { Prefer: 'example=conversation' } },
    );
    expect(page.next).toBeTypeOf('string');
    expect(page.messages.map((m) => [m.id, m.role, m.vendorRole, m.createdAt])).toEqual([
      ['c0a80121-7ac0-4e1c-9b3a-1f2e3d4c5b6a', 'contact', 'contact', '2026-03-14T09:12:45.000Z'],
      ['d1b90232-8bd1-4f2d-8c4b-2a3f4e5d6c7b', 'bot', 'ai', '2026-03-14T09:12:51.204Z'],
      ['e2ca1343-9ce2-4a3e-9d5c-3b4a5f6e7d8c', 'agent', 'human_agent', '2026-03-14T09:17:30.000Z'],
    ]);
    expect(page.messages[0]?.attachments).toEqual([
      {
        name: 'invoice-march.png',
        type: 'image/png',
        url: 'https://files.example.com/opencx/att_7f3e2a91/invoice-march.png',
      },
    ]);
    for (const message of page.messages) {
      expect(message).toMatchObject({ vendor: 'opencx', conversationId: SESSION_ID });
      expect(message.text).toBeTypeOf('string');
      expect(message.raw).toBeTypeOf('object');
    }
  });

  it('normalizes the handoffAndStatusChange example: every event kept, as system, with derived ids', async () => {
    const page = await client.listChatHistory(
      SESSION_ID,
      {},
      { headers: { Prefer: 'example=handoffAndStatusChange' } },
    );
    expect(page.next).toBeUndefined();
    expect(page.messages.map((m) => [m.role, m.vendorRole, m.text])).toEqual([
      ['system', 'ai', undefined],
      ['system', 'human_agent', undefined],
      ['system', 'human_agent', undefined],
    ]);
    const ids = page.messages.map((m) => m.id);
    for (const id of ids) expect(id).toMatch(/^opencx_message_[0-9a-f]{32}$/);
    expect(new Set(ids).size).toBe(3);
  });

  it('normalizes the emptyLastPage example', async () => {
    const page = await client.listChatHistory(
      SESSION_ID,
      { cursor: 'eyJjcmVhdGVkX2F0IjoiMjAyNi0wMy0xNFQwOToxNzozMFoifQ' },
      { headers: { Prefer: 'example=emptyLastPage' } },
    );
    expect(page).toEqual({ messages: [], next: undefined });
  });

  it.each([
    [401, isVendorAuthenticationError],
    [403, isVendorAuthenticationError],
    [404, isVendorHttpError],
    [429, isVendorRateLimitError],
    [500, isVendorHttpError],
  ])('maps a declared %i to the right error class', async (status, guard) => {
    const failure = client.listChatHistory(
      SESSION_ID,
      {},
      { headers: { Prefer: `code=${status}` } },
    );
    await expect(failure).rejects.toSatisfy(guard);
    await expect(failure).rejects.toMatchObject({
      status,
      vendor: 'opencx',
      operation: 'listChatHistory',
    });
  });

  afterAll(() => {
    expect(recorder.exchanges.length).toBeGreaterThan(0);
    expect(recorder.exchanges.filter((e) => e.violations !== null)).toEqual([]);
  });
});
