import { describe, expect, it } from 'vitest';
import { collect, type Page, paginate } from '../src/index.js';

// Which records of a page are new: the ids of earlier pages drop a record, the page's own repeats
// do not, in every order the two can come in on one page.

const acme = { vendor: 'acme', operation: 'listThings' } as const;

interface Row {
  id?: string;
  n: number;
}

async function read(pages: Row[][]): Promise<Row[]> {
  const fetchPage = async (at: number): Promise<Page<Row, number>> => ({
    items: pages[at] ?? [],
    next: at + 1 < pages.length ? at + 1 : undefined,
  });
  return collect(paginate(fetchPage, 0, { ...acme, idOf: (row) => row.id }));
}

describe('records already given', () => {
  it('drops ids of earlier pages, keeps a page’s own repeats, wherever they stand', async () => {
    const rows = await read([
      [
        { id: 'a', n: 1 },
        { id: 'b', n: 2 },
      ],
      [
        { id: 'x', n: 3 },
        { id: 'a', n: 4 }, // given by page 1: dropped
        { id: 'x', n: 5 }, // this page's own repeat: kept
        { id: 'y', n: 6 },
        { id: 'y', n: 7 }, // a repeat of an id first seen after the drop: kept
        { n: 8 }, // no id: kept
        { id: 'b', n: 9 }, // given by page 1: dropped
        { id: 'z', n: 10 },
      ],
      [
        { id: 'z', n: 11 }, // given by page 2: dropped
        { id: 'y', n: 12 }, // given by page 2: dropped
        { id: 'w', n: 13 },
      ],
    ]);
    expect(rows.map((row) => row.n)).toEqual([1, 2, 3, 5, 6, 7, 8, 10, 13]);
  });

  it('drops both of a page’s repeats when an earlier page gave that id', async () => {
    const rows = await read([
      [{ id: 'a', n: 1 }],
      [
        { id: 'a', n: 2 },
        { id: 'a', n: 3 },
        { id: 'c', n: 4 },
      ],
    ]);
    expect(rows.map((row) => row.n)).toEqual([1, 4]);
  });

  it('hands out a copy of the page: the endpoint may reuse its array for the next page', async () => {
    const reused: Row[] = [];
    const fetchPage = async (at: number): Promise<Page<Row, number>> => {
      reused.splice(0, reused.length, { id: `r${at}`, n: at });
      return { items: reused, next: at < 2 ? at + 1 : undefined };
    };
    const listing = paginate(fetchPage, 0, { ...acme, idOf: (row) => row.id, prefetch: 1 });
    const seen: number[] = [];
    for await (const row of listing) seen.push(row.n);
    expect(seen).toEqual([0, 1, 2]);
  });
});
