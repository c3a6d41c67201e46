import {
  collect,
  isVendorAuthenticationError,
  isVendorEnvelopeError,
  isVendorHttpError,
  isVendorRateLimitError,
} from '@botbridge/core';
import { mockUrl, recordingFetch } from '@botbridge/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createSmarterBotClient } from '../../src/index.js';

// Contract tests against the real Prism mock of specs/smarterbot/openapi.yaml (see global-setup.ts).
// Prism answers from the spec's examples, so these check shapes and statuses, not sequences.
const baseUrl = mockUrl('smarterbot');
const serialNumber = '36KqVbT9wLmN4pRsXy2ZaC8dEfGh1JkLmN';
const recorder = recordingFetch();
const client = createSmarterBotClient({
  apiKey: 'sb_contract_test_key_51d0',
  baseUrl,
  serialNumber,
  fetch: recorder.fetch,
  retry: false,
});
const params = { serialNumber, startTime: '2025-02-01', endTime: '2025-02-28' };
const prefer = (value: string) => ({ headers: { Prefer: value } });
const UTC_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('POST /chat/Chatbot/ChatContentHistory (getChatHistory) against Prism', () => {
  it.each(['twoSessions', 'empty', 'nullMessages', 'unlistedType'])(
    'normalizes the %s example without errors',
    async (example) => {
      const sessions = await client.getChatHistory(params, prefer(`example=${example}`));
      for (const { conversation, messages } of sessions) {
        expect(conversation).toMatchObject({ vendor: 'smarterbot', status: 'unknown', tags: [] });
        expect(conversation.botId).toBe(serialNumber);
        if (conversation.createdAt) expect(conversation.createdAt).toMatch(UTC_MS);
        for (const [position, message] of messages.entries()) {
          expect(message.conversationId).toBe(conversation.id);
          expect(['bot', 'contact', 'system']).toContain(message.role);
          expect(message.raw).toBe(conversation.raw.Messages?.[position]);
        }
      }
      if (example === 'empty') expect(sessions).toEqual([]);
      if (example === 'twoSessions') {
        expect(sessions.map((s) => [s.conversation.id, s.conversation.messageCount])).toEqual([
          ['40211', 6],
          ['40215', 4],
        ]);
        expect(sessions[0]?.conversation.createdAt).toBe('2025-02-03T18:02:47.518Z');
        expect(sessions[0]?.messages.map((m) => m.role).slice(0, 2)).toEqual(['bot', 'contact']);
      }
      if (example === 'nullMessages') {
        expect(sessions.map((s) => s.conversation.messageCount)).toEqual([0, 0, 1]);
        expect(sessions[2]?.messages[0]).toMatchObject({ role: 'system', attachments: [] });
      }
      if (example === 'unlistedType') {
        // An open string: another sender is a system message keeping the value in vendorRole.
        expect(sessions[0]?.messages.map((m) => [m.role, m.vendorRole])).toEqual([
          ['contact', 'User'],
          ['system', 'Agent'],
        ]);
      }
    },
  );

  it('raises VendorEnvelopeError for the businessFailure example (HTTP 200, Success: false)', async () => {
    const failure = client.getChatHistory(params, prefer('example=businessFailure'));
    await expect(failure).rejects.toSatisfy(isVendorEnvelopeError);
    await expect(failure).rejects.toMatchObject({
      operation: 'getChatHistory',
      status: 200,
      vendorCode: 404,
      vendorMessage: 'Chatbot not found',
    });
  });

  it.each([
    [400, isVendorHttpError],
    [404, isVendorHttpError],
    [500, isVendorHttpError],
    [503, isVendorHttpError], // the spec's `default` response
    [401, isVendorAuthenticationError],
    [403, isVendorAuthenticationError],
    [429, isVendorRateLimitError],
  ])(
    'maps a declared %i to the right error class with the envelope message',
    async (code, guard) => {
      const failure = client.getChatHistory(params, prefer(`code=${code}`));
      await expect(failure).rejects.toSatisfy(guard);
      await expect(failure).rejects.toMatchObject({
        status: code,
        vendor: 'smarterbot',
        operation: 'getChatHistory',
      });
      await expect(failure).rejects.toThrow(`(Code ${code})`);
    },
  );

  it('serves the Source listings: conversations with a day window, and one session’s messages', async () => {
    const conversations = await collect(
      client.conversations({ since: '2025-02-01T00:00:00Z', until: '2025-03-01T00:00:00Z' }),
    );
    expect(conversations.map((c) => c.id)).toEqual(['40211', '40215']);
    const messages = await collect(client.messages('40215'));
    expect(messages.map((m) => m.role)).toEqual(['bot', 'contact', 'bot', 'contact']);
    expect(messages[3]?.text).toBe('Sam Rivera, +15550100200');
  });

  afterAll(() => {
    // Every request the client sent passed Prism's request validation.
    expect(recorder.exchanges.length).toBeGreaterThan(0);
    expect(recorder.exchanges.filter((e) => e.violations !== null)).toEqual([]);
  });
});
