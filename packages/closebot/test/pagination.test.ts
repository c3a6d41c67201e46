import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_MS, nextOffset, nextPage, nextWindows } from '../src/pagination.js';

describe('nextOffset (test sessions: offset/maxCount)', () => {
  it.each<[string, [number, number, number, number | undefined], number | undefined]>([
    ['more below total', [0, 3, 3, 7], 3],
    ['total reached', [6, 3, 1, 7], undefined],
    ['bare array, full page', [0, 2, 2, undefined], 2],
    ['bare array, short page', [4, 2, 1, undefined], undefined],
    ['empty page', [0, 3, 0, 7], undefined],
  ])('%s', (_name, args, want) => expect(nextOffset(...args)).toBe(want));
});

describe('nextPage (leads, sources: 0-based page/pageSize with total)', () => {
  it.each<[string, [number, number, number, number], number | undefined]>([
    ['first of several pages', [0, 7, 7, 23], 1],
    ['full page that reaches total exactly', [2, 7, 7, 21], undefined],
    ['short last page', [3, 7, 2, 23], undefined],
    ['empty page past the end', [4, 7, 0, 23], undefined],
    ['full page although total says more than one page is left', [1, 7, 7, 23], 2],
    [
      'short page although total says more (a server cap): stop, never loop',
      [0, 100, 50, 500],
      undefined,
    ],
  ])('%s', (_name, args, want) => expect(nextPage(...args)).toBe(want));
});

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
