import { eventLoopTurns } from '@botbridge/testing';
import { describe, expect, it } from 'vitest';
import {
  collect,
  isVendorArgumentError,
  MAX_PREFETCH,
  type OffsetAnswer,
  type OffsetRequest,
  type Page,
  paginate,
  paginateOffset,
  resolveQuery,
} from '../src/index.js';

// Prefetch in core's paging: order, the bound on pages held, cancellation, errors and the paging
// guards with requests out ahead. Everything is counted (requests, pages held, aborts), never
// timed: a stub `fetchPage` answers after a few turns of the event loop.

const acme = { vendor: 'acme', operation: 'listThings' } as const;

/**
 * Book-keeping of a stub endpoint: how many requests are out at once (at most), which were asked
 * for in order, and how many were aborted by their signal (their promise then rejects with the
 * signal's reason, as a real request does).
 */
function meter() {
  const state = { out: 0, maxOut: 0, aborted: 0, asked: [] as number[] };
  /** Runs `answer` for the page at `at` as a request that takes `delay` turns and can be aborted. */
  const request = <T>(at: number, signal: AbortSignal, answer: () => T, delay = 3): Promise<T> => {
    state.asked.push(at);
    state.out++;
    state.maxOut = Math.max(state.maxOut, state.out);
    return new Promise<T>((resolve, reject) => {
      if (signal.aborted) {
        state.out--;
        state.aborted++;
        reject(signal.reason);
        return;
      }
      let settled = false;
      const onAbort = () => {
        if (settled) return;
        settled = true;
        state.out--;
        state.aborted++;
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      void eventLoopTurns(delay).then(() => {
        if (settled) return;
        settled = true;
        state.out--;
        signal.removeEventListener('abort', onAbort);
        try {
          resolve(answer());
        } catch (error) {
          reject(error);
        }
      });
    });
  };
  return { state, request };
}

/** An offset endpoint over records 0..total-1 that reports its total. */
function numbered(total: number, options: { cap?: number; failAt?: number; delay?: number } = {}) {
  const { state, request } = meter();
  const fetchPage = (req: OffsetRequest, signal: AbortSignal) =>
    request(
      req.offset,
      signal,
      (): OffsetAnswer<number> => {
        if (req.offset === options.failAt) throw new Error(`page at ${req.offset} failed`);
        const size = Math.min(req.limit, options.cap ?? req.limit);
        const end = Math.min(total, req.offset + size);
        const items = Array.from(
          { length: Math.max(0, end - req.offset) },
          (_, i) => req.offset + i,
        );
        return { items, total };
      },
      options.delay,
    );
  return { state, fetchPage };
}

/** A cursor endpoint over records 0..total-1, `pageSize` a page, the cursor being the offset. */
function cursors(total: number, pageSize: number, failAt?: number) {
  const { state, request } = meter();
  const fetchPage = (cursor: number, signal: AbortSignal) =>
    request(cursor, signal, (): Page<number, number> => {
      if (cursor === failAt) throw new Error(`page at ${cursor} failed`);
      const items = Array.from(
        { length: Math.max(0, Math.min(pageSize, total - cursor)) },
        (_, i) => cursor + i,
      );
      const end = cursor + items.length;
      return { items, next: end < total ? end : undefined };
    });
  return { state, fetchPage };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * Reads `records`, noting before each record is taken how many pages of `pageSize` have been
 * requested beyond the ones the caller has finished: the pages held, in flight or waiting.
 */
async function readCounting(
  records: AsyncIterable<number>,
  asked: () => number,
  pageSize: number,
  work = 0,
) {
  const out: number[] = [];
  let maxHeld = 0;
  for await (const record of records) {
    const finished = Math.floor(out.length / pageSize);
    maxHeld = Math.max(maxHeld, asked() - finished);
    out.push(record);
    await eventLoopTurns(work);
  }
  return { out, maxHeld };
}

describe('paginateOffset with prefetch: a listing that knows its total', () => {
  it.each([1, 2, 4, 8])(
    'prefetch %i: every record once and in order, each page asked once, at most prefetch + 1 pages held',
    async (prefetch) => {
      const server = numbered(95);
      const { out, maxHeld } = await readCounting(
        paginateOffset(server.fetchPage, { ...acme, pageSize: 10, prefetch }),
        () => server.state.asked.length,
        10,
        2,
      );
      expect(out).toEqual(range(95));
      expect(server.state.asked).toEqual(range(10).map((i) => i * 10));
      expect(server.state.aborted).toBe(0);
      expect(maxHeld).toBeLessThanOrEqual(prefetch + 1);
      // The bound is reached: once the first page gave the total, `prefetch` requests are out.
      expect(server.state.maxOut).toBe(Math.min(prefetch, 9));
    },
  );

  it('prefetch 0 reads one page at a time, each requested after the one before is consumed', async () => {
    const server = numbered(95);
    const { out, maxHeld } = await readCounting(
      paginateOffset(server.fetchPage, { ...acme, pageSize: 10, prefetch: 0 }),
      () => server.state.asked.length,
      10,
    );
    expect(out).toEqual(range(95));
    expect(maxHeld).toBe(1);
    expect(server.state.maxOut).toBe(1);
  });

  it('holds no more pages than prefetch + 1 when the caller is slower than the server', async () => {
    const server = numbered(200, { delay: 0 });
    const { out, maxHeld } = await readCounting(
      paginateOffset(server.fetchPage, { ...acme, pageSize: 10, prefetch: 3 }),
      () => server.state.asked.length,
      10,
      5,
    );
    expect(out).toEqual(range(200));
    expect(maxHeld).toBe(4);
  });

  it('a server that caps the page size: speculation waits for the real size, and nothing is read twice or skipped', async () => {
    const server = numbered(120, { cap: 25 });
    const got = await collect(
      paginateOffset(server.fetchPage, {
        ...acme,
        pageSize: 100,
        addressing: { firstPage: 0 },
        prefetch: 4,
      }),
    );
    expect(got).toEqual(range(120));
    expect(server.state.maxOut).toBeGreaterThan(1);
  });

  it('by offset with a capped size: the guesses step by the size the server gives', async () => {
    const server = numbered(120, { cap: 25 });
    const got = await collect(
      paginateOffset(server.fetchPage, { ...acme, pageSize: 100, prefetch: 4 }),
    );
    expect(got).toEqual(range(120));
    expect(server.state.asked).toEqual([0, 25, 50, 75, 100]);
    expect(server.state.aborted).toBe(0);
  });

  it('requests nothing ahead past the records the caller will take (`wanted`)', async () => {
    const server = numbered(100);
    const got = await collect(
      paginateOffset(server.fetchPage, { ...acme, pageSize: 10, prefetch: 4, wanted: 25 }),
      25,
    );
    expect(got).toEqual(range(25));
    // Pages 0–2 hold the 25 records; none after them was asked for.
    expect(server.state.asked).toEqual([0, 10, 20]);
  });
});

describe('paginate with prefetch: cursors', () => {
  it.each([1, 4])(
    'prefetch %i: one page ahead (a cursor is known only from the page before), every record once',
    async (prefetch) => {
      const server = cursors(53, 10);
      const { out, maxHeld } = await readCounting(
        paginate(server.fetchPage, 0, { ...acme, prefetch }),
        () => server.state.asked.length,
        10,
        2,
      );
      expect(out).toEqual(range(53));
      expect(server.state.asked).toEqual([0, 10, 20, 30, 40, 50]);
      expect(server.state.maxOut).toBe(1);
      expect(maxHeld).toBe(2);
    },
  );

  it('asks for the next page before the caller has finished the current one', async () => {
    const server = cursors(30, 10);
    const iterator = paginate(server.fetchPage, 0, { ...acme, prefetch: 1 })[
      Symbol.asyncIterator
    ]();
    expect((await iterator.next()).value).toBe(0);
    expect(server.state.asked).toEqual([0, 10]);
    await iterator.return?.();
  });

  it('a cycle still fails before the cursor is asked for again, after the records before it', async () => {
    const cycle: Record<string, string> = { A: 'B', B: 'A' };
    const { state, request } = meter();
    const fetchPage = (cursor: string, signal: AbortSignal) =>
      request(state.asked.length, signal, () => ({
        items: [`item-${cursor}`],
        next: cycle[cursor],
      }));
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of paginate(fetchPage, 'A', { ...acme, prefetch: 3 })) seen.push(item);
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'VendorNormalizationError', ...acme });
    expect((error as Error).message).toMatch(/did not advance.*"A".*already requested/);
    expect(seen).toEqual(['item-A', 'item-B']);
    expect(state.asked).toHaveLength(2);
  });

  it('pages that bring nothing new still fail at the stale-page limit', async () => {
    const { state, request } = meter();
    const fetchPage = (cursor: number, signal: AbortSignal) =>
      request(cursor, signal, () => ({ items: [{ id: 'a' }, { id: 'b' }], next: cursor + 1 }));
    const error = await collect(
      paginate(fetchPage, 0, { ...acme, idOf: (i) => i.id, prefetch: 2 }),
    ).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/2 pages in a row/);
    // The third page was asked for ahead of the failure, as it would be one at a time.
    expect(state.asked).toEqual([0, 1, 2]);
  });
});

describe('cancellation with prefetch', () => {
  it('break aborts every request out, swallows their failures, and asks for nothing more', async () => {
    const server = numbered(1_000, { delay: 20 });
    const seen: number[] = [];
    for await (const record of paginateOffset(server.fetchPage, {
      ...acme,
      pageSize: 10,
      prefetch: 4,
    })) {
      seen.push(record);
      if (seen.length === 5) break;
    }
    expect(seen).toEqual(range(5));
    // Page 0 was being read when the loop stopped; pages 1–4 were out, and are aborted (their
    // rejections are nobody's: an unhandled one would fail this run).
    expect(server.state.asked).toEqual([0, 10, 20, 30, 40]);
    expect(server.state.aborted).toBe(4);
    expect(server.state.out).toBe(0);
    const asked = server.state.asked.length;
    await eventLoopTurns(30);
    expect(server.state.asked).toHaveLength(asked);
  });

  it('the caller’s signal aborts the requests out, and the listing fails with its reason', async () => {
    const server = numbered(1_000, { delay: 20 });
    const controller = new AbortController();
    const reason = new Error('sync cancelled');
    const seen: number[] = [];
    const error = await (async () => {
      for await (const record of paginateOffset(server.fetchPage, {
        ...acme,
        pageSize: 10,
        prefetch: 3,
        signal: controller.signal,
      })) {
        seen.push(record);
        if (seen.length === 5) controller.abort(reason);
      }
    })().catch((e: unknown) => e);
    expect(error).toBe(reason);
    // The page in hand is still given; the next one was aborted with the others out.
    expect(seen).toEqual(range(10));
    expect(server.state.aborted).toBe(3);
    expect(server.state.out).toBe(0);
  });

  it('a signal aborted before the first page sends a request that fails at once with its reason', async () => {
    const server = cursors(30, 10);
    const controller = new AbortController();
    controller.abort(new Error('too late'));
    await expect(
      collect(paginate(server.fetchPage, 0, { ...acme, prefetch: 1, signal: controller.signal })),
    ).rejects.toThrow('too late');
    expect(server.state.aborted).toBe(1);
  });

  it('return() on an iterator that was never read sends nothing', async () => {
    const server = cursors(30, 10);
    const iterator = paginate(server.fetchPage, 0, { ...acme, prefetch: 2 })[
      Symbol.asyncIterator
    ]();
    await iterator.return?.();
    expect(server.state.asked).toEqual([]);
  });
});

describe('errors with prefetch', () => {
  it.each([
    ['offset listing', 'offset'],
    ['cursor listing', 'cursor'],
  ])(
    'a failed page asked for ahead surfaces when the caller reaches it, after every record before it (%s)',
    async (_, kind) => {
      const records =
        kind === 'offset'
          ? paginateOffset(numbered(100, { failAt: 30 }).fetchPage, {
              ...acme,
              pageSize: 10,
              prefetch: 4,
            })
          : paginate(cursors(100, 10, 30).fetchPage, 0, { ...acme, prefetch: 4 });
      const seen: number[] = [];
      const error = await (async () => {
        for await (const record of records) seen.push(record);
      })().catch((e: unknown) => e);
      expect((error as Error).message).toBe('page at 30 failed');
      expect(seen).toEqual(range(30));
    },
  );

  it('the listing’s own guards hold with prefetch: an echo other than asked fails at the second page', async () => {
    const { state, request } = meter();
    const fetchPage = (req: OffsetRequest, signal: AbortSignal) =>
      request(req.offset, signal, () => ({
        items: range(10).map((i) => req.offset + i),
        total: 100,
        echo: 0,
      }));
    const seen: number[] = [];
    const error = await (async () => {
      for await (const record of paginateOffset(fetchPage, {
        ...acme,
        pageSize: 10,
        addressing: { firstPage: 0 },
        prefetch: 4,
      }))
        seen.push(record);
    })().catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/asked for page 1, the server answered page 0/);
    expect(seen).toEqual(range(10));
    expect(state.asked.slice(0, 2)).toEqual([0, 10]);
    expect(state.out).toBe(0);
  });
});

describe('records that move while paging, with prefetch', () => {
  /** Offset pages over a list that loses its head record when page 2 is first asked for. */
  function shrinking() {
    const data = range(40).map((i) => ({ id: `r${i}` }));
    const { state, request } = meter();
    let deleted = false;
    const fetchPage = (req: OffsetRequest, signal: AbortSignal) => {
      if (req.offset >= 20 && !deleted) {
        deleted = true;
        data.shift();
      }
      const snapshot = data.slice(req.offset, req.offset + req.limit);
      const total = data.length;
      return request(req.offset, signal, () => ({ items: snapshot, total }));
    };
    return { fetchPage, state };
  }

  it.each([0, 3])(
    'a record deleted at the head while pages are out: every record still comes once (prefetch %i)',
    async (prefetch) => {
      const server = shrinking();
      const got = await collect(
        paginateOffset(server.fetchPage, {
          ...acme,
          pageSize: 10,
          idOf: (r) => r.id,
          prefetch,
        }),
      );
      const ids = got.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(
        range(40)
          .map((i) => `r${i}`)
          .sort(),
      );
    },
  );
});

describe('prefetch is checked', () => {
  it.each([
    ['negative', -1],
    ['fractional', 1.5],
    ['too large', MAX_PREFETCH + 1],
    ['not a number', '2'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('refuses a %s prefetch, naming it, before anything is sent', (_, prefetch) => {
    const server = cursors(10, 10);
    const attempts = [
      () => resolveQuery('acme', 'leads', { prefetch: prefetch as number }),
      () => paginate(server.fetchPage, 0, { ...acme, prefetch: prefetch as number }),
      () =>
        paginateOffset(numbered(10).fetchPage, {
          ...acme,
          pageSize: 5,
          prefetch: prefetch as number,
        }),
    ];
    for (const attempt of attempts) {
      try {
        attempt();
        expect.unreachable();
      } catch (error) {
        expect(isVendorArgumentError(error)).toBe(true);
        expect(error).toMatchObject({ parameter: 'prefetch', expected: 'an integer from 0 to 16' });
      }
    }
    expect(server.state.asked).toEqual([]);
  });

  it('accepts 0 to 16, and a query carries it only when given', () => {
    expect(resolveQuery('acme', 'leads', { prefetch: 0 }).prefetch).toBe(0);
    expect(resolveQuery('acme', 'leads', { prefetch: 16 }).prefetch).toBe(16);
    expect('prefetch' in resolveQuery('acme', 'leads', {})).toBe(false);
  });
});
