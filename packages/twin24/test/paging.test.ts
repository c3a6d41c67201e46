import { collect, isVendorNormalizationError } from '@botbridge/core';
import { type LoopbackServer, sendJson, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createTwin24Client, type Twin24Client } from '../src/index.js';

// Paging against servers that misbehave the ways real ones do (issue #8), for every limit/offset
// listing of Twin: the analyse search, the chat service's sessions and messages, and the Source
// listings built on them. Each scenario is a real HTTP server on 127.0.0.1; the assertions count
// what the server received.

const token = 'eyJhbGciOiJIUzI1NiJ9.twin-paging-payload.signature';
const RUNAWAY = 50;

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** `n` records with ids `r000`…, shaped to pass as search items, sessions and messages alike. */
const records = (n: number, prefix = 'r') =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${String(i).padStart(3, '0')}`,
    status: 'ACTIVE',
    authorType: 'client',
    body: `text ${i}`,
    // One minute apart, so every listing keeps them in this order.
    createdAt: new Date(Date.parse('2026-03-12T10:00:00Z') + i * 60_000).toISOString(),
    startedAt: new Date(Date.parse('2026-03-12T10:00:00Z') + i * 60_000).toISOString(),
  }));
type Row = ReturnType<typeof records>[number];

interface ServerOptions {
  /** Most records the server gives per page, whatever `limit` says. */
  cap?: number;
  /** Leave `count` out (`withoutCount`). */
  withoutCount?: boolean;
  /** Answer every offset with the first page. */
  ignoreOffset?: boolean;
  /** Runs before the n-th request (0-based): change `data` to move records. */
  before?: (n: number, data: Row[]) => void;
}

/** Every Twin list path over one mutable list, paged by limit/offset with `count`. */
async function listServer(data: Row[], options: ServerOptions = {}) {
  let n = 0;
  return startLoopbackServer((req, res) => {
    if (n >= RUNAWAY) return sendJson(res, 599, { error: 'runaway' });
    options.before?.(n, data);
    n++;
    const q = new URL(req.url, 'http://x').searchParams;
    const offset = options.ignoreOffset ? 0 : Number(q.get('offset') ?? 0);
    const size = Math.min(Number(q.get('limit') ?? 100), options.cap ?? Number.POSITIVE_INFINITY);
    const items = data.slice(offset, offset + size);
    sendJson(res, 200, options.withoutCount ? { items } : { count: data.length, items });
  });
}

const offsets = () =>
  (server?.requests ?? []).map((r) =>
    Number(new URL(r.url, 'http://x').searchParams.get('offset')),
  );

/** Every paging listing of the client, each reading at most `limit` records per request. */
const LISTINGS: Array<
  [string, string, (client: Twin24Client, limit: number) => AsyncIterable<{ id: string }>]
> = [
  ['chatSessions', 'searchChatSessions', (c, limit) => c.chatSessions({ limit })],
  ['sessions', 'listSessions', (c, limit) => c.sessions({ limit })],
  ['sessionMessages', 'listSessionMessages', (c, limit) => c.sessionMessages('S1', { limit })],
  ['conversations (Source)', 'listSessions', (c) => c.conversations()],
  ['messages (Source)', 'listSessionMessages', (c) => c.messages('S1')],
];

/** A client whose Source listings page by `limit` too. */
const clientFor = (url: string, limit: number) =>
  createTwin24Client({ token, baseUrl: url, pageSize: limit });

describe.each(LISTINGS)('%s', (_name, operation, list) => {
  it('fails within three requests on a server that answers every offset with the same page', async () => {
    for (const withoutCount of [false, true]) {
      server = await listServer(records(120), { ignoreOffset: true, withoutCount });
      const seen: string[] = [];
      const error = await (async () => {
        for await (const record of list(clientFor(server.url, 10), 10)) seen.push(record.id);
      })().catch((e: unknown) => e);
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'twin24', operation });
      expect(seen).toEqual(records(10).map((r) => r.id));
      expect(server.requests).toHaveLength(3);
      await server.close();
      server = undefined;
    }
  });

  it('reads all 120 records once when the server answers 50 for a limit of 100', async () => {
    for (const withoutCount of [false, true]) {
      server = await listServer(records(120), { cap: 50, withoutCount });
      const got = await collect(list(clientFor(server.url, 100), 100));
      expect(got.map((r) => r.id)).toEqual(records(120).map((r) => r.id));
      // With count the listing ends at 120; without it, on the 20 that are fewer than 50.
      expect(offsets()).toEqual([0, 50, 100]);
      await server.close();
      server = undefined;
    }
  });

  it('fails rather than stop short on an empty page before count', async () => {
    const data = records(30);
    let n = 0;
    server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, { count: 30, items: n++ === 0 ? data.slice(0, 10) : [] }),
    );
    const error = await collect(list(clientFor(server.url, 10), 10)).catch((e: unknown) => e);
    expect(isVendorNormalizationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/no records at offset 10 although its total is 30/);
    expect(server.requests).toHaveLength(2);
  });

  it.each(['inserted', 'deleted'] as const)(
    'a record %s at the head after the first page is neither given twice nor skipped',
    async (move) => {
      server = await listServer(records(12), {
        before: (n, data) => {
          if (n !== 1) return;
          if (move === 'inserted') data.unshift(records(1, 'new')[0] as Row);
          else data.shift();
        },
      });
      const got = (await collect(list(clientFor(server.url, 5), 5))).map((r) => r.id);
      expect([...got].sort()).toEqual(records(12).map((r) => r.id));
      expect(new Set(got).size).toBe(got.length);
    },
  );
});
