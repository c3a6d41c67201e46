import { collect, isVendorNormalizationError } from '@botbridge/core';
import { type LoopbackServer, sendJson, startLoopbackServer } from '@botbridge/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { type BotMetricMessage, createCloseBotClient, type LeadDto } from '../src/index.js';

// Paging against servers that misbehave the ways real ones do (issue #8): cursors that come back,
// pages that repeat, page sizes capped below the one asked, and leads that move while a sync pages.
// Each scenario is a real HTTP server on 127.0.0.1; the assertions count what the server received.

const lead = (id: string): LeadDto => ({
  id,
  name: `Lead ${id}`,
  starred: false,
  unread: false,
  tags: [],
  fields: [],
});
const leads = (n: number) => Array.from({ length: n }, (_, i) => lead(`lead_${i}`));
const idsOf = (records: ReadonlyArray<{ id?: string | null }>) => records.map((r) => r.id);

/** Past this many requests the scripted servers answer 599, so a regression fails, not hangs. */
const RUNAWAY = 50;

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface LeadServerOptions {
  /** Most leads the server gives per page, whatever is asked. */
  cap?: number;
  /** Whether the page offset is `page × pageSize asked` or `page × the size given`. */
  offsetFrom?: 'asked' | 'given';
  /** Runs before the n-th request (0-based) is answered: change `data` to move leads. */
  before?: (n: number, data: LeadDto[]) => void;
  /** Overrides the answer, e.g. a page that ignores `page`. */
  answer?: (query: URLSearchParams, data: LeadDto[]) => unknown;
}

/** GET /lead over a mutable list of leads, paged by 0-based page/pageSize with total. */
async function leadServer(data: LeadDto[], options: LeadServerOptions = {}) {
  let n = 0;
  return startLoopbackServer((req, res) => {
    if (n >= RUNAWAY) return sendJson(res, 599, { title: 'runaway' });
    options.before?.(n, data);
    n++;
    const q = new URL(req.url, 'http://x').searchParams;
    if (options.answer) return sendJson(res, 200, options.answer(q, data));
    const page = Number(q.get('page'));
    const asked = Number(q.get('pageSize'));
    const size = Math.min(asked, options.cap ?? asked);
    const from = page * (options.offsetFrom === 'asked' ? asked : size);
    sendJson(res, 200, {
      total: data.length,
      page,
      pageSize: size,
      results: data.slice(from, from + size),
    });
  });
}

const leadQueries = () =>
  (server?.requests ?? []).map((r) => {
    const q = new URL(r.url, 'http://x').searchParams;
    return [Number(q.get('page')), Number(q.get('pageSize'))];
  });

async function failure(read: () => Promise<unknown>) {
  const error = await read().catch((e: unknown) => e);
  expect(isVendorNormalizationError(error)).toBe(true);
  return error as Error & { vendor: string; operation: string };
}

describe('leads() and conversations(): a server that cannot advance', () => {
  it('fails when the server echoes a page other than the one asked, at the second request', async () => {
    server = await leadServer(leads(120), {
      answer: (_q, data) => ({
        total: data.length,
        page: 0,
        pageSize: 5,
        results: data.slice(0, 5),
      }),
    });
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url, pageSize: 5 });
    const error = await failure(() => collect(client.leads()));
    expect(error).toMatchObject({ vendor: 'closebot', operation: 'listLeads' });
    expect(error.message).toMatch(/asked for page 1, the server answered page 0/);
    expect(server.requests).toHaveLength(2);
  });

  it('fails within three requests when every page repeats the same leads (no page echoed)', async () => {
    server = await leadServer(leads(120), {
      answer: (_q, data) => ({ total: data.length, results: data.slice(0, 5) }),
    });
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url, pageSize: 5 });
    const seen: string[] = [];
    const error = await failure(async () => {
      for await (const conversation of client.conversations()) seen.push(conversation.id);
    });
    expect(error).toMatchObject({ vendor: 'closebot', operation: 'listLeads' });
    expect(seen).toEqual(idsOf(leads(5)));
    expect(server.requests).toHaveLength(3);
  });
});

describe('leads(): a server that caps the page size', () => {
  it.each(['given', 'asked'] as const)(
    'reads all 120 leads once when the server answers 50 for 100 (offset from the size %s)',
    async (offsetFrom) => {
      server = await leadServer(leads(120), { cap: 50, offsetFrom });
      const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url });
      const got = await collect(client.leads());
      expect(idsOf(got)).toEqual(idsOf(leads(120)));
      expect(leadQueries()).toEqual([
        [0, 100],
        [1, 50],
        [2, 50],
      ]);
    },
  );

  it('fails rather than stop short when a page comes back empty before the total', async () => {
    server = await leadServer(leads(120), {
      answer: (q, data) => ({
        total: data.length,
        page: Number(q.get('page')),
        results: q.get('page') === '0' ? data.slice(0, 100) : [],
      }),
    });
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url });
    const error = await failure(() => collect(client.leads()));
    expect(error.message).toMatch(/no records at offset 100 although its total is 120/);
    expect(server.requests).toHaveLength(2);
  });
});

describe('leads(): leads that move while paging', () => {
  it('a lead inserted at the head after page 0 does not make lead_4 come twice', async () => {
    server = await leadServer(leads(12), {
      before: (n, data) => {
        if (n === 1) data.unshift(lead('lead_new'));
      },
    });
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url, pageSize: 5 });
    const got = idsOf(await collect(client.leads()));
    expect(got).toEqual(idsOf(leads(12)));
  });

  it('a lead deleted at the head after page 0 does not make one go missing', async () => {
    server = await leadServer(leads(12), {
      before: (n, data) => {
        if (n === 1) data.shift();
      },
    });
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url, pageSize: 5 });
    const got = idsOf(await collect(client.leads()));
    // lead_0 was given before it was deleted; every lead comes exactly once.
    expect([...got].sort()).toEqual(idsOf(leads(12)).sort());
    expect(new Set(got).size).toBe(got.length);
  });

  it('fails saying the leads moved when deletions keep coming, within a bounded number of requests', async () => {
    server = await leadServer(leads(300), {
      before: (n, data) => {
        if (n > 0) data.splice(0, 3);
      },
    });
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url, pageSize: 10 });
    const error = await failure(() => collect(client.leads()));
    expect(error.message).toMatch(/records moved while paging/);
    // Page 1 sees the total drop and goes back to page 0, four times (three recoveries allowed).
    expect(leadQueries().map(([page]) => page)).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
  });
});

interface SessionServerOptions {
  cap?: number;
  bare?: boolean;
  before?: (n: number, data: LeadDto[]) => void;
  /** Answers every request with the first page, ignoring `offset`. */
  ignoreOffset?: boolean;
}

/** GET /bot/{botId}/testSession over a mutable list, by offset/maxCount. */
async function sessionServer(data: LeadDto[], options: SessionServerOptions = {}) {
  let n = 0;
  return startLoopbackServer((req, res) => {
    if (n >= RUNAWAY) return sendJson(res, 599, { title: 'runaway' });
    options.before?.(n, data);
    n++;
    const q = new URL(req.url, 'http://x').searchParams;
    const offset = options.ignoreOffset ? 0 : Number(q.get('offset'));
    const size = Math.min(Number(q.get('maxCount')), options.cap ?? Number.POSITIVE_INFINITY);
    const page = data.slice(offset, offset + size);
    sendJson(res, 200, options.bare ? page : { leads: page, total: data.length });
  });
}

const offsets = () =>
  (server?.requests ?? []).map((r) =>
    Number(new URL(r.url, 'http://x').searchParams.get('offset')),
  );

describe('testSessions(): offset/maxCount', () => {
  it.each([
    ['the {leads, total} envelope', false],
    ['the bare array', true],
  ])('reads every session once through a capped page size (%s)', async (_, bare) => {
    server = await sessionServer(leads(120), { cap: 50, bare });
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url });
    const got = await collect(client.testSessions({ botId: 'b1', maxCount: 100 }));
    expect(idsOf(got)).toEqual(idsOf(leads(120)));
    // The envelope's total ends it at 120; the bare array ends on 20, shorter than the 50 given.
    expect(offsets()).toEqual([0, 50, 100]);
  });

  it.each([
    ['the {leads, total} envelope', false],
    ['the bare array', true],
  ])('fails within three requests when the server ignores the offset (%s)', async (_, bare) => {
    server = await sessionServer(leads(120), { ignoreOffset: true, bare });
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url });
    const error = await failure(() => collect(client.testSessions({ botId: 'b1', maxCount: 10 })));
    expect(error).toMatchObject({ vendor: 'closebot', operation: 'listTestSessions' });
    expect(server.requests).toHaveLength(3);
  });

  it('a session inserted or deleted at the head between pages is not given twice nor skipped', async () => {
    for (const move of ['insert', 'delete'] as const) {
      server = await sessionServer(leads(12), {
        before: (n, data) => {
          if (n !== 1) return;
          if (move === 'insert') data.unshift(lead('lead_new'));
          else data.shift();
        },
      });
      const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url });
      const got = idsOf(await collect(client.testSessions({ botId: 'b1', maxCount: 5 })));
      expect([...got].sort()).toEqual(idsOf(leads(12)).sort());
      expect(new Set(got).size).toBe(got.length);
      await server.close();
      server = undefined;
    }
  });
});

const T0 = Date.parse('2026-03-01T00:00:00.000Z');
const naive = (ms: number) => new Date(ms).toISOString().replace(/(\.000)?Z$/, '');
const message = (i: number, at: number | undefined): BotMetricMessage => ({
  messageId: `m${String(i).padStart(2, '0')}`,
  leadId: 'L1',
  fromBot: false,
  message: `text ${i}`,
  timestamp: at === undefined ? undefined : naive(at),
});

describe('messages(): window bisection against a server that cannot advance', () => {
  const since = new Date(T0).toISOString();
  const until = new Date(T0 + 3_600_000).toISOString();

  it('fails within a few requests when the server ignores start/end (every answer full)', async () => {
    // Ten messages spread over the hour: a server applying the window would split them apart.
    const all = Array.from({ length: 10 }, (_, i) => message(i, T0 + i * 360_000));
    let n = 0;
    server = await startLoopbackServer((req, res) => {
      if (n++ >= RUNAWAY) return sendJson(res, 599, { title: 'runaway' });
      sendJson(
        res,
        200,
        all.slice(0, Number(new URL(req.url, 'http://x').searchParams.get('maxCount'))),
      );
    });
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url, messagesPageSize: 5 });
    const error = await failure(() => collect(client.messages('L1', { since, until })));
    expect(error).toMatchObject({ vendor: 'closebot', operation: 'listMessages' });
    expect(error.message).toMatch(/does not apply start\/end/);
    expect(server.requests.length).toBeLessThanOrEqual(3);
  });

  it('fails when full answers hold only undated messages, instead of splitting down to seconds', async () => {
    const undated = Array.from({ length: 5 }, (_, i) => message(i, undefined));
    server = await startLoopbackServer((_req, res) => sendJson(res, 200, undated));
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url, messagesPageSize: 5 });
    const error = await failure(() => collect(client.messages('L1', { since, until })));
    expect(error.message).toMatch(/without a time/);
    expect(server.requests).toHaveLength(1);
  });

  it('yields an undated message once although every window returns it', async () => {
    // Dated messages in both halves of the hour plus one undated row in every answer.
    const dated = Array.from({ length: 6 }, (_, i) => message(i, T0 + i * 600_000));
    const undated = message(99, undefined);
    server = await startLoopbackServer((req, res) => {
      const q = new URL(req.url, 'http://x').searchParams;
      const start = Date.parse(q.get('start') ?? '');
      const end = Date.parse(q.get('end') ?? '');
      const inside = dated.filter((m) => {
        const t = Date.parse(`${m.timestamp}Z`);
        return t >= start && t < end;
      });
      sendJson(res, 200, [undated, ...inside].slice(0, Number(q.get('maxCount'))));
    });
    const client = createCloseBotClient({ apiKey: 'k', baseUrl: server.url, messagesPageSize: 5 });
    // No since/until: an undated message only matches an unbounded query.
    const got = idsOf(await collect(client.messages('L1')));
    expect([...got].sort()).toEqual(['m00', 'm01', 'm02', 'm03', 'm04', 'm05', 'm99']);
    expect(server.requests.length).toBeGreaterThan(1);
  });
});
