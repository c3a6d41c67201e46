import { eventLoopTurns } from '@botbridge/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type OffsetAnswer,
  type OffsetRequest,
  type Page,
  paginate,
  paginateOffset,
} from '../src/index.js';

// Prefetch changes when pages are requested, never what a listing gives: the same simulated server
// (capped page sizes, totals that drop, pages that overlap, wrong echoes, failures, a server that
// ignores the offset) read with prefetch 0 and with prefetch k gives the same records in the same
// order, or the same error after the same records. The servers are pure (an answer depends only
// on the request), so any difference could only come from the paging.

const acme = { vendor: 'acme', operation: 'listThings' } as const;

/** Calls `answer` as a request that takes some turns and honours its signal; counts what is out. */
function transport(delays: readonly number[]) {
  const state = { calls: 0, out: 0, maxOut: 0 };
  const send = <T>(signal: AbortSignal, answer: () => T): Promise<T> => {
    const delay = delays[state.calls++ % delays.length] ?? 0;
    state.out++;
    state.maxOut = Math.max(state.maxOut, state.out);
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const settle = (done: () => void) => {
        if (settled) return;
        settled = true;
        state.out--;
        signal.removeEventListener('abort', onAbort);
        done();
      };
      const onAbort = () => settle(() => reject(signal.reason));
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      void eventLoopTurns(delay).then(() =>
        settle(() => {
          try {
            resolve(answer());
          } catch (error) {
            reject(error);
          }
        }),
      );
    });
  };
  return { state, send };
}

interface Row {
  id: string;
}

interface OffsetWorld {
  records: number;
  pageSize: number;
  addressing: 'offset' | 0 | 1;
  cap: number | undefined;
  capShift: 'asked' | 'given';
  report: 'total' | 'none' | 'more';
  /** From this offset on, the server no longer has the first `count` records. */
  drop: { from: number; count: number } | undefined;
  /** From this offset on, pages start `back` records early (records inserted ahead). */
  shift: { from: number; back: number } | undefined;
  /** The page (or offset) whose echo names the next one instead. */
  echoAt: number | undefined;
  /** The position whose request fails. */
  failAt: number | undefined;
  /** From this position on, the server answers the first page (it ignores the offset). */
  repeatFrom: number | undefined;
}

/** A fault or quirk that most worlds do not have, so that most runs page far enough to read ahead. */
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arb, weight: 1 });

const offsetWorld: fc.Arbitrary<OffsetWorld> = fc.record({
  records: fc.integer({ min: 0, max: 70 }),
  pageSize: fc.integer({ min: 1, max: 15 }),
  addressing: fc.constantFrom('offset' as const, 0 as const, 1 as const),
  cap: maybe(fc.integer({ min: 1, max: 12 })),
  capShift: fc.constantFrom('asked' as const, 'given' as const),
  report: fc.constantFrom('total' as const, 'total' as const, 'none' as const, 'more' as const),
  drop: maybe(
    fc.record({ from: fc.integer({ min: 1, max: 60 }), count: fc.integer({ min: 1, max: 5 }) }),
  ),
  shift: maybe(
    fc.record({ from: fc.integer({ min: 1, max: 60 }), back: fc.integer({ min: 1, max: 5 }) }),
  ),
  echoAt: maybe(fc.integer({ min: 1, max: 8 })),
  failAt: maybe(fc.integer({ min: 1, max: 60 })),
  repeatFrom: maybe(fc.integer({ min: 1, max: 60 })),
});

/** The answer of `world`'s server to `request`: a pure function of the request. */
function answerOf(world: OffsetWorld, request: OffsetRequest): OffsetAnswer<Row> {
  const size = Math.min(request.limit, world.cap ?? request.limit);
  const firstPage = world.addressing === 'offset' ? 0 : world.addressing;
  const index = request.page === undefined ? undefined : request.page - firstPage;
  let start =
    index === undefined
      ? request.offset
      : index * (world.capShift === 'asked' ? request.limit : size);
  if (start === world.failAt) throw new Error(`the request at ${start} failed`);
  let data = Array.from({ length: world.records }, (_, i) => ({ id: `r${i}` }));
  if (world.drop && start >= world.drop.from) data = data.slice(world.drop.count);
  if (world.shift && start >= world.shift.from) start = Math.max(0, start - world.shift.back);
  if (world.repeatFrom !== undefined && start >= world.repeatFrom) start = 0;
  const items = data.slice(start, start + size);
  const asked = request.page ?? request.offset;
  return {
    items,
    total: world.report === 'total' ? data.length : undefined,
    more: world.report === 'more' ? start + items.length < data.length : undefined,
    echo: asked === world.echoAt ? asked + 1 : asked,
  };
}

/** The records a listing gives (up to `take`, the caller stopping there) and how it ended. */
async function outcome<T>(
  records: AsyncIterable<T>,
  key: (item: T) => string,
  take: number,
  work: readonly number[],
) {
  const got: string[] = [];
  try {
    for await (const record of records) {
      got.push(key(record));
      if (got.length >= take) break;
      await eventLoopTurns(work[got.length % work.length] ?? 0);
    }
    return { got, error: undefined };
  } catch (error) {
    return { got, error: (error as Error).message };
  }
}

describe('prefetch gives what reading page by page gives', () => {
  it('offset and page listings: same records, same order, same error, whatever prefetch is', async () => {
    await fc.assert(
      fc.asyncProperty(
        offsetWorld,
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 8 }),
        fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.integer({ min: 1, max: 60 })),
        async (world, prefetch, delays, work, take) => {
          const read = async (k: number) => {
            const { state, send } = transport(delays);
            const records = paginateOffset(
              (request: OffsetRequest, signal: AbortSignal) =>
                send(signal, () => answerOf(world, request)),
              {
                ...acme,
                pageSize: world.pageSize,
                addressing:
                  world.addressing === 'offset' ? 'offset' : { firstPage: world.addressing },
                idOf: (row: Row) => row.id,
                prefetch: k,
              },
            );
            const result = await outcome(records, (row) => row.id, take, work);
            return { result, state };
          };
          const sequential = await read(0);
          const ahead = await read(prefetch);
          expect(ahead.result).toEqual(sequential.result);
          // Never more requests out than asked for, and none left out once the loop is done.
          expect(ahead.state.maxOut).toBeLessThanOrEqual(prefetch);
          expect(ahead.state.out).toBe(0);
          expect(sequential.state.maxOut).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('cursor listings, cycles and repeats included: same records, same order, same error', async () => {
    const cursorWorld = fc.array(
      fc.record({
        items: fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 4 }),
        next: maybe(fc.integer({ min: 0, max: 9 })),
        fails: fc.boolean(),
      }),
      { minLength: 1, maxLength: 10 },
    );
    await fc.assert(
      fc.asyncProperty(
        cursorWorld,
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 8 }),
        fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.integer({ min: 1, max: 20 })),
        async (pages, prefetch, delays, work, take) => {
          const answer = (cursor: number): Page<Row, number> => {
            const page = pages[cursor % pages.length];
            if (page === undefined || (page.fails && cursor > 0)) {
              throw new Error(`the page at cursor ${cursor} failed`);
            }
            return { items: page.items.map((n) => ({ id: `i${n}` })), next: page.next };
          };
          const read = async (k: number) => {
            const { state, send } = transport(delays);
            const records = paginate(
              (cursor: number, signal: AbortSignal) => send(signal, () => answer(cursor)),
              0,
              { ...acme, idOf: (row: Row) => row.id, prefetch: k },
            );
            return { result: await outcome(records, (row) => row.id, take, work), state };
          };
          const sequential = await read(0);
          const ahead = await read(prefetch);
          expect(ahead.result).toEqual(sequential.result);
          expect(ahead.state.maxOut).toBeLessThanOrEqual(1);
          expect(ahead.state.out).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
