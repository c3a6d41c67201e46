import { collect, isVendorArgumentError, isVendorHttpError } from '@botbridge/core';
import {
  eventLoopTurns,
  eventually,
  type GatedAnswer,
  type RecordedRequest,
  startGatedServer,
  trackTimers,
} from '@botbridge/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ChatSession, createOpenCxClient, type OpenCxClient } from '../src/index.js';

// Prefetch over real HTTP on 127.0.0.1. OpenCX's listings name the next page in each answer (a
// cursor, or `has_next`), so they read one page ahead whatever `prefetch` is: the server never has
// two requests of a listing out at once. Counted, never timed: the server holds answers back.

const SESSION_ID = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const session = (n: number): ChatSession => ({
  id: uuid(n),
  status: 'open',
  ai_closure_type: null,
  sentiment: 'happy',
  channel: { type: 'web' },
  created_at: '2026-03-14T09:12:45Z',
  updated_at: '2026-03-14T09:18:02Z',
});
/** Cursor pages of ten sessions each: cursor `c<k>` is page k, `null` ends after `pages`. */
const cursorPages =
  (pages: number, headers: Record<string, string> = {}) =>
  (req: RecordedRequest): GatedAnswer => {
    const cursor = new URL(req.url, 'http://x').searchParams.get('cursor');
    const k = cursor === null ? 0 : Number(cursor.slice(1));
    const items = Array.from({ length: 10 }, (_, i) => session(k * 10 + i));
    return { status: 200, body: { items, next: k + 1 < pages ? `c${k + 1}` : null }, headers };
  };
const cursorOf = (req: RecordedRequest) => new URL(req.url, 'http://x').searchParams.get('cursor');

let gate: Awaited<ReturnType<typeof startGatedServer>> | undefined;
afterEach(async () => {
  gate?.release();
  await gate?.server.close();
  gate = undefined;
});

const clientOf = (
  url: string,
  options: { rateLimit?: false | { requests: number; perMs: number } } = {},
) =>
  createOpenCxClient({
    apiKey: 'k',
    baseUrl: url,
    rateLimit: false,
    retry: { baseDelayMs: 1 },
    ...options,
  });

const ids = (n: number) => Array.from({ length: n }, (_, i) => uuid(i));

describe('cursor listings with prefetch: one page ahead', () => {
  it('asks for the next cursor while the caller reads the page that gave it, never two at once', async () => {
    gate = await startGatedServer(cursorPages(4));
    gate.holdWhile((req) => cursorOf(req) === 'c1');
    const iterator = clientOf(gate.server.url)
      .conversations({ prefetch: 4 })
      [Symbol.asyncIterator]();
    expect((await iterator.next()).value?.id).toBe(uuid(0));
    // Page c1 is out while the caller reads page 0; nothing further can be known yet.
    await eventually(() => gate?.held() === 1);
    await eventLoopTurns(20);
    expect(gate.server.requests.map(cursorOf)).toEqual([null, 'c1']);
    gate.release();
    const rest = [];
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) rest.push(r.value.id);
    expect([uuid(0), ...rest]).toEqual(ids(40));
    expect(gate.server.requests.map(cursorOf)).toEqual([null, 'c1', 'c2', 'c3']);
    expect(gate.stats.maxOut).toBe(1);
  });

  it('break aborts the page out and asks for nothing more', async () => {
    gate = await startGatedServer(cursorPages(4));
    gate.holdWhile((req) => cursorOf(req) !== null);
    for await (const found of clientOf(gate.server.url).chatSessions({ prefetch: 2 })) {
      expect(found.id).toBe(uuid(0));
      await eventually(() => gate?.held() === 1);
      break;
    }
    await vi.waitFor(() => expect(gate?.stats.aborted).toBe(1));
    await eventLoopTurns(20);
    expect(gate.server.requests.map(cursorOf)).toEqual([null, 'c1']);
  });

  it('a page asked for ahead waits its turn at the rate limit; break leaves no limiter timer', async () => {
    // `Connection: close`: no idle socket keeps a keep-alive timer while the test counts timers.
    gate = await startGatedServer(cursorPages(4, { connection: 'close' }));
    const client = clientOf(gate.server.url, { rateLimit: { requests: 1, perMs: 60_000 } });
    const timers = trackTimers();
    try {
      let waiting = 0;
      for await (const found of client.conversations()) {
        expect(found.id).toBe(uuid(0));
        // The request for c1 is at the limiter, which holds the one timer of its next slot.
        await eventually(() => timers.alive() > 0);
        waiting = timers.alive();
        break;
      }
      expect(waiting).toBe(1);
      await eventually(() => timers.alive() === 0);
    } finally {
      timers.restore();
    }
    await eventLoopTurns(20);
    expect(gate.server.requests.map(cursorOf)).toEqual([null]);
  });

  it('a page asked for ahead is retried like any other (503 once, then the page)', async () => {
    const pages = cursorPages(3);
    let failed = false;
    gate = await startGatedServer((req) => {
      if (cursorOf(req) === 'c1' && !failed) {
        failed = true;
        return { status: 503, body: { error: 'busy' } };
      }
      return pages(req);
    });
    const got = await collect(clientOf(gate.server.url).chatSessions({ prefetch: 1 }));
    expect(got.map((c) => c.id)).toEqual(ids(30));
    expect(gate.server.requests.map(cursorOf)).toEqual([null, 'c1', 'c1', 'c2']);
  });

  it('a failed page asked for ahead fails the listing after every record before it', async () => {
    const pages = cursorPages(4);
    gate = await startGatedServer((req) =>
      cursorOf(req) === 'c2' ? { status: 400, body: { error: 'bad cursor' } } : pages(req),
    );
    const seen: string[] = [];
    const error = await (async () => {
      for await (const found of clientOf(gate.server.url).conversations()) seen.push(found.id);
    })().catch((e: unknown) => e);
    expect(isVendorHttpError(error)).toBe(true);
    expect(error).toMatchObject({ status: 400, operation: 'listChatSessions' });
    expect(seen).toEqual(ids(20));
  });

  it('chatHistory takes prefetch with its call options; prefetch 0 asks only when the page is done', async () => {
    gate = await startGatedServer((req) => {
      const cursor = cursorOf(req);
      const k = cursor === null ? 0 : Number(cursor.slice(1));
      const items = [0, 1].map((i) => ({
        id: uuid(k * 2 + i),
        created_at: '2026-03-14T09:12:45Z',
        event: {
          type: 'message',
          sender: { type: 'contact', name: null },
          content: { type: 'text', text: `message ${k * 2 + i}` },
          attachments: [],
        },
      }));
      return { status: 200, body: { items, next: k < 2 ? `c${k + 1}` : null } };
    });
    const iterator = clientOf(gate.server.url)
      .chatHistory(SESSION_ID, { prefetch: 0 })
      [Symbol.asyncIterator]();
    expect((await iterator.next()).value?.text).toBe('message 0');
    await eventLoopTurns(20);
    expect(gate.server.requests).toHaveLength(1);
    await iterator.return?.();
    const all = await collect(clientOf(gate.server.url).chatHistory(SESSION_ID, { prefetch: 3 }));
    expect(all.map((m) => m.text)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `message ${i}`));
  });
});

describe('filteredChatSessions(): page numbers and has_next, no total', () => {
  it('reads one page ahead whatever prefetch is, each page once', async () => {
    gate = await startGatedServer((req) => {
      const { page, limit } = JSON.parse(req.body) as { page: number; limit: number };
      const data = Array.from({ length: limit }, (_, i) => session((page - 1) * limit + i));
      return {
        status: 200,
        body: { data, page, limit, has_next: page < 3, has_previous: page > 1 },
      };
    });
    const got = await collect(
      clientOf(gate.server.url).filteredChatSessions({ limit: 5, prefetch: 4 }),
    );
    expect(got.map((c) => c.id)).toEqual(ids(15));
    expect(gate.server.requests.map((r) => (JSON.parse(r.body) as { page: number }).page)).toEqual([
      1, 2, 3,
    ]);
    expect(gate.stats.maxOut).toBe(1);
  });
});

describe('a bad prefetch is refused before anything is sent', () => {
  it.each<[string, (c: OpenCxClient) => AsyncIterable<unknown>]>([
    ['conversations', (c) => c.conversations({ prefetch: 17 })],
    ['messages', (c) => c.messages(SESSION_ID, { prefetch: -1 })],
    ['chatSessions', (c) => c.chatSessions({ prefetch: 2.5 })],
    ['chatHistory', (c) => c.chatHistory(SESSION_ID, { prefetch: 100 })],
    ['contacts', (c) => c.contacts({ prefetch: Number.NaN })],
    ['filteredChatSessions', (c) => c.filteredChatSessions({ prefetch: -2 })],
  ])('%s', async (operation, list) => {
    gate = await startGatedServer(cursorPages(1));
    const error = await (async () => collect(list(clientOf(gate?.server.url ?? ''))))().catch(
      (e: unknown) => e,
    );
    expect(isVendorArgumentError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'opencx', operation, parameter: 'prefetch' });
    expect(gate.server.requests).toHaveLength(0);
  });
});
