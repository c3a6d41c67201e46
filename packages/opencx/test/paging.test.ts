import { isVendorNormalizationError } from '@botbridge/core';
import { type LoopbackServer, sendJson, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ChatHistoryItem,
  type ChatSession,
  type ContactDto,
  createOpenCxClient,
  type OpenCxClient,
} from '../src/index.js';

// Paging against servers that misbehave the ways real ones do (issue #8), for every OpenCX
// listing: the cursor/next listings (sessions, history, contacts, and the Source listings on them)
// and the page/has_next filter search. Each scenario is a real HTTP server on 127.0.0.1; the
// assertions count what the server received.

const SESSION_ID = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';
const RUNAWAY = 50;
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
const historyItem = (n: number): ChatHistoryItem => ({
  id: uuid(n),
  created_at: '2026-03-14T09:12:45Z',
  event: {
    type: 'message',
    sender: { type: 'contact', name: null },
    content: { type: 'text', text: `message ${n}` },
    attachments: [],
  },
});
const contact = (n: number): ContactDto => ({
  id: uuid(n),
  name: `Contact ${n}`,
  email: `c${n}@example.com`,
  phone_number: null,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-02T00:00:00Z',
});

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Every cursor listing: its operation, one item by number, and how to read it all. */
const CURSOR_LISTINGS: Array<
  [string, string, (n: number) => unknown, (c: OpenCxClient) => AsyncIterable<{ id?: string }>]
> = [
  ['chatSessions', 'listChatSessions', session, (c) => c.chatSessions()],
  ['conversations (Source)', 'listChatSessions', session, (c) => c.conversations()],
  ['chatHistory', 'listChatHistory', historyItem, (c) => c.chatHistory(SESSION_ID)],
  ['messages (Source)', 'listChatHistory', historyItem, (c) => c.messages(SESSION_ID)],
  ['contacts', 'listContacts', contact, (c) => c.contacts()],
];

/** A cursor server: `answer(cursor, n)` answers the n-th request, sent with `cursor` ('' first). */
async function cursorServer(
  answer: (cursor: string, n: number) => { items: unknown[]; next: string | null },
) {
  let n = 0;
  return startLoopbackServer((req, res) => {
    if (n >= RUNAWAY) return sendJson(res, 599, { error: 'runaway' });
    const cursor = new URL(req.url, 'http://x').searchParams.get('cursor') ?? '';
    sendJson(res, 200, answer(cursor, n++));
  });
}

const cursors = () =>
  (server?.requests ?? []).map((r) => new URL(r.url, 'http://x').searchParams.get('cursor') ?? '');

async function readAll(iterable: AsyncIterable<{ id?: string }>) {
  const ids: Array<string | undefined> = [];
  const error = await (async () => {
    for await (const record of iterable) ids.push(record.id);
  })().catch((e: unknown) => e);
  return { ids, error };
}

describe.each(CURSOR_LISTINGS)('%s: next cursors', (_name, operation, item, list) => {
  const client = () =>
    createOpenCxClient({ apiKey: 'k', baseUrl: server?.url ?? '', rateLimit: false });

  it('fails when next leads back to a cursor already followed (A → B → A), before asking again', async () => {
    const next: Record<string, string> = { '': 'A', A: 'B', B: 'A' };
    server = await cursorServer((cursor, n) => ({ items: [item(n)], next: next[cursor] ?? null }));
    const { ids, error } = await readAll(list(client()));
    expect(isVendorNormalizationError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'opencx', operation });
    expect((error as Error).message).toMatch(/did not advance.*"A".*already requested/);
    expect(ids).toEqual([uuid(0), uuid(1), uuid(2)]);
    expect(cursors()).toEqual(['', 'A', 'B']);
  });

  it('fails when fresh cursors keep bringing the same records, within three requests', async () => {
    server = await cursorServer((_cursor, n) => ({ items: [item(1), item(2)], next: `c${n}` }));
    const { ids, error } = await readAll(list(client()));
    expect(isVendorNormalizationError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'opencx', operation });
    expect(ids).toEqual([uuid(1), uuid(2)]);
    expect(server.requests).toHaveLength(3);
  });

  it('fails when fresh cursors keep answering empty pages, within three requests', async () => {
    server = await cursorServer((_cursor, n) => ({
      items: n === 0 ? [item(1)] : [],
      next: `c${n}`,
    }));
    const { error } = await readAll(list(client()));
    expect(isVendorNormalizationError(error)).toBe(true);
    expect(server.requests).toHaveLength(3);
  });

  it('gives a record that two pages overlap on once', async () => {
    const pages: Record<string, { items: unknown[]; next: string | null }> = {
      '': { items: [item(1), item(2)], next: 'A' },
      A: { items: [item(2), item(3)], next: null },
    };
    server = await cursorServer((cursor) => pages[cursor] ?? { items: [], next: null });
    const { ids, error } = await readAll(list(client()));
    expect(error).toBeUndefined();
    expect(ids).toEqual([uuid(1), uuid(2), uuid(3)]);
  });
});

interface FilterServerOptions {
  /** Most sessions the server gives per page, whatever `limit` says. */
  cap?: number;
  /** Whether the page's first session is at `(page − 1) × limit asked` or `× the size given`. */
  offsetFrom?: 'asked' | 'given';
  /** Runs before the n-th request (0-based): change `data` to move sessions. */
  before?: (n: number, data: ChatSession[]) => void;
  /** Overrides the answer. */
  answer?: (page: number, limit: number, data: ChatSession[]) => unknown;
}

/** POST /chat/sessions/filter over a mutable list, paged by 1-based page and limit. */
async function filterServer(data: ChatSession[], options: FilterServerOptions = {}) {
  let n = 0;
  return startLoopbackServer((req, res) => {
    if (n >= RUNAWAY) return sendJson(res, 599, { error: 'runaway' });
    options.before?.(n, data);
    n++;
    const body = JSON.parse(req.body) as { page?: number; limit?: number };
    const page = body.page ?? 1;
    const asked = body.limit ?? 25;
    if (options.answer) return sendJson(res, 200, options.answer(page, asked, data));
    const size = Math.min(asked, options.cap ?? asked);
    const from = (page - 1) * (options.offsetFrom === 'asked' ? asked : size);
    sendJson(res, 200, {
      data: data.slice(from, from + size),
      page,
      limit: size,
      has_next: from + size < data.length,
      has_previous: page > 1,
    });
  });
}

const sessions = (n: number) => Array.from({ length: n }, (_, i) => session(i));
const filterBodies = () =>
  (server?.requests ?? []).map((r) => JSON.parse(r.body) as { page: number; limit: number });

describe('filteredChatSessions: page numbers and has_next', () => {
  const client = () =>
    createOpenCxClient({ apiKey: 'k', baseUrl: server?.url ?? '', rateLimit: false });

  it('fails when the server echoes a page other than the one asked, at the second request', async () => {
    server = await filterServer(sessions(300), {
      answer: (_page, limit, data) => ({
        data: data.slice(0, limit),
        page: 1,
        limit,
        has_next: true,
      }),
    });
    const { error } = await readAll(client().filteredChatSessions());
    expect(isVendorNormalizationError(error)).toBe(true);
    expect(error).toMatchObject({ vendor: 'opencx', operation: 'filterChatSessions' });
    expect((error as Error).message).toMatch(/asked for page 2, the server answered page 1/);
    expect(server.requests).toHaveLength(2);
  });

  it('fails within three requests when every page repeats the same sessions', async () => {
    server = await filterServer(sessions(300), {
      answer: (page, limit, data) => ({ data: data.slice(0, limit), page, limit, has_next: true }),
    });
    const { ids, error } = await readAll(client().filteredChatSessions());
    expect(isVendorNormalizationError(error)).toBe(true);
    expect(ids).toHaveLength(100);
    expect(server.requests).toHaveLength(3);
  });

  it.each(['given', 'asked'] as const)(
    'reads every session once when the server caps the page size (offset from the size %s)',
    async (offsetFrom) => {
      server = await filterServer(sessions(120), { cap: 50, offsetFrom });
      const { ids, error } = await readAll(client().filteredChatSessions());
      expect(error).toBeUndefined();
      expect(ids).toEqual(sessions(120).map((s) => s.id));
      expect(filterBodies().map((b) => [b.page, b.limit])).toEqual([
        [1, 100],
        [2, 50],
        [3, 50],
      ]);
    },
  );

  it('a session created at the head between pages, which pushes session 4 onto page 2, gives it once', async () => {
    server = await filterServer(sessions(12), {
      before: (n, data) => {
        if (n === 1) data.unshift(session(100));
      },
    });
    const { ids, error } = await readAll(client().filteredChatSessions({ limit: 5 }));
    expect(error).toBeUndefined();
    expect(ids).toEqual(sessions(12).map((s) => s.id));
  });
});
