import { eventLoopTurns } from '@botbridge/testing';
import { describe, expect, it } from 'vitest';
import type { Lead } from '../src/index.js';
import {
  applyQuery,
  collect,
  type OffsetRequest,
  type Page,
  paginate,
  paginateOffset,
  resolveQuery,
} from '../src/index.js';

// A listing hands out the records of the page in hand one by one without a generator step per
// record, and a `Source` query is applied to it in the same pass. It must still behave as the async
// generator it stands for: calls answered in order, return() and throw() closing the page source
// (which aborts what it has in flight), errors after the records before them, the limit closing
// the listing. Everything is counted, never timed.

const acme = { vendor: 'acme', operation: 'listThings' } as const;

/** An offset endpoint over records 0..total-1 (as leads), answering after a few turns. */
function server(total: number, options: { failAt?: number } = {}) {
  const state = { asked: [] as number[], aborted: 0, out: 0 };
  const fetchPage = (request: OffsetRequest, signal: AbortSignal) => {
    state.asked.push(request.offset);
    state.out++;
    return new Promise<{ items: Lead[]; total: number }>((resolve, reject) => {
      const onAbort = () => {
        state.out--;
        state.aborted++;
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      void eventLoopTurns(3).then(() => {
        if (signal.aborted) return;
        signal.removeEventListener('abort', onAbort);
        state.out--;
        if (request.offset === options.failAt) {
          reject(new Error(`page at ${request.offset} failed`));
          return;
        }
        const end = Math.min(total, request.offset + request.limit);
        const items: Lead[] = [];
        for (let i = request.offset; i < end; i++) items.push(lead(i));
        resolve({ items, total });
      });
    });
  };
  return { state, fetchPage };
}

/** Record `i`, last active on day `i` of 2026 (days past the month roll into the next). */
function lead(i: number): Lead {
  const day = new Date(Date.UTC(2026, 0, 1 + i)).toISOString();
  return { vendor: 'acme', id: `l${i}`, updatedAt: day, raw: {} } as unknown as Lead;
}

const ids = (records: Array<{ id: string }>) => records.map((r) => r.id);

describe('a listing as an async iterator', () => {
  it('answers calls made before the previous one settled, in order, across pages', async () => {
    const { fetchPage } = server(7);
    const listing = paginateOffset(fetchPage, { ...acme, pageSize: 3 });
    const results = await Promise.all(Array.from({ length: 9 }, () => listing.next()));
    expect(results.map((r) => (r.done ? 'done' : r.value.id))).toEqual([
      'l0',
      'l1',
      'l2',
      'l3',
      'l4',
      'l5',
      'l6',
      'done',
      'done',
    ]);
  });

  it('return() closes the listing after the calls before it, aborting the pages asked ahead', async () => {
    const { state, fetchPage } = server(30);
    const listing = paginateOffset(fetchPage, { ...acme, pageSize: 10, prefetch: 2 });
    expect(await listing.next()).toMatchObject({ value: { id: 'l0' } });
    // A record of the page in hand, then a close: the pages requested ahead are aborted.
    const [record, closed] = await Promise.all([listing.next(), listing.return()]);
    expect(record).toMatchObject({ value: { id: 'l1' }, done: false });
    expect(closed).toEqual({ value: undefined, done: true });
    expect(state.out).toBe(0);
    expect(state.aborted).toBe(2);
    expect(await listing.next()).toEqual({ value: undefined, done: true });
    await eventLoopTurns(10);
    expect(state.asked).toEqual([0, 10, 20]);
  });

  it('throw() rejects with the error given and aborts the requests out', async () => {
    const { state, fetchPage } = server(30);
    const listing = paginateOffset(fetchPage, { ...acme, pageSize: 10, prefetch: 1 });
    await listing.next();
    const error = new Error('the caller gave up');
    await expect(listing.throw(error)).rejects.toBe(error);
    expect(state.aborted).toBe(1);
    expect(await listing.next()).toEqual({ value: undefined, done: true });
    // A finished listing throws it back at once, as a finished generator does.
    await expect(listing.throw(error)).rejects.toBe(error);
  });

  it('gives the records before a failed page, then the error, then nothing', async () => {
    const { fetchPage } = server(30, { failAt: 20 });
    const listing = paginateOffset(fetchPage, { ...acme, pageSize: 10 });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const record of listing) seen.push(record.id);
    })().catch((e: unknown) => e);
    expect((error as Error).message).toBe('page at 20 failed');
    expect(seen).toHaveLength(20);
    expect(await listing.next()).toEqual({ value: undefined, done: true });
  });

  it('is its own async iterator, as a generator is', () => {
    const listing = paginate(async () => ({ items: [1], next: undefined }), 0);
    expect(listing[Symbol.asyncIterator]()).toBe(listing);
  });
});

describe('a query applied to a listing', () => {
  it('gives the records in the window, up to the limit, and then closes the listing', async () => {
    const { state, fetchPage } = server(100);
    const query = resolveQuery('acme', 'leads', {
      since: '2026-01-05T00:00:00Z',
      until: '2026-01-20T00:00:00Z',
      limit: 8,
      prefetch: 2,
    });
    const listing = paginateOffset(fetchPage, { ...acme, pageSize: 5, prefetch: 2 });
    const records = await collect(applyQuery(listing, query));
    expect(ids(records)).toEqual(['l4', 'l5', 'l6', 'l7', 'l8', 'l9', 'l10', 'l11']);
    // `collect` stops at the limit itself: the listing is closed and nothing is left out.
    expect(state.out).toBe(0);
    const asked = state.asked.length;
    await eventLoopTurns(10);
    expect(state.asked).toHaveLength(asked);
  });

  it('closes the listing when the caller asks past the limit, and asks nothing more', async () => {
    const { state, fetchPage } = server(100);
    const listing = applyQuery(
      paginateOffset(fetchPage, { ...acme, pageSize: 5, prefetch: 1 }),
      resolveQuery('acme', 'leads', { limit: 5 }),
    );
    const seen: string[] = [];
    for await (const record of listing) seen.push(record.id);
    expect(seen).toEqual(['l0', 'l1', 'l2', 'l3', 'l4']);
    // The page after the fifth record was asked for ahead, and is aborted, not read.
    expect(state.asked).toEqual([0, 5]);
    expect(state.aborted).toBe(1);
    expect(state.out).toBe(0);
  });

  it('limit 0 asks for nothing', async () => {
    const { state, fetchPage } = server(10);
    const records = await collect(
      applyQuery(
        paginateOffset(fetchPage, { ...acme, pageSize: 5 }),
        resolveQuery('acme', 'leads', { limit: 0 }),
      ),
    );
    expect(records).toEqual([]);
    expect(state.asked).toEqual([]);
  });

  it('applies to a listing the caller already read from, from where it stands', async () => {
    const pages: Array<Page<Lead, number>> = [
      { items: [lead(0), lead(1)], next: 1 },
      { items: [lead(2), lead(3)], next: undefined },
    ];
    const listing = paginate(async (n: number) => pages[n] as Page<Lead, number>, 0);
    expect(await listing.next()).toMatchObject({ value: { id: 'l0' } });
    const rest = await collect(applyQuery(listing, resolveQuery('acme', 'leads', { limit: 2 })));
    expect(ids(rest)).toEqual(['l1', 'l2']);
  });

  it('a query over a listing with a query filters what that one gives, and closes it', async () => {
    const { fetchPage } = server(20);
    const first = applyQuery(
      paginateOffset(fetchPage, { ...acme, pageSize: 5 }),
      resolveQuery('acme', 'leads', { until: '2026-01-11T00:00:00Z' }),
    );
    const second = applyQuery(first, resolveQuery('acme', 'leads', { limit: 3 }));
    expect(ids(await collect(second))).toEqual(['l0', 'l1', 'l2']);
    // As a `for await` over a generator does: the outer listing stopping closes the inner one.
    expect(await collect(first)).toEqual([]);
  });
});
