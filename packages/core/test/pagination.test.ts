import { describe, expect, it } from 'vitest';
import { collect, type Page, paginate } from '../src/index.js';

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
    const stuck = async (cursor: string): Promise<Page<string, string>> => ({
      items: ['x'],
      next: cursor,
    });
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
