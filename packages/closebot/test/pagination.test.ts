import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_MS, nextWindows, unsplittable } from '../src/pagination.js';

// Leads, sources and test sessions page through core `paginateOffset` (packages/core/test/
// pagination.test.ts); their behaviour against a server is in client.test.ts and paging.test.ts.

describe('nextWindows (messages: window bisection)', () => {
  const w = (start: number, end: number) => ({ start, end });

  it('a window with fewer rows than asked for is complete; the rest follows', () => {
    expect(nextWindows([w(0, 100_000), w(100_000, 200_000)], 3, 8)).toEqual({
      complete: true,
      next: [w(100_000, 200_000)],
    });
  });

  it('the last complete window ends the listing', () => {
    expect(nextWindows([w(0, 100_000)], 0, 8)).toEqual({ complete: true, next: undefined });
  });

  it('a full window is split in halves, the earlier first, before the rest', () => {
    expect(nextWindows([w(0, 100_000), w(100_000, 200_000)], 8, 8)).toEqual({
      complete: false,
      next: [w(0, 50_000), w(50_000, 100_000), w(100_000, 200_000)],
    });
  });

  it('an odd width splits at a whole millisecond', () => {
    expect(nextWindows([w(0, 3_001)], 8, 8).next).toEqual([w(0, 1_500), w(1_500, 3_001)]);
  });

  it(`a full window of ${MIN_WINDOW_MS} ms or less is not split: its rows are all we can get`, () => {
    expect(nextWindows([w(0, MIN_WINDOW_MS)], 8, 8)).toEqual({ complete: true, next: undefined });
    expect(nextWindows([w(0, MIN_WINDOW_MS + 1)], 8, 8).complete).toBe(false);
  });
});

describe('unsplittable (messages: a full window that splitting cannot narrow)', () => {
  const window = { start: 10_000, end: 20_000 };

  it('rows inside the asked range (one millisecond more on each side) can be split', () => {
    expect(unsplittable([9_999, 15_000, 20_001], window)).toBeUndefined();
    expect(unsplittable([undefined, 12_000], window)).toBeUndefined();
  });

  it('a row outside the asked range means the server ignores the window', () => {
    expect(unsplittable([12_000, 9_998], window)).toMatch(/does not apply start\/end/);
    expect(unsplittable([20_002], window)).toMatch(/does not apply start\/end/);
  });

  it('only undated rows would come back from every narrower window', () => {
    expect(unsplittable([undefined, undefined], window)).toMatch(/without a time/);
  });
});
