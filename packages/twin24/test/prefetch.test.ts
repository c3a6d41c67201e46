import { collect, isVendorArgumentError, isVendorHttpError } from '@botbridge/core';
import {
  eventLoopTurns,
  eventually,
  type GatedAnswer,
  type RecordedRequest,
  startGatedServer,
} from '@botbridge/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTwin24Client, type Twin24Client } from '../src/index.js';

// Prefetch over real HTTP on 127.0.0.1. Twin's lists report their total (`count`), so once the
// first page has given it and Twin's page size, up to `prefetch` pages are out at once. Counted,
// never timed: the server holds its answers until the requests it expects have all arrived.

const token = 'eyJhbGciOiJIUzI1NiJ9.twin-prefetch-payload.signature';
/** `n` records shaped to pass as search items, sessions and messages alike, a minute apart. */
const records = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `r${String(i).padStart(3, '0')}`,
    status: 'ACTIVE',
    authorType: 'client',
    body: `text ${i}`,
    createdAt: new Date(Date.parse('2026-03-12T10:00:00Z') + i * 60_000).toISOString(),
    startedAt: new Date(Date.parse('2026-03-12T10:00:00Z') + i * 60_000).toISOString(),
  }));
const idsOf = (rows: ReadonlyArray<{ id: string }>) => rows.map((r) => r.id);

const query = (req: RecordedRequest) => new URL(req.url, 'http://x').searchParams;
const offsetOf = (req: RecordedRequest) => Number(query(req).get('offset') ?? 0);

/** Every Twin list path over `data` by limit/offset with `count`; at most `cap` a page. */
const listPages =
  (data: ReturnType<typeof records>, cap = Number.POSITIVE_INFINITY) =>
  (req: RecordedRequest): GatedAnswer => {
    const offset = offsetOf(req);
    const size = Math.min(Number(query(req).get('limit') ?? 10), cap);
    return { status: 200, body: { count: data.length, items: data.slice(offset, offset + size) } };
  };

let gate: Awaited<ReturnType<typeof startGatedServer>> | undefined;
afterEach(async () => {
  gate?.release();
  await gate?.server.close();
  gate = undefined;
});

const clientOf = (url: string, pageSize = 10): Twin24Client =>
  createTwin24Client({ token, baseUrl: url, pageSize, retry: { baseDelayMs: 1 } });

/** Every paging listing of the client, with `prefetch` and pages of ten. */
const LISTINGS: Array<
  [string, (client: Twin24Client, prefetch: number) => AsyncIterable<{ id: string }>]
> = [
  ['conversations (Source)', (c, prefetch) => c.conversations({ prefetch })],
  ['messages (Source)', (c, prefetch) => c.messages('S1', { prefetch })],
  ['sessions', (c, prefetch) => c.sessions({ limit: 10, prefetch })],
  ['sessionMessages', (c, prefetch) => c.sessionMessages('S1', { limit: 10, prefetch })],
  ['chatSessions', (c, prefetch) => c.chatSessions({ limit: 10, prefetch })],
];

describe.each(LISTINGS)('%s with prefetch', (_name, list) => {
  it('has prefetch pages out at once after the first, each asked once, every record once in order', async () => {
    const data = records(75);
    gate = await startGatedServer(listPages(data));
    gate.holdWhile((req) => offsetOf(req) > 0);
    const listing = collect(list(clientOf(gate.server.url), 3));
    await eventually(() => gate?.held() === 3);
    await eventLoopTurns(20);
    expect(gate.held()).toBe(3);
    gate.release();
    expect(idsOf(await listing)).toEqual(idsOf(data));
    expect(gate.server.requests.map(offsetOf).sort((a, b) => a - b)).toEqual([
      0, 10, 20, 30, 40, 50, 60, 70,
    ]);
    expect(gate.stats.maxOut).toBe(3);
  });

  it('break aborts the pages out and asks for nothing more', async () => {
    gate = await startGatedServer(listPages(records(100)));
    gate.holdWhile((req) => offsetOf(req) > 0);
    for await (const found of list(clientOf(gate.server.url), 2)) {
      expect(found.id).toBe('r000');
      await eventually(() => gate?.held() === 2);
      break;
    }
    await vi.waitFor(() => expect(gate?.stats.aborted).toBe(2));
    await eventLoopTurns(20);
    expect(gate.server.requests).toHaveLength(3);
  });
});

describe('Twin listings: what prefetch must not change', () => {
  it('a server that caps the page size below the one asked: guesses step by its size, nothing asked twice', async () => {
    const data = records(130);
    gate = await startGatedServer(listPages(data, 40));
    const got = await collect(clientOf(gate.server.url, 100).conversations({ prefetch: 4 }));
    expect(idsOf(got)).toEqual(idsOf(data));
    expect(gate.server.requests.map(offsetOf).sort((a, b) => a - b)).toEqual([0, 40, 80, 120]);
    expect(gate.stats.aborted).toBe(0);
  });

  it('without count, one page ahead: no page further on is known to exist', async () => {
    const data = records(35);
    gate = await startGatedServer((req) => {
      const offset = offsetOf(req);
      return { status: 200, body: { items: data.slice(offset, offset + 10) } };
    });
    const got = await collect(clientOf(gate.server.url).sessions({ limit: 10, prefetch: 5 }));
    expect(idsOf(got)).toEqual(idsOf(data));
    expect(gate.server.requests.map(offsetOf)).toEqual([0, 10, 20, 30]);
    expect(gate.stats.maxOut).toBe(1);
  });

  it('a failed page asked for ahead fails the listing after every record before it', async () => {
    const pages = listPages(records(60));
    gate = await startGatedServer((req) =>
      offsetOf(req) === 30 ? { status: 400, body: { error: 'bad offset' } } : pages(req),
    );
    const seen: string[] = [];
    const error = await (async () => {
      for await (const found of clientOf(gate.server.url).messages('S1', { prefetch: 4 })) {
        seen.push(found.id);
      }
    })().catch((e: unknown) => e);
    expect(isVendorHttpError(error)).toBe(true);
    expect(error).toMatchObject({ status: 400, operation: 'listSessionMessages' });
    expect(seen).toEqual(idsOf(records(30)));
  });

  it('stops at the limit without asking for a page past it', async () => {
    gate = await startGatedServer(listPages(records(100)));
    const got = await collect(clientOf(gate.server.url).conversations({ limit: 25, prefetch: 4 }));
    expect(got).toHaveLength(25);
    expect(gate.server.requests.map(offsetOf).sort((a, b) => a - b)).toEqual([0, 10, 20]);
  });

  it.each<[string, (c: Twin24Client) => AsyncIterable<unknown>]>([
    ['conversations', (c) => c.conversations({ prefetch: 17 })],
    ['messages', (c) => c.messages('S1', { prefetch: -1 })],
    ['listSessions', (c) => c.sessions({ prefetch: 0.5 })],
    ['listSessionMessages', (c) => c.sessionMessages('S1', { prefetch: 32 })],
    ['searchChatSessions', (c) => c.chatSessions({ prefetch: Number.POSITIVE_INFINITY })],
  ])('%s refuses a bad prefetch before anything is sent', async (operation, list) => {
    gate = await startGatedServer(listPages([]));
    const error = await (async () => collect(list(clientOf(gate?.server.url ?? ''))))().catch(
      (e: unknown) => e,
    );
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'twin24', operation, parameter: 'prefetch' });
    expect(gate.server.requests).toHaveLength(0);
  });
});
