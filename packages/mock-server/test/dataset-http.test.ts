import { createCloseBotClient } from '@botbridge/closebot';
import { responseValidators as closebotValidators } from '@botbridge/closebot/validators';
import { collect } from '@botbridge/core';
import { createOpenCxClient } from '@botbridge/opencx';
import { responseValidators as opencxValidators } from '@botbridge/opencx/validators';
import { createSmarterBotClient } from '@botbridge/smarterbot';
import { responseValidators as smarterbotValidators } from '@botbridge/smarterbot/validators';
import { createTwin24Client } from '@botbridge/twin24';
import { responseValidators as twin24Validators } from '@botbridge/twin24/validators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type MockDatasets,
  type MockServers,
  mockVendors,
  startMockServers,
} from '../src/index.js';

// Dataset mode over real HTTP: every answer passes Prism's response validation, the same seed
// gives byte-identical answers, writes are seen by later reads, and Twin's tokens expire.

interface Call {
  method?: string;
  path: string;
  body?: unknown;
}

const headers = {
  closebot: { 'X-CB-KEY': 'k' },
  opencx: { Authorization: 'Bearer k' },
  smarterbot: { Authorization: 'k' },
} as const;

/** A scripted read of every operation of a vendor, built from the dataset's own ids. */
function script(vendor: 'closebot' | 'opencx' | 'smarterbot', datasets: MockDatasets): Call[] {
  if (vendor === 'closebot') {
    const d = datasets.closebot;
    if (!d) throw new Error('no closebot dataset');
    const lead = d.leads[1]?.id ?? '';
    const bot = d.bots[0]?.id ?? '';
    return [
      { path: '/lead?page=0&pageSize=7' },
      { path: '/lead?page=1&pageSize=7' },
      { path: `/lead?page=0&pageSize=5&sourceId=${d.sources[0]?.sourceId}` },
      { path: `/lead/${lead}` },
      { path: '/lead/lead_DOESNOTEXIST' },
      {
        method: 'POST',
        path: '/lead/search',
        body: { offset: 0, count: 4, sourceIds: [], channels: [], botIds: [], personaIds: [] },
      },
      { path: `/botMetric/messages?leadId=${lead}&maxCount=100` },
      { path: '/bot' },
      { path: `/bot/${bot}` },
      { path: '/agency/source?page=0&pageSize=1' },
      { path: `/agency/source/${d.sources[2]?.sourceId}` },
      { path: `/bot/${bot}/testSession?offset=0&maxCount=10` },
    ];
  }
  if (vendor === 'opencx') {
    const d = datasets.opencx;
    if (!d) throw new Error('no opencx dataset');
    const session = d.sessions[3]?.id ?? '';
    return [
      { path: '/chat/sessions' },
      { path: `/chat/sessions?created_after=${d.sessions[10]?.created_at}` },
      { path: `/chat/sessions/${session}` },
      { path: '/chat/sessions/00000000-0000-4000-8000-000000000000' },
      { path: `/chat/sessions/${d.sessions[0]?.id}/history` },
      { method: 'POST', path: '/chat/sessions/filter', body: { page: 1, limit: 5 } },
      { path: '/contacts' },
    ];
  }
  const d = datasets.smarterbot;
  if (!d) throw new Error('no smarterbot dataset');
  const serialNumber = d.chatbots[0]?.serialNumber ?? '';
  return [
    { method: 'POST', path: '/chat/Chatbot/LeadList', body: { serialNumber } },
    {
      method: 'POST',
      path: '/chat/Chatbot/LeadList',
      body: { serialNumber, startTime: '2026-04-01', endTime: '2026-04-30' },
    },
    {
      method: 'POST',
      path: '/chat/Chatbot/ChatContentHistory',
      body: { SerialNumber: serialNumber },
    },
    {
      method: 'POST',
      path: '/chat/Chatbot/GetMessageCountByChatbot',
      body: { SerialNumber: serialNumber },
    },
    { method: 'POST', path: '/chat/Chatbot/LeadList', body: { serialNumber: '0'.repeat(32) } },
  ];
}

async function send(base: string, vendor: keyof typeof headers, call: Call) {
  const response = await fetch(`${base}${call.path}`, {
    method: call.method ?? 'GET',
    headers: { ...headers[vendor], ...(call.body ? { 'Content-Type': 'application/json' } : {}) },
    ...(call.body ? { body: JSON.stringify(call.body) } : {}),
  });
  return `${response.status} ${await response.text()}`;
}

const start = (seed: number) =>
  startMockServers({
    ports: { closebot: 0, opencx: 0, twin24: 0, smarterbot: 0 },
    dataset: { seed, records: 30 },
  });

describe('dataset mode over HTTP', () => {
  let a: MockServers;
  let b: MockServers;
  let c: MockServers;
  beforeAll(async () => {
    [a, b, c] = await Promise.all([start(5), start(5), start(6)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop(), c?.stop()]);
  });

  it.each(['closebot', 'opencx', 'smarterbot'] as const)(
    '%s: the same seed answers byte-identically, another seed differently',
    async (vendor) => {
      const calls = script(vendor, a.datasets);
      const first = [];
      const second = [];
      for (const call of calls) first.push(await send(a.urls[vendor] ?? '', vendor, call));
      for (const call of calls) second.push(await send(b.urls[vendor] ?? '', vendor, call));
      expect(second).toEqual(first);
      // Every scripted answer is a 200 except the unknown ids, which get the vendor's 404.
      expect(first.map((answer) => answer.slice(0, 3)).filter((s) => s !== '200')).toEqual(['404']);
      const other = [];
      for (const call of script(vendor, c.datasets))
        other.push(await send(c.urls[vendor] ?? '', vendor, call));
      expect(other).not.toEqual(first);
    },
  );

  it.each(mockVendors)(
    '%s: a full read through the client is answered within the spec, every record once',
    async (vendor) => {
      a.clearRequests();
      const base = a.baseUrls[vendor] ?? '';
      const strict = { baseUrl: base, retry: false, validateResponses: 'strict' } as const;
      let count = 0;
      let expected = 0;
      if (vendor === 'closebot') {
        const client = createCloseBotClient({
          apiKey: 'k',
          ...strict,
          validators: closebotValidators,
        });
        count = (await collect(client.leads())).length;
        expected = a.datasets.closebot?.leads.length ?? -1;
        const first = a.datasets.closebot?.leads[0]?.id ?? '';
        const messages = await collect(client.messages(first));
        expect(messages).toHaveLength(a.datasets.closebot?.messagesOf(first).length ?? -1);
      } else if (vendor === 'opencx') {
        const client = createOpenCxClient({
          apiKey: 'k',
          rateLimit: false,
          ...strict,
          validators: opencxValidators,
        });
        count = (await collect(client.conversations())).length;
        expected = a.datasets.opencx?.sessions.length ?? -1;
        const first = a.datasets.opencx?.sessions[0]?.id ?? '';
        await client.conversation(first);
        await collect(client.messages(first));
      } else if (vendor === 'twin24') {
        const client = createTwin24Client({
          credentials: { email: 'dev@example.com', password: 'pw' },
          ...strict,
          validators: twin24Validators,
        });
        count = (await collect(client.conversations())).length;
        expected = a.datasets.twin24?.sessions.length ?? -1;
        const first = a.datasets.twin24?.sessions[0]?.id ?? '';
        const messages = await collect(client.messages(first));
        expect(messages).toHaveLength(a.datasets.twin24?.messagesOf(first).length ?? -1);
      } else {
        const d = a.datasets.smarterbot;
        const client = createSmarterBotClient({
          apiKey: 'k',
          ...strict,
          validators: smarterbotValidators,
        });
        for (const bot of d?.chatbots ?? [])
          count += (await collect(client.leads({ serialNumber: bot.serialNumber }))).length;
        expected = d?.leads.length ?? -1;
      }
      expect(count).toBe(expected);
      const log = a.requests(vendor);
      expect(log.length).toBeGreaterThan(1);
      // Prism checked every answer against the spec; the clients spoke it.
      expect(log.filter((e) => e.responseViolations.length > 0)).toEqual([]);
      expect(log.filter((e) => e.requestViolations.length > 0)).toEqual([]);
    },
  );

  it('closebot: a created test session is seen by the next listing (state lives on)', async () => {
    const bot = a.datasets.closebot?.bots[1]?.id ?? '';
    const list = () =>
      fetch(`${a.urls.closebot}/bot/${bot}/testSession?offset=0&maxCount=100`, {
        headers: headers.closebot,
      }).then((r) => r.json() as Promise<{ leads?: unknown[] } | unknown[]>);
    const size = (body: { leads?: unknown[] } | unknown[]) =>
      Array.isArray(body) ? body.length : (body.leads?.length ?? 0);
    const before = size(await list());
    const created = await fetch(`${a.urls.closebot}/bot/${bot}/testSession`, {
      method: 'POST',
      headers: headers.closebot,
    });
    expect(created.status).toBe(200);
    const { leadId: id } = (await created.json()) as { leadId: string };
    expect(size(await list())).toBe(before + 1);
    const one = await fetch(`${a.urls.closebot}/lead/${id}`, { headers: headers.closebot });
    expect(one.status).toBe(200);
  });
});

const T0 = Date.parse('2026-11-30T12:00:00Z');
const CREDENTIALS = { email: 'dev@example.com', password: 'pw' };

/** A Twin dataset mock on a clock the test moves, and clients of it. */
async function withTwin(
  ttl: { tokenTtlSeconds: number; refreshTtlSeconds?: number },
  run: (twin: {
    mocks: MockServers<'twin24'>;
    clock: { now: number };
    client(clientNow?: () => number): ReturnType<typeof createTwin24Client>;
  }) => Promise<void>,
) {
  const clock = { now: T0 };
  const mocks = await startMockServers({
    vendors: ['twin24'],
    ports: { twin24: 0 },
    dataset: { seed: 1, records: 5 },
    ...ttl,
    now: () => clock.now,
  });
  try {
    await run({
      mocks,
      clock,
      client: (clientNow = () => clock.now) =>
        createTwin24Client({
          baseUrl: mocks.baseUrls.twin24,
          credentials: CREDENTIALS,
          retry: false,
          now: clientNow,
        }),
    });
  } finally {
    await mocks.stop();
  }
}

describe('Twin tokens in dataset mode', () => {
  it('expire after tokenTtlSeconds: "Token is expired.", then a refresh gets through', () =>
    withTwin({ tokenTtlSeconds: 60 }, async ({ mocks, clock, client }) => {
      const twin = client();
      await twin.listSessions({ limit: 2 });
      // A raw call with a token after its TTL: the mock says so, as Twin does.
      const login = await fetch(`${mocks.baseUrls.twin24}/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(CREDENTIALS),
      });
      const { token } = (await login.json()) as { token: string };
      clock.now += 61_000;
      const stale = await fetch(`${mocks.baseUrls.twin24}/sessions`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(stale.status).toBe(401);
      expect(await stale.json()).toEqual({ error: 'Token is expired.' });
      // A foreign token is not authenticated at all.
      const foreign = await fetch(`${mocks.baseUrls.twin24}/sessions`, {
        headers: { Authorization: 'Bearer a.b.c' },
      });
      expect(foreign.status).toBe(401);
      expect(await foreign.json()).not.toEqual({ error: 'Token is expired.' });
      // The client refreshes before its token's exp and carries on.
      mocks.clearRequests();
      await twin.listSessions({ limit: 2 });
      expect(mocks.requests().map((e) => [e.operationId, e.status])).toEqual([
        ['refreshToken', 200],
        ['listSessions', 200],
      ]);
    }));

  it('a client that ignores exp gets "Token is expired." and recovers by refreshing once', () =>
    withTwin({ tokenTtlSeconds: 3_600 }, async ({ mocks, clock, client }) => {
      // A client clock that lags: it believes its token is still fresh.
      let clientNow = clock.now;
      const twin = client(() => clientNow);
      await twin.listSessions({ limit: 2 });
      clock.now += 3_700_000;
      clientNow += 1_000;
      mocks.clearRequests();
      const page = await twin.listSessions({ limit: 2 });
      expect(page.conversations).toHaveLength(2);
      expect(mocks.requests().map((e) => [e.operationId, e.status])).toEqual([
        ['listSessions', 401],
        ['refreshToken', 200],
        ['listSessions', 200],
      ]);
    }));

  it('an expired refresh token makes the client log in again', () =>
    withTwin({ tokenTtlSeconds: 60, refreshTtlSeconds: 120 }, async ({ mocks, clock, client }) => {
      const twin = client();
      await twin.listSessions({ limit: 1 });
      clock.now += 600_000;
      mocks.clearRequests();
      await twin.listSessions({ limit: 1 });
      expect(mocks.requests().map((e) => [e.operationId, e.status])).toEqual([
        ['refreshToken', 401],
        ['login', 200],
        ['listSessions', 200],
      ]);
    }));
});
