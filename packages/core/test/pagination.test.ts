import { describe, expect, it } from 'vitest';
import {
  collect,
  type OffsetAnswer,
  type OffsetRequest,
  type Page,
  paginate,
  paginateOffset,
} from '../src/index.js';

// A fake paged endpoint over `total` numbered items; it records which pages were requested and
// how many items were alive (handed out but not yet consumed) at each request.
function pagedSource(total: number, pageSize: number) {
  const requested: number[] = [];
  let handedOut = 0;
  let consumed = 0;
  const maxInFlight: number[] = [];
  const fetchPage = async (offset: number): Promise<Page<number, number>> => {
    requested.push(offset);
    maxInFlight.push(handedOut - consumed);
    const items = Array.from(
      { length: Math.max(0, Math.min(pageSize, total - offset)) },
      (_, i) => offset + i,
    );
    handedOut += items.length;
    return { items, next: offset + items.length < total ? offset + items.length : undefined };
  };
  return { fetchPage, requested, maxInFlight, consume: () => consumed++ };
}

describe('paginate', () => {
  it('yields every item of every page in order, without gaps or duplicates', async () => {
    const source = pagedSource(23, 5);
    const seen: number[] = [];
    for await (const item of paginate(source.fetchPage, 0)) {
      seen.push(item);
      source.consume();
    }
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => i));
    expect(source.requested).toEqual([0, 5, 10, 15, 20]);
  });

  it('requests the next page only after the current one is consumed (one page in memory)', async () => {
    const source = pagedSource(20, 4);
    for await (const _ of paginate(source.fetchPage, 0)) source.consume();
    expect(source.maxInFlight.every((n) => n === 0)).toBe(true);
  });

  it('stops requesting when the caller stops early', async () => {
    const source = pagedSource(1_000, 10);
    const first = await collect(paginate(source.fetchPage, 0), 15);
    expect(first).toHaveLength(15);
    expect(source.requested).toEqual([0, 10]);
  });

  it('handles an empty first page', async () => {
    expect(await collect(paginate(pagedSource(0, 10).fetchPage, 0))).toEqual([]);
  });

  it('refuses to loop forever on a cursor that does not advance', async () => {
    let requests = 0;
    const stuck = async (cursor: string): Promise<Page<string, string>> => {
      runaway(++requests);
      return { items: ['x'], next: cursor };
    };
    await expect(collect(paginate(stuck, 'c1'))).rejects.toThrow(/did not advance/);
    await expect(
      collect(paginate(stuck, 'c1', { vendor: 'acme', operation: 'listThings' })),
    ).rejects.toMatchObject({
      name: 'VendorNormalizationError',
      vendor: 'acme',
      operation: 'listThings',
    });
  });

  it('propagates a page failure to the loop', async () => {
    const failing = async (n: number): Promise<Page<number, number>> => {
      if (n > 0) throw new Error('page 2 failed');
      return { items: [1], next: 1 };
    };
    await expect(collect(paginate(failing, 0))).rejects.toThrow('page 2 failed');
  });
});

// ---------------------------------------------------------------------------------------------
// Servers that cannot advance, cap the page size, or move records under the offset.

const acme = { vendor: 'acme', operation: 'listThings' } as const;
/** Fails a test fast, instead of letting it loop, if a regression stops the guard. */
const runaway = (requests: number) => {
  if (requests > 50) throw new Error('runaway: the listing never stopped');
};
const expectStuck = (error: unknown) => {
  expect(error).toMatchObject({ name: 'VendorNormalizationError', ...acme });
  expect((error as Error).message).toMatch(/^acme listThings: /);
};

describe('paginate: a server that cannot advance', () => {
  it('fails on a cursor seen before at any distance (A → B → A), before requesting it again', async () => {
    const cycle: Record<string, string> = { A: 'B', B: 'A' };
    const requested: string[] = [];
    const fetchPage = async (cursor: string): Promise<Page<string, string>> => {
      requested.push(cursor);
      runaway(requested.length);
      return { items: [`item-${cursor}`], next: cycle[cursor] };
    };
    const error = await collect(paginate(fetchPage, 'A', acme)).catch((e: unknown) => e);
    expectStuck(error);
    expect((error as Error).message).toMatch(/did not advance.*"A".*already requested/);
    expect(requested).toEqual(['A', 'B']);
  });

  it('fails on a longer cycle too (A → B → C → D → B)', async () => {
    const cycle: Record<string, string> = { A: 'B', B: 'C', C: 'D', D: 'B' };
    const requested: string[] = [];
    const fetchPage = async (cursor: string): Promise<Page<number, string>> => {
      requested.push(cursor);
      runaway(requested.length);
      return { items: [requested.length], next: cycle[cursor] };
    };
    expectStuck(await collect(paginate(fetchPage, 'A', acme)).catch((e: unknown) => e));
    expect(requested).toEqual(['A', 'B', 'C', 'D']);
  });

  it('fails when fresh cursors keep bringing the records already given (with idOf)', async () => {
    let requests = 0;
    const fetchPage = async (cursor: number): Promise<Page<{ id: string }, number>> => {
      runaway(++requests);
      return { items: [{ id: 'a' }, { id: 'b' }], next: cursor + 1 };
    };
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of paginate(fetchPage, 0, { ...acme, idOf: (i) => i.id }))
        seen.push(item.id);
    })().catch((e: unknown) => e);
    expectStuck(error);
    expect((error as Error).message).toMatch(/2 pages in a row.*no record that was not already/);
    expect(seen).toEqual(['a', 'b']);
    expect(requests).toBe(3);
  });

  it('fails when fresh cursors keep answering empty pages', async () => {
    let requests = 0;
    const fetchPage = async (cursor: number): Promise<Page<{ id: string }, number>> => {
      runaway(++requests);
      return { items: cursor === 0 ? [{ id: 'a' }] : [], next: cursor + 1 };
    };
    expectStuck(
      await collect(paginate(fetchPage, 0, { ...acme, idOf: (i) => i.id })).catch(
        (e: unknown) => e,
      ),
    );
    expect(requests).toBe(3);
  });

  it('tolerates one page of repeats, drops records an earlier page gave and keeps records without an id', async () => {
    const pages: Array<Array<{ id?: string }>> = [
      [{ id: 'a' }, { id: 'b' }, {}],
      [{ id: 'b' }, {}], // b again: dropped; the id-less record is kept
      [{ id: 'b' }], // nothing new: tolerated once
      [{ id: 'c' }, { id: 'c' }], // twice on one page: no paging fault, both kept
    ];
    const fetchPage = async (n: number): Promise<Page<{ id?: string }, number>> => ({
      items: pages[n] ?? [],
      next: n + 1 < pages.length ? n + 1 : undefined,
    });
    const items = await collect(paginate(fetchPage, 0, { ...acme, idOf: (i) => i.id }));
    expect(items).toEqual([{ id: 'a' }, { id: 'b' }, {}, {}, { id: 'c' }, { id: 'c' }]);
  });

  it('remembers cursors by keyOf, and stalePageLimit Infinity lets empty pages through', async () => {
    const fetchPage = async (n: { at: number; note: string }) => ({
      items: n.at === 3 ? ['x'] : [],
      next: n.at < 3 ? { at: n.at + 1, note: 'ignored' } : undefined,
    });
    const items = await collect(
      paginate(
        fetchPage,
        { at: 0, note: 'first' },
        {
          ...acme,
          keyOf: (c) => String(c.at),
          stalePageLimit: Number.POSITIVE_INFINITY,
        },
      ),
    );
    expect(items).toEqual(['x']);
  });
});

interface Row {
  id: string;
}
const rows = (n: number, prefix = 'r') =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${String(i).padStart(3, '0')}` }));

/**
 * An offset listing over a mutable `data`, like a real server: `cap` bounds the page size it
 * gives; with page addressing `capShift` says whether it computes the offset from the size asked
 * (`'asked'`) or the size it gives (`'given'`). `beforeRequest` can change `data` between pages.
 */
function offsetServer(
  data: Row[],
  options: {
    cap?: number;
    firstPage?: number;
    capShift?: 'asked' | 'given';
    total?: boolean;
    more?: boolean;
    beforeRequest?: (index: number, data: Row[]) => void;
  } = {},
) {
  const requests: OffsetRequest[] = [];
  const fetchPage = async (request: OffsetRequest): Promise<OffsetAnswer<Row>> => {
    runaway(requests.length + 1);
    options.beforeRequest?.(requests.length, data);
    requests.push(request);
    const size = Math.min(request.limit, options.cap ?? Number.POSITIVE_INFINITY);
    let start = request.offset;
    if (request.page !== undefined) {
      const index = request.page - (options.firstPage ?? 0);
      start = index * (options.capShift === 'asked' ? request.limit : size);
    }
    const items = data.slice(start, start + size);
    return {
      items,
      total: options.total === false ? undefined : data.length,
      more: options.more ? start + items.length < data.length : undefined,
    };
  };
  return { fetchPage, requests };
}

const ids = (items: Row[]) => items.map((r) => r.id);
const byId = { idOf: (r: Row) => r.id };

describe('paginateOffset: which page is last', () => {
  it('reads to the total by offset, one request per page', async () => {
    const all = rows(23);
    const server = offsetServer(all);
    const got = await collect(paginateOffset(server.fetchPage, { ...acme, ...byId, pageSize: 10 }));
    expect(ids(got)).toEqual(ids(all));
    expect(server.requests.map((r) => r.offset)).toEqual([0, 10, 20]);
  });

  it('does not ask for an empty page after a full one that reaches the total', async () => {
    const server = offsetServer(rows(20));
    await collect(paginateOffset(server.fetchPage, { ...acme, ...byId, pageSize: 10 }));
    expect(server.requests).toHaveLength(2);
  });

  it('reads every record once when the server caps the page size below the one asked (total given)', async () => {
    const all = rows(120);
    const server = offsetServer(all, { cap: 50 });
    const got = await collect(
      paginateOffset(server.fetchPage, { ...acme, ...byId, pageSize: 100 }),
    );
    expect(ids(got)).toEqual(ids(all));
    expect(server.requests.map((r) => r.offset)).toEqual([0, 50, 100]);
  });

  it.each(['asked', 'given'] as const)(
    'with page indices, asks for pages of the capped size so indices stay aligned (offset from the size %s)',
    async (capShift) => {
      const all = rows(120);
      const server = offsetServer(all, { cap: 50, capShift });
      const got = await collect(
        paginateOffset(server.fetchPage, {
          ...acme,
          ...byId,
          pageSize: 100,
          addressing: { firstPage: 0 },
        }),
      );
      expect(ids(got)).toEqual(ids(all));
      expect(server.requests.map((r) => [r.page, r.limit])).toEqual([
        [0, 100],
        [1, 50],
        [2, 50],
      ]);
    },
  );

  it('without a total, reads past a capped short page until an empty one', async () => {
    const all = rows(120);
    const server = offsetServer(all, { cap: 50, total: false });
    const got = await collect(
      paginateOffset(server.fetchPage, { ...acme, ...byId, pageSize: 100 }),
    );
    expect(ids(got)).toEqual(ids(all));
    // 50, 50, then 20 (shorter than a page the server gave: the last).
    expect(server.requests.map((r) => r.offset)).toEqual([0, 50, 100]);
  });

  it('without a total, a short first page costs one request more; a full one then a short one does not', async () => {
    const small = offsetServer(rows(7), { total: false });
    expect(
      await collect(paginateOffset(small.fetchPage, { ...acme, ...byId, pageSize: 10 })),
    ).toHaveLength(7);
    expect(small.requests.map((r) => r.offset)).toEqual([0, 7]);
    const larger = offsetServer(rows(17), { total: false });
    expect(
      await collect(paginateOffset(larger.fetchPage, { ...acme, ...byId, pageSize: 10 })),
    ).toHaveLength(17);
    expect(larger.requests.map((r) => r.offset)).toEqual([0, 10]);
  });

  it('follows the server’s more flag, 1-based pages, through a capped page size', async () => {
    const all = rows(45);
    const server = offsetServer(all, { cap: 20, firstPage: 1, total: false, more: true });
    const got = await collect(
      paginateOffset(server.fetchPage, {
        ...acme,
        ...byId,
        pageSize: 100,
        addressing: { firstPage: 1 },
      }),
    );
    expect(ids(got)).toEqual(ids(all));
    expect(server.requests.map((r) => [r.page, r.limit])).toEqual([
      [1, 100],
      [2, 20],
      [3, 20],
    ]);
  });

  it('fails, never ends silently, on an empty page while the total says records remain', async () => {
    const fetchPage = async ({ offset }: OffsetRequest): Promise<OffsetAnswer<Row>> => ({
      items: offset === 0 ? rows(10) : [],
      total: 25,
    });
    const error = await collect(
      paginateOffset(fetchPage, { ...acme, ...byId, pageSize: 10 }),
    ).catch((e: unknown) => e);
    expectStuck(error);
    expect((error as Error).message).toMatch(/no records at offset 10 although its total is 25/);
  });

  it('fails on an empty page while the more flag is still true', async () => {
    const fetchPage = async ({ offset }: OffsetRequest): Promise<OffsetAnswer<Row>> => ({
      items: offset === 0 ? rows(10) : [],
      more: true,
    });
    expectStuck(
      await collect(paginateOffset(fetchPage, { ...acme, ...byId, pageSize: 10 })).catch(
        (e: unknown) => e,
      ),
    );
  });
});

describe('paginateOffset: a server that cannot advance', () => {
  it('fails on an echoed page other than the one asked, at the second request', async () => {
    let requests = 0;
    const fetchPage = async (): Promise<OffsetAnswer<Row>> => {
      runaway(++requests);
      return { items: rows(10), total: 100, echo: 0 };
    };
    const error = await collect(
      paginateOffset(fetchPage, { ...acme, ...byId, pageSize: 10, addressing: { firstPage: 0 } }),
    ).catch((e: unknown) => e);
    expectStuck(error);
    expect((error as Error).message).toMatch(/asked for page 1, the server answered page 0/);
    expect(requests).toBe(2);
  });

  it.each([
    ['with a total', 37],
    ['without a total', undefined],
  ])('fails within three requests on a server that ignores the offset (%s)', async (_, total) => {
    let requests = 0;
    const fetchPage = async (): Promise<OffsetAnswer<Row>> => {
      runaway(++requests);
      return { items: rows(2), total };
    };
    const got: Row[] = [];
    const error = await (async () => {
      for await (const row of paginateOffset(fetchPage, { ...acme, ...byId, pageSize: 100 }))
        got.push(row);
    })().catch((e: unknown) => e);
    expectStuck(error);
    expect(ids(got)).toEqual(['r000', 'r001']);
    expect(requests).toBe(3);
  });
});

describe('paginateOffset: records moving under the offset', () => {
  it('a record inserted at the head after the first page does not make one come twice', async () => {
    const all = rows(12);
    const server = offsetServer([...all], {
      beforeRequest: (i, data) => {
        if (i === 1) data.unshift({ id: 'new' });
      },
    });
    const got = await collect(paginateOffset(server.fetchPage, { ...acme, ...byId, pageSize: 5 }));
    expect(ids(got)).toEqual(ids(all));
  });

  it.each([
    ['offset', 'offset' as const],
    ['page', { firstPage: 0 }],
  ])(
    'a record deleted at the head after the first page does not make one go missing (%s addressing)',
    async (_, addressing) => {
      const all = rows(12);
      const server = offsetServer([...all], {
        beforeRequest: (i, data) => {
          if (i === 1) data.shift();
        },
      });
      const got = await collect(
        paginateOffset(server.fetchPage, { ...acme, ...byId, pageSize: 5, addressing }),
      );
      // r000 was deleted after it was given; every other record comes exactly once.
      expect(ids(got).sort()).toEqual(ids(all));
      expect(new Set(ids(got)).size).toBe(got.length);
    },
  );

  it('several deletions before the position are re-read too', async () => {
    const all = rows(30);
    const server = offsetServer([...all], {
      beforeRequest: (i, data) => {
        if (i === 2) data.splice(3, 4); // r003..r006, all given already
      },
    });
    const got = await collect(paginateOffset(server.fetchPage, { ...acme, ...byId, pageSize: 10 }));
    expect(ids(got).sort()).toEqual(ids(all));
    expect(new Set(ids(got)).size).toBe(got.length);
  });

  it('fails saying the data moved when deletions keep coming, within a bounded number of requests', async () => {
    const server = offsetServer(rows(200), {
      beforeRequest: (i, data) => {
        if (i > 0) data.shift();
      },
    });
    const error = await collect(
      paginateOffset(server.fetchPage, { ...acme, ...byId, pageSize: 10, maxRecoveries: 2 }),
    ).catch((e: unknown) => e);
    expectStuck(error);
    expect((error as Error).message).toMatch(/records moved while paging/);
    expect(server.requests.length).toBeLessThanOrEqual(4);
  });

  it('requests a page only after the previous one is consumed, and nothing after an early stop', async () => {
    const server = offsetServer(rows(100));
    const first = await collect(
      paginateOffset(server.fetchPage, { ...acme, ...byId, pageSize: 10 }),
      15,
    );
    expect(first).toHaveLength(15);
    expect(server.requests.map((r) => r.offset)).toEqual([0, 10]);
  });
});
