import { createCloseBotClient } from '@botbridge/closebot';
import { responseValidators as closebotValidators } from '@botbridge/closebot/validators';
import {
  collect,
  isVendorValidationError,
  type Source,
  type ValidationMode,
} from '@botbridge/core';
import { type MockServers, startMockServers } from '@botbridge/mock-server';
import { createOpenCxClient } from '@botbridge/opencx';
import { responseValidators as opencxValidators } from '@botbridge/opencx/validators';
import { createSmarterBotClient } from '@botbridge/smarterbot';
import { responseValidators as smarterbotValidators } from '@botbridge/smarterbot/validators';
import { sendJson, startLoopbackServer } from '@botbridge/testing';
import { createTwin24Client } from '@botbridge/twin24';
import { responseValidators as twin24Validators } from '@botbridge/twin24/validators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Opt-in response validation with the validators compiled from the specs, imported as a consumer
// does (`@botbridge/<vendor>/validators`) and passed to each client: the real Prism mocks
// answer with the spec's own examples, which must pass in 'strict' mode; a server that breaks the
// spec must fail a 'strict' call and only warn in 'warn' mode.

type Make = (baseUrl: string, mode: ValidationMode, warnings: string[]) => Source;
const logger = (warnings: string[]) => ({ warn: (message: string) => void warnings.push(message) });

const clients: Array<[vendor: 'closebot' | 'opencx' | 'twin24' | 'smarterbot', Make]> = [
  [
    'closebot',
    (baseUrl, validateResponses, w) =>
      createCloseBotClient({
        apiKey: 'k',
        baseUrl,
        validateResponses,
        validators: closebotValidators,
        logger: logger(w),
      }),
  ],
  [
    'opencx',
    (baseUrl, validateResponses, w) =>
      createOpenCxClient({
        apiKey: 'k',
        baseUrl,
        validateResponses,
        validators: opencxValidators,
        logger: logger(w),
      }),
  ],
  [
    'twin24',
    (baseUrl, validateResponses, w) =>
      createTwin24Client({
        token: 't',
        baseUrl,
        validateResponses,
        validators: twin24Validators,
        logger: logger(w),
      }),
  ],
  [
    'smarterbot',
    (baseUrl, validateResponses, w) =>
      createSmarterBotClient({
        apiKey: 'k',
        baseUrl,
        serialNumber: 'abc',
        validateResponses,
        validators: smarterbotValidators,
        logger: logger(w),
      }),
  ],
];

let mocks: MockServers;
beforeAll(async () => {
  mocks = await startMockServers({ ports: { closebot: 0, opencx: 0, twin24: 0, smarterbot: 0 } });
});
afterAll(() => mocks?.stop());

const firstListing = (source: Source): AsyncIterable<unknown> =>
  source.capabilities.conversations
    ? source.conversations({ limit: 5 })
    : source.leads({ limit: 5 });

describe.each(clients)('%s', (vendor, make) => {
  it("the spec's own examples pass strict validation against its Prism mock", async () => {
    const warnings: string[] = [];
    const records = await collect(firstListing(make(mocks.urls[vendor] ?? '', 'strict', warnings)));
    expect(records.length).toBeGreaterThan(0);
    expect(warnings).toEqual([]);
  });

  it('a response that breaks the spec fails in strict mode and is logged in warn mode', async () => {
    // Every field of every list item has the wrong type; the envelope shapes stay readable.
    const broken = {
      id: 12,
      status: 7,
      created_at: false,
      startedAt: 3,
      lastMessageTime: 5,
      CreateTime: 9,
    };
    const server = await startLoopbackServer((req, res) => {
      if (req.url.startsWith('/chat/Chatbot/')) {
        return sendJson(res, 200, {
          Data: [broken],
          Version: '1.0.0',
          Success: true,
          Code: 200,
          Message: '',
        });
      }
      if (req.url.startsWith('/lead'))
        return sendJson(res, 200, { total: 1, page: 0, pageSize: 100, results: [broken] });
      if (req.url.startsWith('/chat/sessions'))
        return sendJson(res, 200, { items: [broken], next: null });
      return sendJson(res, 200, { count: 1, items: [broken] });
    });
    try {
      const strict = await collect(firstListing(make(server.url, 'strict', []))).catch(
        (e: unknown) => e,
      );
      expect(isVendorValidationError(strict)).toBe(true);
      expect((strict as { issues: string[] }).issues.length).toBeGreaterThan(0);
      expect((strict as { issues: string[] }).issues[0]).toMatch(/^\/\S*: expected/);

      const warnings: string[] = [];
      await collect(firstListing(make(server.url, 'warn', warnings))).catch(() => undefined);
      expect(warnings.length).toBeGreaterThan(0);
      expect(warnings[0]).toContain('breaks the spec');

      const quiet: string[] = [];
      await collect(firstListing(make(server.url, 'off', quiet))).catch(() => undefined);
      expect(quiet).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
