import { collect, isVendorArgumentError, isVendorHttpError } from '@botbridge/core';
import {
  eventLoopTurns,
  eventually,
  type GatedAnswer,
  type LoopbackServer,
  type RecordedRequest,
  startGatedServer,
  trackTimers,
} from '@botbridge/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type BotMetricMessage,
  type CloseBotClient,
  createCloseBotClient,
  type LeadDto,
} from '../src/index.js';

// Prefetch over real HTTP on 127.0.0.1: how many page requests the server has out at once, which
// pages it was asked for, and which requests the client aborted. Counted, never timed: the server
// holds its answers until the requests it expects have all arrived.

const lead = (i: number): LeadDto => ({
  id: `lead_${String(i).padStart(3, '0')}`,
  name: `Lead ${i}`,
  starred: false,
  unread: false,
  tags: [],
  fields: [],
});
const leads = (n: number) => Array.from({ length: n }, (_, i) => lead(i));
const idsOf = (records: ReadonlyArray<{ id?: string | null }>) => records.map((r) => r.id);

/** GET /lead over `data`, paged by 0-based page/pageSize with total. */
const leadPages =
  (data: LeadDto[]) =>
  (req: RecordedRequest): GatedAnswer => {
    const q = new URL(req.url, 'http://x').searchParams;
    const page = Number(q.get('page'));
    const size = Number(q.get('pageSize'));
    const results = data.slice(page * size, page * size + size);
    return { status: 200, body: { total: data.length, page, pageSize: size, results } };
  };

const pageOf = (req: RecordedRequest) =>
  Number(new URL(req.url, 'http://x').searchParams.get('page'));
const pagesAsked = (server: LoopbackServer) => server.requests.map(pageOf);

let gate: Awaited<ReturnType<typeof startGatedServer>> | undefined;
afterEach(async () => {
  gate?.release();
  await gate?.server.close();
  gate = undefined;
});

const clientOf = (url: string, pageSize = 10): CloseBotClient =>
  createCloseBotClient({ apiKey: 'k', baseUrl: url, pageSize, retry: { baseDelayMs: 1 } });

describe('leads() with prefetch: GET /lead knows its total', () => {
  it('has `prefetch` pages out at once after the first, and gives every lead once, in order', async () => {
    gate = await startGatedServer(leadPages(leads(95)));
    // Everything after page 0 waits until the four pages asked ahead have all arrived.
    gate.holdWhile((req) => pageOf(req) > 0);
    const listing = collect(clientOf(gate.server.url).leads({ prefetch: 4 }));
    await vi.waitFor(() => expect(gate?.held()).toBe(4));
    await eventLoopTurns(20);
    expect(gate.held()).toBe(4);
    gate.release();
    const got = await listing;
    expect(idsOf(got)).toEqual(idsOf(leads(95)));
    // Each page once (requests out together may arrive in any order).
    expect(pagesAsked(gate.server).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(gate.stats.maxOut).toBe(4);
    expect(gate.stats.aborted).toBe(0);
  });

  it('reads one page ahead by default: the next page is asked for before the caller finishes this one', async () => {
    gate = await startGatedServer(leadPages(leads(30)));
    const iterator = clientOf(gate.server.url).leads()[Symbol.asyncIterator]();
    expect((await iterator.next()).value?.id).toBe('lead_000');
    await vi.waitFor(() => expect(gate?.server.requests).toHaveLength(2));
    const rest = [];
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) rest.push(r.value);
    expect(rest).toHaveLength(29);
    expect(pagesAsked(gate.server)).toEqual([0, 1, 2]);
    expect(gate.stats.maxOut).toBe(1);
  });

  it('break aborts the pages out, asks for nothing more and leaves no timer behind', async () => {
    gate = await startGatedServer(leadPages(leads(200)));
    gate.holdWhile((req) => pageOf(req) > 0);
    const timers = trackTimers();
    try {
      let during = 0;
      for await (const found of clientOf(gate.server.url).leads({ prefetch: 3 })) {
        expect(found.id).toBe('lead_000');
        // Pages 1–3 are out (held by the server) while the caller reads page 0.
        await eventually(() => gate?.held() === 3);
        during = timers.alive();
        break;
      }
      await eventually(() => gate?.stats.aborted === 3);
      // Each request out had its deadline running; they went with the requests.
      expect(during).toBeGreaterThan(0);
      await eventually(() => timers.alive() === 0);
    } finally {
      timers.restore();
    }
    await eventLoopTurns(20);
    expect(pagesAsked(gate.server).sort()).toEqual([0, 1, 2, 3]);
  });

  it('the query signal aborts the pages out; the listing fails with its reason', async () => {
    gate = await startGatedServer(leadPages(leads(200)));
    gate.holdWhile((req) => pageOf(req) > 0);
    const controller = new AbortController();
    const seen: string[] = [];
    const error = await (async () => {
      for await (const found of clientOf(gate.server.url).leads({
        prefetch: 2,
        signal: controller.signal,
      })) {
        seen.push(found.id);
        if (seen.length === 1) {
          await vi.waitFor(() => expect(gate?.held()).toBe(2));
          controller.abort(new Error('sync cancelled'));
        }
      }
    })().catch((e: unknown) => e);
    expect((error as Error).message).toBe('sync cancelled');
    // The page in hand is still given.
    expect(seen).toEqual(idsOf(leads(10)));
    await vi.waitFor(() => expect(gate?.stats.aborted).toBe(2));
  });

  it('a failed page asked for ahead fails the listing when the caller reaches it, after every lead before it', async () => {
    const pages = leadPages(leads(100));
    gate = await startGatedServer((req) =>
      pageOf(req) === 3 ? { status: 400, body: { title: 'bad page' } } : pages(req),
    );
    const seen: string[] = [];
    const error = await (async () => {
      for await (const found of clientOf(gate.server.url).leads({ prefetch: 4 }))
        seen.push(found.id);
    })().catch((e: unknown) => e);
    expect(isVendorHttpError(error)).toBe(true);
    expect(error).toMatchObject({ status: 400, operation: 'listLeads' });
    expect(seen).toEqual(idsOf(leads(30)));
  });

  it('a page asked for ahead is retried like any other (503 once, then the page)', async () => {
    const pages = leadPages(leads(50));
    let failed = false;
    gate = await startGatedServer((req) => {
      if (pageOf(req) === 2 && !failed) {
        failed = true;
        return { status: 503, body: { title: 'busy' } };
      }
      return pages(req);
    });
    const got = await collect(clientOf(gate.server.url).leads({ prefetch: 3 }));
    expect(idsOf(got)).toEqual(idsOf(leads(50)));
    expect([...pagesAsked(gate.server)].sort()).toEqual([0, 1, 2, 2, 3, 4]);
  });

  it('a server that caps the page size: pages of its size, each lead once, nothing asked twice', async () => {
    const data = leads(120);
    gate = await startGatedServer((req) => {
      const page = pageOf(req);
      const asked = Number(new URL(req.url, 'http://x').searchParams.get('pageSize'));
      const size = Math.min(asked, 25);
      const results = data.slice(page * size, page * size + size);
      return { status: 200, body: { total: data.length, page, pageSize: size, results } };
    });
    const got = await collect(clientOf(gate.server.url, 100).leads({ prefetch: 4 }));
    expect(idsOf(got)).toEqual(idsOf(data));
    expect(pagesAsked(gate.server).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(gate.stats.aborted).toBe(0);
  });

  it('stops at the limit without asking for a page past it', async () => {
    gate = await startGatedServer(leadPages(leads(100)));
    const got = await collect(clientOf(gate.server.url).leads({ prefetch: 4, limit: 15 }));
    expect(got).toHaveLength(15);
    expect(pagesAsked(gate.server)).toEqual([0, 1]);
  });
});

describe('the other paged listings take prefetch', () => {
  it('testSessions(): pages by offset, prefetch pages at once with the envelope total', async () => {
    const data = leads(45);
    gate = await startGatedServer((req) => {
      const q = new URL(req.url, 'http://x').searchParams;
      const offset = Number(q.get('offset'));
      const items = data.slice(offset, offset + Number(q.get('maxCount')));
      return { status: 200, body: { total: data.length, leads: items } };
    });
    gate.holdWhile((req) => !req.url.includes('offset=0'));
    const listing = collect(
      clientOf(gate.server.url).testSessions({ botId: 'bot_1', maxCount: 10, prefetch: 2 }),
    );
    await vi.waitFor(() => expect(gate?.held()).toBe(2));
    gate.release();
    expect(idsOf(await listing)).toEqual(idsOf(data));
    expect(gate.stats.maxOut).toBe(2);
    expect(gate.server.requests).toHaveLength(5);
  });

  it('messages(): the windows asked for are the same with and without prefetch', async () => {
    // Five messages an hour apart, two rows an answer: the first windows are full and split.
    const at = (i: number) => Date.parse('2026-03-01T00:00:00Z') + i * 3_600_000;
    const rows: BotMetricMessage[] = Array.from({ length: 5 }, (_, i) => ({
      messageId: `m${i}`,
      leadId: 'lead_1',
      fromBot: i % 2 === 1,
      message: `text ${i}`,
      timestamp: new Date(at(i)).toISOString().replace(/\.000Z$/, ''),
    }));
    gate = await startGatedServer((req) => {
      const q = new URL(req.url, 'http://x').searchParams;
      const [start, end] = [Date.parse(q.get('start') ?? ''), Date.parse(q.get('end') ?? '')];
      const inside = rows.filter((_, i) => at(i) >= start && at(i) < end);
      return { status: 200, body: inside.slice(0, 2) };
    });
    const client = createCloseBotClient({
      apiKey: 'k',
      baseUrl: gate.server.url,
      messagesPageSize: 2,
    });
    const window = { since: '2026-03-01T00:00:00Z', until: '2026-03-02T00:00:00Z' };
    const sequential = await collect(client.messages('lead_1', { ...window, prefetch: 0 }));
    const asked = gate.server.requests.map((r) => r.url);
    const ahead = await collect(client.messages('lead_1', { ...window, prefetch: 4 }));
    expect(ahead).toEqual(sequential);
    expect(sequential.map((m) => m.id)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(gate.server.requests.slice(asked.length).map((r) => r.url)).toEqual(asked);
    expect(gate.stats.maxOut).toBe(1);
  });

  it.each<[string, (c: CloseBotClient) => AsyncIterable<unknown>]>([
    ['leads', (c) => c.leads({ prefetch: 17 })],
    ['conversations', (c) => c.conversations({ prefetch: -1 })],
    ['messages', (c) => c.messages('lead_1', { prefetch: 1.5 })],
    ['listTestSessions', (c) => c.testSessions({ botId: 'b', prefetch: 99 })],
  ])('%s refuses a bad prefetch before anything is sent', async (operation, list) => {
    gate = await startGatedServer(leadPages([]));
    const client = clientOf(gate.server.url);
    const error = await (async () => collect(list(client)))().catch((e: unknown) => e);
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'closebot', operation, parameter: 'prefetch' });
    expect(gate.server.requests).toHaveLength(0);
  });
});
