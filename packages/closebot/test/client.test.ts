import {
  collect,
  isVendorArgumentError,
  isVendorAuthenticationError,
  isVendorHttpError,
  isVendorNormalizationError,
  isVendorRateLimitError,
  type RetryEvent,
} from '@botbridge/core';
import { type LoopbackServer, sendJson, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type BotMetricMessage,
  type CloseBotClient,
  createCloseBotClient,
  type LeadDto,
} from '../src/index.js';

// Behaviour tests on a real HTTP server on 127.0.0.1 with scripted answers.
const lead = (id: string): LeadDto => ({
  id,
  name: `Lead ${id}`,
  starred: false,
  unread: false,
  tags: [],
  fields: [],
});
const fastRetry = { baseDelayMs: 1, maxDelayMs: 5 };
let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('createCloseBotClient behaviour', () => {
  it('pages through every session with offset/maxCount until total is reached', async () => {
    const all = Array.from({ length: 7 }, (_, i) => lead(`L${i}`));
    server = await startLoopbackServer((req, res) => {
      const url = new URL(req.url, 'http://x');
      const offset = Number(url.searchParams.get('offset'));
      const max = Number(url.searchParams.get('maxCount'));
      sendJson(res, 200, { leads: all.slice(offset, offset + max), total: all.length });
    });
    const client = createCloseBotClient({ apiKey: 'k-paging', baseUrl: server.url });
    const ids: string[] = [];
    for await (const item of client.testSessions({ botId: 'b1', maxCount: 3 })) ids.push(item.id);
    expect(ids).toEqual(all.map((l) => l.id));
    expect(server.requests.map((r) => r.url)).toEqual([
      '/bot/b1/testSession?offset=0&maxCount=3',
      '/bot/b1/testSession?offset=3&maxCount=3',
      '/bot/b1/testSession?offset=6&maxCount=3',
    ]);
    expect(server.requests[0]?.headers['x-cb-key']).toBe('k-paging');
  });

  it('pages the bare-array form until a short page', async () => {
    const all = Array.from({ length: 5 }, (_, i) => lead(`A${i}`));
    server = await startLoopbackServer((req, res) => {
      const url = new URL(req.url, 'http://x');
      const offset = Number(url.searchParams.get('offset'));
      sendJson(res, 200, all.slice(offset, offset + 2));
    });
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url });
    const ids: string[] = [];
    for await (const item of client.testSessions({ botId: 'b1', maxCount: 2 })) ids.push(item.id);
    expect(ids).toEqual(['A0', 'A1', 'A2', 'A3', 'A4']);
    expect(server.requests).toHaveLength(3);
  });

  it('retries a 503 and then succeeds', async () => {
    let calls = 0;
    server = await startLoopbackServer((_req, res) => {
      calls++;
      if (calls < 3) sendJson(res, 503, { title: 'Service Unavailable' });
      else sendJson(res, 200, { leads: [lead('ok')], total: 1 });
    });
    const events: RetryEvent[] = [];
    const client = createCloseBotClient({
      apiKey: 'k',
      baseUrl: server.url,
      retry: { ...fastRetry, onRetry: (e) => events.push(e) },
    });
    const page = await client.listTestSessions({ botId: 'b1' });
    expect(page.leads.map((l) => l.id)).toEqual(['ok']);
    expect(calls).toBe(3);
    expect(events.map((e) => [e.retry, e.status, e.operation])).toEqual([
      [1, 503, 'listTestSessions'],
      [2, 503, 'listTestSessions'],
    ]);
  });

  it('does not retry a 401 and raises VendorAuthenticationError', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 401, { error: 'upgrade required' }),
    );
    const client = createCloseBotClient({
      apiKey: 'cb_secret_abcdef',
      baseUrl: server.url,
      retry: fastRetry,
    });
    const error = await client.listTestSessions({ botId: 'b1' }).catch((e: unknown) => e);
    expect(isVendorAuthenticationError(error)).toBe(true);
    expect((error as Error).message).toContain('upgrade required');
    expect(server.requests).toHaveLength(1);
  });

  it('gives up with VendorRateLimitError when Retry-After exceeds the cap', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 429, { title: 'Too Many Requests' }, { 'Retry-After': '3600' }),
    );
    const client = createCloseBotClient({
      apiKey: 'k',
      baseUrl: server.url,
      retry: { ...fastRetry, maxRetryAfterMs: 1_000 },
    });
    const error = await client.listTestSessions({ botId: 'b1' }).catch((e: unknown) => e);
    expect(isVendorRateLimitError(error)).toBe(true);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 3_600_000 });
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ['botId', { botId: '' }],
    ['offset', { botId: 'b', offset: -1 }],
    ['maxCount', { botId: 'b', maxCount: 0 }],
    ['maxCount', { botId: 'b', maxCount: 2.5 }],
  ])('rejects a bad %s before sending anything', async (parameter, params) => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, []));
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url });
    const error = await client.listTestSessions(params).catch((e: unknown) => e);
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ parameter });
    expect(server.requests).toHaveLength(0);
  });

  it('refuses to build a client without an API key', () => {
    expect(() => createCloseBotClient({ apiKey: '' })).toThrow(/apiKey/);
  });
});

// ---------------------------------------------------------------------------------------------
// The read side: leads, conversations and messages behind `Source`, and the typed methods.

const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-01T00:00:00.000Z');
/** CloseBot's naive timestamp form (no offset): `2026-03-01T00:00:00`. */
const naive = (ms: number) => new Date(ms).toISOString().replace(/(\.000)?Z$/, '');
const datedLead = (i: number): LeadDto => ({
  ...lead(`L${String(i).padStart(2, '0')}`),
  lastMessageTime: naive(T0 + i * HOUR),
});

/** GET /lead over `all`, paged by 0-based page/pageSize with total, like CloseBot. */
function leadServer(all: LeadDto[]) {
  return startLoopbackServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const page = Number(url.searchParams.get('page'));
    const size = Number(url.searchParams.get('pageSize'));
    sendJson(res, 200, {
      total: all.length,
      page,
      pageSize: size,
      results: all.slice(page * size, (page + 1) * size),
    });
  });
}

const paths = () => server?.requests.map((r) => r.url) ?? [];

describe('leads() and conversations(): GET /lead page by page', () => {
  it('pages leads with 0-based page/pageSize until total, sending the sourceId filter', async () => {
    const all = Array.from({ length: 7 }, (_, i) => datedLead(i));
    server = await leadServer(all);
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url, pageSize: 3 });
    const leads = await collect(client.leads({ sourceId: 'src_1' }));
    expect(leads.map((l) => l.id)).toEqual(all.map((l) => l.id));
    expect(leads[2]?.updatedAt).toBe('2026-03-01T02:00:00.000Z');
    expect(paths()).toEqual([
      '/lead?page=0&pageSize=3&sourceId=src_1',
      '/lead?page=1&pageSize=3&sourceId=src_1',
      '/lead?page=2&pageSize=3&sourceId=src_1',
    ]);
  });

  it('stops on a full page that reaches total, without asking for an empty page', async () => {
    server = await leadServer(Array.from({ length: 6 }, (_, i) => datedLead(i)));
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url, pageSize: 3 });
    expect(await collect(client.leads())).toHaveLength(6);
    expect(paths()).toEqual(['/lead?page=0&pageSize=3', '/lead?page=1&pageSize=3']);
  });

  it('filters since/until on the client by last activity; the request carries no window', async () => {
    const all = Array.from({ length: 7 }, (_, i) => datedLead(i));
    server = await leadServer(all);
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url, pageSize: 3 });
    const leads = await collect(
      client.leads({ since: '2026-03-01T02:00:00Z', until: new Date(T0 + 5 * HOUR) }),
    );
    expect(leads.map((l) => l.id)).toEqual(['L02', 'L03', 'L04']);
    expect(paths().every((p) => !/since|until|start|end/.test(p))).toBe(true);
  });

  it('stops paging once the limit is reached', async () => {
    server = await leadServer(Array.from({ length: 7 }, (_, i) => datedLead(i)));
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url, pageSize: 3 });
    expect((await collect(client.leads({ limit: 4 }))).map((l) => l.id)).toEqual([
      'L00',
      'L01',
      'L02',
      'L03',
    ]);
    expect(server.requests).toHaveLength(2);
  });

  it('lists the same leads as conversations: id = lead id, last message time, last bot', async () => {
    const all = Array.from({ length: 4 }, (_, i) => ({
      ...datedLead(i),
      lastMessageBotId: 'bot_1',
    }));
    server = await leadServer(all);
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url, pageSize: 3 });
    const conversations = await collect(client.conversations({ sourceId: 'src_2' }));
    expect(conversations.map((c) => [c.id, c.status, c.botId, c.lastMessageAt])).toEqual([
      ['L00', 'unknown', 'bot_1', '2026-03-01T00:00:00.000Z'],
      ['L01', 'unknown', 'bot_1', '2026-03-01T01:00:00.000Z'],
      ['L02', 'unknown', 'bot_1', '2026-03-01T02:00:00.000Z'],
      ['L03', 'unknown', 'bot_1', '2026-03-01T03:00:00.000Z'],
    ]);
    expect(paths()).toEqual([
      '/lead?page=0&pageSize=3&sourceId=src_2',
      '/lead?page=1&pageSize=3&sourceId=src_2',
    ]);
  });

  it('reads one conversation with GET /lead/{leadId}', async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, datedLead(3)));
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url });
    const conversation = await client.conversation('L 03');
    expect(conversation).toMatchObject({ id: 'L03', updatedAt: '2026-03-01T03:00:00.000Z' });
    expect(paths()).toEqual(['/lead/L%2003']);
  });

  it('turns the 200 + null answer for an unknown lead into a not-found error', async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, null));
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url });
    for (const read of [() => client.conversation('nope'), () => client.getLead('nope')]) {
      const error = await read().catch((e: unknown) => e);
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'closebot', operation: 'getLead' });
      expect((error as Error).message).toMatch(/lead not found.*get-a-lead/);
    }
  });
});

/**
 * GET /botMetric/messages over `all` (one lead): honours leadId, start, end and maxCount. `order`
 * picks the subset a truncated answer holds; `inclusive` makes both bounds inclusive.
 */
function messageServer(
  all: BotMetricMessage[],
  options: { order?: 'newest' | 'oldest'; inclusive?: boolean; repeat?: boolean } = {},
) {
  return startLoopbackServer((req, res) => {
    const q = new URL(req.url, 'http://x').searchParams;
    const start = Date.parse(q.get('start') ?? '');
    const end = Date.parse(q.get('end') ?? '');
    let rows = all.filter((m) => {
      const t = Date.parse(`${m.timestamp}Z`);
      return m.leadId === q.get('leadId') && t >= start && (options.inclusive ? t <= end : t < end);
    });
    if (options.order === 'newest') rows = rows.reverse();
    rows = rows.slice(0, Number(q.get('maxCount')));
    if (options.repeat && rows[0]) rows = [rows[0], ...rows];
    sendJson(res, 200, rows.slice(0, Number(q.get('maxCount'))));
  });
}

const msg = (i: number, at: number, leadId = 'L1'): BotMetricMessage => ({
  messageId: `m${String(i).padStart(2, '0')}`,
  leadId,
  fromBot: i % 2 === 1,
  message: `text ${i}`,
  timestamp: naive(at),
});

/** The `[start, end]` of every messages request, as offsets in seconds from T0. */
const windows = () =>
  (server?.requests ?? []).map((r) => {
    const q = new URL(r.url, 'http://x').searchParams;
    return [
      (Date.parse(q.get('start') ?? '') - T0) / 1000,
      (Date.parse(q.get('end') ?? '') - T0) / 1000,
    ];
  });

describe('messages(): GET /botMetric/messages by window bisection', () => {
  const since = new Date(T0).toISOString();
  const until = new Date(T0 + 8_000).toISOString();
  // One message per second from T0 to T0 + 7 s.
  const eight = Array.from({ length: 8 }, (_, i) => msg(i, T0 + i * 1_000));
  const make = (url: string, messagesPageSize = 3) =>
    createCloseBotClient({ apiKey: 'k', baseUrl: url, messagesPageSize });

  it('splits full windows in halves, earlier first, and yields each complete window in time order', async () => {
    server = await messageServer(eight, { order: 'newest' });
    const messages = await collect(make(server.url).messages('L1', { since, until }));
    expect(messages.map((m) => m.id)).toEqual(eight.map((m) => m.messageId));
    expect(messages.map((m) => m.role)).toEqual([
      'contact',
      'bot',
      'contact',
      'bot',
      'contact',
      'bot',
      'contact',
      'bot',
    ]);
    // Each request asks for one millisecond more on each side (bound inclusivity is undocumented).
    expect(windows()).toEqual([
      [-0.001, 8.001], // 8 s: full (3 of 8) → split
      [-0.001, 4.001], // [0, 4): full → split
      [-0.001, 2.001], // [0, 2): 2 rows + the one at 2 s (kept for [2, 4)) = full → split
      [-0.001, 1.001], // [0, 1): 1 s window, not split further
      [0.999, 2.001], // [1, 2)
      [1.999, 4.001], // [2, 4): 2 rows + the one at 4 s = full → split
      [1.999, 3.001],
      [2.999, 4.001],
      [3.999, 8.001], // [4, 8): full → split
      [3.999, 6.001],
      [3.999, 5.001],
      [4.999, 6.001],
      [5.999, 8.001], // [6, 8): 2 rows → complete
    ]);
    const first = new URL(server.requests[0]?.url ?? '', 'http://x').searchParams;
    expect(first.get('leadId')).toBe('L1');
    expect(first.get('maxCount')).toBe('3');
  });

  it('gives the same messages whichever subset the server keeps when it truncates', async () => {
    const results: string[][] = [];
    for (const order of ['newest', 'oldest'] as const) {
      server = await messageServer(eight, { order });
      results.push(
        (await collect(make(server.url).messages('L1', { since, until }))).map((m) => m.id),
      );
      await server.close();
      server = undefined;
    }
    expect(results[0]).toEqual(results[1]);
    expect(results[0]).toHaveLength(8);
  });

  it('keeps a message on a window boundary exactly once even when the server bounds are inclusive', async () => {
    server = await messageServer(eight, { inclusive: true });
    const ids = (await collect(make(server.url).messages('L1', { since, until }))).map((m) => m.id);
    expect(ids).toEqual(eight.map((m) => m.messageId));
  });

  it('asks once when the whole window fits in one answer', async () => {
    server = await messageServer(eight);
    expect(await collect(make(server.url, 10).messages('L1', { since, until }))).toHaveLength(8);
    expect(server.requests).toHaveLength(1);
  });

  it('stops splitting at one second and yields what that window returned', async () => {
    // Five messages within the same second: a 1 s window cannot separate them.
    const crowded = Array.from({ length: 5 }, (_, i) => msg(i, T0 + 2_000 + i * 100));
    server = await messageServer(crowded);
    const messages = await collect(make(server.url).messages('L1', { since, until }));
    expect(messages.map((m) => m.id)).toEqual(['m00', 'm01', 'm02']);
    expect(windows()).toContainEqual([1.999, 3.001]);
    // No window narrower than one second (plus the millisecond on each side) was asked for.
    expect(windows().every(([start = 0, end = 0]) => end - start >= 1.002 - 1e-9)).toBe(true);
  });

  it('drops a row the server repeats within one answer', async () => {
    server = await messageServer(eight.slice(0, 2), { repeat: true });
    const ids = (await collect(make(server.url, 5).messages('L1', { since, until }))).map(
      (m) => m.id,
    );
    expect(ids).toEqual(['m00', 'm01']);
  });

  it('without bounds reads from the Unix epoch to now', async () => {
    server = await messageServer([]);
    const before = Date.now();
    expect(await collect(make(server.url).messages('L1'))).toEqual([]);
    const q = new URL(server.requests[0]?.url ?? '', 'http://x').searchParams;
    expect(q.get('start')).toBe('1970-01-01T00:00:00.000Z');
    expect(Date.parse(q.get('end') ?? '')).toBeGreaterThanOrEqual(before);
    expect(Date.parse(q.get('end') ?? '')).toBeLessThanOrEqual(Date.now() + 1);
  });

  it('stops requesting windows once the limit is reached', async () => {
    server = await messageServer(eight, { order: 'newest' });
    const messages = await collect(make(server.url).messages('L1', { since, until, limit: 2 }));
    expect(messages.map((m) => m.id)).toEqual(['m00', 'm01']);
    expect(server.requests).toHaveLength(5);
  });

  it('sends nothing for an empty window', async () => {
    server = await messageServer(eight);
    expect(await collect(make(server.url).messages('L1', { since, until: since }))).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });
});

describe('typed methods', () => {
  it('listLeads sends page/pageSize/sourceId and returns the page with its paging values', async () => {
    server = await leadServer([datedLead(0), datedLead(1), datedLead(2)]);
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url });
    const page = await client.listLeads({ page: 1, pageSize: 2, sourceId: 'src_1' });
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page.leads.map((l) => l.id)).toEqual(['L02']);
    expect(paths()).toEqual(['/lead?page=1&pageSize=2&sourceId=src_1']);
    await client.listLeads();
    expect(paths()[1]).toBe('/lead?page=0&pageSize=20');
  });

  it('getLead sends includeExternal only when asked', async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, datedLead(1)));
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url });
    expect((await client.getLead('L01', { includeExternal: true })).id).toBe('L01');
    await client.getLead('L01');
    expect(paths()).toEqual(['/lead/L01?includeExternal=true', '/lead/L01']);
  });

  it('searchLeads always sends the four list filters ([] when omitted) and offset/count', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, { leads: [datedLead(0)], total: 9 }),
    );
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url });
    const result = await client.searchLeads({ search: 'yoga', botIds: ['bot_1'] });
    expect(result.total).toBe(9);
    expect(result.leads.map((l) => l.id)).toEqual(['L00']);
    expect(server.requests[0]?.method).toBe('POST');
    expect(server.requests[0]?.url).toBe('/lead/search');
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({
      offset: 0,
      count: 20,
      search: 'yoga',
      sourceIds: [],
      channels: [],
      botIds: ['bot_1'],
      personaIds: [],
    });
  });

  it('searchLeads is a read, so a 503 is retried', async () => {
    let calls = 0;
    server = await startLoopbackServer((_req, res) => {
      calls++;
      if (calls === 1) sendJson(res, 503, {});
      else sendJson(res, 200, { leads: [], total: 0 });
    });
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url, retry: fastRetry });
    expect(await client.searchLeads()).toEqual({ leads: [], total: 0 });
    expect(calls).toBe(2);
  });

  it('createTestSession POSTs once and is not retried (every call creates a session)', async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 503, { title: 'Unavailable' }));
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url, retry: fastRetry });
    const error = await client.createTestSession('bot_1').catch((e: unknown) => e);
    expect(isVendorHttpError(error)).toBe(true);
    expect(error).toMatchObject({ status: 503, operation: 'createTestSession' });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /bot/bot_1/testSession',
    ]);
  });

  it('listMessages sends the window as UTC instants and normalizes one answer', async () => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, [msg(1, T0)]));
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url });
    const messages = await client.listMessages({
      leadId: 'L1',
      start: '2026-03-01T01:00:00+01:00',
      end: new Date(T0 + HOUR),
      maxCount: 50,
    });
    expect(messages.map((m) => [m.id, m.role, m.createdAt])).toEqual([
      ['m01', 'bot', '2026-03-01T00:00:00.000Z'],
    ]);
    expect(paths()).toEqual([
      '/botMetric/messages?leadId=L1&start=2026-03-01T00%3A00%3A00.000Z&end=2026-03-01T01%3A00%3A00.000Z&maxCount=50',
    ]);
  });

  it('listSources URL-encodes the + of `order` and returns the page', async () => {
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, { total: 1, page: 0, pageSize: 5, results: [{ sourceId: 'src_1' }] }),
    );
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url });
    const page = await client.listSources({
      pageSize: 5,
      query: 'gym',
      category: 'GHL',
      order: '+name',
    });
    expect(page).toEqual({ sources: [{ sourceId: 'src_1' }], total: 1, page: 0, pageSize: 5 });
    expect(paths()).toEqual([
      '/agency/source?page=0&pageSize=5&query=gym&category=GHL&order=%2Bname',
    ]);
  });

  it('listBots, getBot and getSource return the vendor records; a null body means not found', async () => {
    server = await startLoopbackServer((req, res) => {
      if (req.url === '/bot') return sendJson(res, 200, [{ id: 'bot_1' }]);
      if (req.url === '/bot/bot_1') return sendJson(res, 200, { id: 'bot_1', name: 'Front desk' });
      return sendJson(res, 200, null);
    });
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url });
    expect(await client.listBots()).toEqual([{ id: 'bot_1' }]);
    expect(await client.getBot('bot_1')).toEqual({ id: 'bot_1', name: 'Front desk' });
    for (const [read, operation] of [
      [() => client.getBot('bot_x'), 'getBot'],
      [() => client.getSource('src_x'), 'getSource'],
    ] as const) {
      const error = await read().catch((e: unknown) => e);
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ operation });
      expect((error as Error).message).toMatch(/not found/);
    }
  });

  it('never surfaces source or bot credentials (accessToken, key) in errors', async () => {
    const accessToken = 'crm-oauth-token-5d1f9c';
    const key = 'loc-crm-key-77aa21';
    const botKey = 'loc-bot-key-19cc04';
    server = await startLoopbackServer((req, res) => {
      if (req.url === '/agency/source/src_1')
        return sendJson(res, 200, { sourceId: 'src_1', accessToken, key });
      if (req.url === '/bot') return sendJson(res, 200, [{ id: 'b', sources: [{ key: botKey }] }]);
      // A failure that echoes the credentials, by property name and in free text.
      return sendJson(res, 500, {
        title: `Refresh failed for ${key} (${botKey})`,
        detail: `token ${accessToken} rejected`,
        source: { sourceId: 'src_1', accessToken, key },
      });
    });
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url, retry: false });
    await client.getSource('src_1');
    await client.listBots();
    const error = await client.listSources().catch((e: unknown) => e);
    expect(isVendorHttpError(error)).toBe(true);
    const seen = `${String(error)} ${(error as Error).message} ${JSON.stringify(error)}`;
    for (const secret of [accessToken, key, botKey]) expect(seen).not.toContain(secret);
    expect(seen).toContain('Refresh failed for [REDACTED]');
  });
});

describe('bad input is rejected before anything is sent', () => {
  const cases: Array<[string, string, (client: CloseBotClient) => unknown]> = [
    ['leads: since', 'since', (c) => c.leads({ since: 'last week' })],
    ['leads: limit', 'limit', (c) => c.leads({ limit: -1 })],
    ['leads: sourceId', 'sourceId', (c) => c.leads({ sourceId: ' ' })],
    ['conversations: until', 'until', (c) => c.conversations({ until: new Date('nope') })],
    ['conversations: sourceId', 'sourceId', (c) => c.conversations({ sourceId: 5 as never })],
    ['conversation: id', 'id', (c) => c.conversation('')],
    ['messages: conversationId', 'conversationId', (c) => c.messages('')],
    [
      'messages: reversed window',
      'since',
      (c) => c.messages('L1', { since: '2026-02-01', until: '2026-01-01' }),
    ],
    ['listLeads: page', 'page', (c) => c.listLeads({ page: -1 })],
    ['listLeads: pageSize', 'pageSize', (c) => c.listLeads({ pageSize: 0 })],
    ['getLead: leadId', 'leadId', (c) => c.getLead(' ')],
    [
      'getLead: includeExternal',
      'includeExternal',
      (c) => c.getLead('L1', { includeExternal: 'yes' as never }),
    ],
    ['searchLeads: sourceIds', 'sourceIds[1]', (c) => c.searchLeads({ sourceIds: ['src_1', ''] })],
    ['searchLeads: channels', 'channels', (c) => c.searchLeads({ channels: 'SMS' as never })],
    ['searchLeads: count', 'count', (c) => c.searchLeads({ count: 0 })],
    ['searchLeads: offset', 'offset', (c) => c.searchLeads({ offset: 1.5 })],
    ['listMessages: start', 'start', (c) => c.listMessages({ start: 'yesterday' })],
    ['listMessages: maxCount', 'maxCount', (c) => c.listMessages({ maxCount: 0 })],
    ['getBot: id', 'id', (c) => c.getBot('')],
    ['listSources: pageSize', 'pageSize', (c) => c.listSources({ pageSize: 101 })],
    ['listSources: order', 'order', (c) => c.listSources({ order: 'name' })],
    ['getSource: id', 'id', (c) => c.getSource(undefined as never)],
    ['createTestSession: botId', 'botId', (c) => c.createTestSession('')],
  ];

  it.each(cases)('%s', async (_name, parameter, act) => {
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, []));
    const client = createCloseBotClient({ apiKey: 'cb_secret_key_123', baseUrl: server.url });
    let error: unknown;
    try {
      // Listings check their input when called, before iteration starts.
      const result = act(client);
      if (result instanceof Promise) await result;
    } catch (e) {
      error = e;
    }
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'closebot', parameter });
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ['pageSize', { pageSize: 0 }],
    ['pageSize', { pageSize: 101 }],
    ['messagesPageSize', { messagesPageSize: 101 }],
    ['messagesPageSize', { messagesPageSize: 2.5 }],
  ])('rejects a bad %s option when the client is built', (parameter, option) => {
    expect(() => createCloseBotClient({ apiKey: 'k', ...option })).toThrow(
      expect.objectContaining({ parameter, operation: 'createCloseBotClient' }),
    );
  });
});

describe('responses that break the spec', () => {
  it('listBots and listSources do not crash on null items or a non-array `sources`', async () => {
    const { startLoopbackServer: start, sendJson: send } = await import('@botbridge/testing');
    const srv = await start((req, res) => {
      if (req.url.startsWith('/bot'))
        return send(res, 200, [null, { id: 'b1', sources: { key: 'x' } }]);
      return send(res, 200, {
        total: 2,
        page: 0,
        pageSize: 20,
        results: [null, { sourceId: 's1' }],
      });
    });
    try {
      const client = createCloseBotClient({ apiKey: 'k', baseUrl: srv.url });
      await expect(client.listBots()).resolves.toHaveLength(2);
      await expect(client.listSources()).resolves.toBeDefined();
    } finally {
      await srv.close();
    }
  });
});
