import { readFileSync } from 'node:fs';
import {
  isVendorArgumentError,
  isVendorAuthenticationError,
  isVendorNormalizationError,
} from '@botbridge/core';
import { type LoopbackServer, sendJson, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createCloseBotClient } from '../src/index.js';
import { responseValidators } from '../src/validators.js';

// The reads added from the vendor's Swagger document and the fields of its current docs pages
// (issue 13): fixtures in the shape those documents show pass strict validation, and the client
// hands every field back typed, nothing left only in `raw` or dropped.

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));

/** The generated validator's issues for a 200 body of `operationId`. */
const issues = (operationId: string, body: unknown) =>
  responseValidators[operationId]?.['200']?.(body) ?? ['no validator'];

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A strict client on a loopback server that answers every request with `body`. */
async function strictClientAnswering(body: unknown, status = 200) {
  server = await startLoopbackServer((_req, res) => sendJson(res, status, body));
  return createCloseBotClient({
    apiKey: 'cb_reads_test_key',
    baseUrl: server.url,
    retry: false,
    validateResponses: 'strict',
    validators: responseValidators,
  });
}

describe('fixtures in the shape of the vendor documents pass strict validation', () => {
  it.each([
    ['getBot', 'bot.newer-fields'],
    ['listSources', 'source.newer-fields'],
    ['getCurrentAgency', 'agency.current'],
    ['listLeadPageHistory', 'lead.page-history'],
    ['getLeadAiToggle', 'lead.ai-toggle'],
  ])('%s: %s', (operationId, name) => {
    expect(issues(operationId, fixture(name))).toEqual([]);
  });

  it('the newer fields are checked, not just let through', () => {
    const bot = fixture('bot.newer-fields') as { followUpStates: Array<{ id: unknown }> };
    (bot.followUpStates[0] as { id: unknown }).id = 'one';
    expect(issues('getBot', bot)).toEqual(['/followUpStates/0/id: expected integer, got string']);
  });

  it("tagFilterConfig is checked on both sides: a bot's source link and a source's bot", () => {
    const bot = fixture('bot.newer-fields') as { sources: Array<{ tagFilterConfig: unknown }> };
    (bot.sources[0] as { tagFilterConfig: unknown }).tagFilterConfig = { groups: 'vip' };
    expect(issues('getBot', bot)).toEqual([
      '/sources/0/tagFilterConfig/groups: expected array or null, got string',
    ]);
    const page = fixture('source.newer-fields') as {
      results: Array<{ bots: Array<{ tagFilterConfig: unknown }> }>;
    };
    const link = page.results[0]?.bots[0] as { tagFilterConfig: unknown };
    link.tagFilterConfig = { groups: 'vip' };
    expect(issues('listSources', page)).toEqual([
      '/results/0/bots/0/tagFilterConfig/groups: expected array or null, got string',
    ]);
  });
});

describe('the newer bot and source fields come back typed', () => {
  it('getBot: followUpStates, sources[].tagFilterConfig and flowVariableValues', async () => {
    const body = fixture('bot.newer-fields');
    const client = await strictClientAnswering(body);
    const bot = await client.getBot('bot_7QH2KD9W0ZP4MX1C');
    expect(bot).toEqual(body);
    expect(bot.followUpStates?.[1]?.extraPrompt).toBe(
      'Remind them the quote is valid for 30 days.',
    );
    const link = bot.sources?.[0];
    expect(link?.tagFilterConfig?.groups?.[0]?.rules?.[1]?.tagName).toBe('vip');
    expect(link?.flowVariableValues?.maxPartySize).toBe(4);
  });

  it('listSources: bots[].tagFilterConfig', async () => {
    const body = fixture('source.newer-fields') as { results: unknown[] };
    const client = await strictClientAnswering(body);
    const page = await client.listSources();
    expect(page.sources).toEqual(body.results);
    const rule = page.sources[0]?.bots?.[0]?.tagFilterConfig?.groups?.[0]?.rules?.[0];
    expect(rule).toEqual({ tagName: 'new lead', tagId: 'tag_01HX7Q2M', condition: 'present' });
  });
});

describe('whoami (GET /agency/current)', () => {
  it('returns the agency as the identity, its answer untouched in raw', async () => {
    const body = fixture('agency.current');
    const client = await strictClientAnswering(body);
    const identity = await client.whoami();
    expect(identity).toEqual({
      vendor: 'closebot',
      accountId: 'agy_6TQ3MX8K2ZPW',
      name: 'Example Growth Agency',
      raw: body,
    });
    expect(server?.requests.map((r) => [r.method, r.url])).toEqual([['GET', '/agency/current']]);
    expect(server?.requests[0]?.headers['x-cb-key']).toBe('cb_reads_test_key');
  });

  it('leaves accountId and name out when the agency names neither', async () => {
    const client = await strictClientAnswering({ id: null, name: '  ', members: null });
    expect(await client.whoami()).toEqual({
      vendor: 'closebot',
      raw: { id: null, name: '  ', members: null },
    });
  });

  it.each([401, 403])('HTTP %i is a VendorAuthenticationError', async (code) => {
    const client = await strictClientAnswering({ title: 'Unauthorized', status: code }, code);
    const error = await client.whoami().catch((e: unknown) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect(error).toMatchObject({ status: code, operation: 'getCurrentAgency' });
    expect(JSON.stringify(error)).not.toContain('cb_reads_test_key');
  });

  it('a body that is not an object is a VendorNormalizationError', async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, []));
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url, retry: false });
    expect(isVendorNormalizationError(await client.whoami().catch((e: unknown) => e))).toBe(true);
  });
});

describe('lead page history and AI switch', () => {
  it('listLeadPageHistory returns the visits as sent, with the limit in the query', async () => {
    const body = fixture('lead.page-history');
    const client = await strictClientAnswering(body);
    expect(await client.listLeadPageHistory('lead_9F3KQ2M7XW1T', { limit: 5 })).toEqual(body);
    expect(server?.requests[0]?.url).toBe('/lead/lead_9F3KQ2M7XW1T/page-history?limit=5');
  });

  it('getLeadAiToggle returns the switch as sent', async () => {
    const body = fixture('lead.ai-toggle');
    const client = await strictClientAnswering(body);
    expect(await client.getLeadAiToggle('lead_9F3KQ2M7XW1T')).toEqual(body);
    expect(server?.requests[0]?.url).toBe('/lead/lead_9F3KQ2M7XW1T/ai-toggle');
  });

  it.each([
    [
      'listLeadPageHistory',
      (c: ReturnType<typeof createCloseBotClient>) => c.listLeadPageHistory('x'),
    ],
    ['getLeadAiToggle', (c: ReturnType<typeof createCloseBotClient>) => c.getLeadAiToggle('x')],
  ])('%s: a 200 with a null body means not found', async (operation, act) => {
    const client = await strictClientAnswering(null);
    const error = await act(client).catch((e: unknown) => e);
    expect(isVendorNormalizationError(error)).toBe(true);
    expect(error).toMatchObject({ operation });
    expect((error as Error).message).toMatch(/lead not found/);
  });

  it('refuses a limit outside 1..2^31-1 before sending', async () => {
    const client = await strictClientAnswering([]);
    for (const limit of [0, 1.5, 2 ** 31]) {
      const error = await client.listLeadPageHistory('x', { limit }).catch((e: unknown) => e);
      expect(isVendorArgumentError(error)).toBe(true);
    }
    expect(server?.requests).toHaveLength(0);
  });
});

describe('countMessages (GET /botMetric/messageCount)', () => {
  it('returns the bare integer, with the filters in the query', async () => {
    const client = await strictClientAnswering(42);
    const count = await client.countMessages({
      leadId: 'lead_9F3KQ2M7XW1T',
      start: '2026-07-01T00:00:00Z',
      end: new Date('2026-08-01T00:00:00Z'),
    });
    expect(count).toBe(42);
    expect(server?.requests[0]?.url).toBe(
      '/botMetric/messageCount?leadId=lead_9F3KQ2M7XW1T&start=2026-07-01T00%3A00%3A00.000Z&end=2026-08-01T00%3A00%3A00.000Z',
    );
  });

  it.each([['"42"'], [-1], [{ count: 1 }]])('refuses %j as a count', async (body) => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, body));
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url, retry: false });
    const error = await client.countMessages().catch((e: unknown) => e);
    expect(isVendorNormalizationError(error)).toBe(true);
    expect(error).toMatchObject({ operation: 'countMessages' });
  });
});

describe('GET /bot/nodeDescriptors wins over GET /bot/{id}', () => {
  it.each(['nodeDescriptors', 'NODEDESCRIPTORS', 'nodedescriptors'])(
    'getBot(%j) is refused before any request',
    async (id) => {
      const client = await strictClientAnswering({});
      const error = await client.getBot(id).catch((e: unknown) => e);
      expect(isVendorArgumentError(error)).toBe(true);
      expect(error).toMatchObject({ operation: 'getBot', parameter: 'id' });
      expect(server?.requests).toHaveLength(0);
    },
  );

  it('the typed api resolves the path to getNodeDescriptors, not getBot', async () => {
    // Answered as observed: first a 503 (to see which operation the retry names), then the
    // catalogue's JSON text with a non-JSON content type.
    const catalogue = { dataTypes: [], atomicNodes: [{ className: 'SendMessageNode' }] };
    let calls = 0;
    server = await startLoopbackServer((_req, res) => {
      if (++calls === 1) return sendJson(res, 503, { title: 'Service Unavailable' });
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(JSON.stringify(catalogue));
    });
    const retried: string[] = [];
    const client = createCloseBotClient({
      apiKey: 'k',
      baseUrl: server.url,
      retry: { baseDelayMs: 1, maxDelayMs: 5, onRetry: (event) => retried.push(event.operation) },
      // getBot's validator would refuse the catalogue (no bot is an array of node types).
      validateResponses: 'strict',
      validators: responseValidators,
    });
    const { data } = await client.api.GET('/bot/nodeDescriptors');
    expect(retried).toEqual(['getNodeDescriptors']);
    expect(typeof data === 'string' ? JSON.parse(data) : data).toEqual(catalogue);
  });
});
