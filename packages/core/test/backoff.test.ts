import { describe, expect, it } from 'vitest';
import { computeBackoff } from '../src/index.js';

describe('computeBackoff (capped exponential, full jitter)', () => {
  const opts = { baseDelayMs: 100, maxDelayMs: 1_000 };
  const cases: Array<[name: string, { attempt: number; random: number; want: number }]> = [
    ['first retry, top of the window', { attempt: 0, random: 0.999, want: 99 }],
    ['first retry, bottom of the window', { attempt: 0, random: 0, want: 0 }],
    ['second retry doubles the window', { attempt: 1, random: 0.5, want: 100 }],
    ['third retry', { attempt: 2, random: 0.5, want: 200 }],
    ['window is capped at maxDelayMs', { attempt: 10, random: 0.5, want: 500 }],
    ['huge attempt stays capped', { attempt: 1_000, random: 0.999, want: 999 }],
    ['negative attempt treated as first', { attempt: -3, random: 0.5, want: 50 }],
  ];
  for (const [name, { attempt, random, want }] of cases) {
    it(name, () => expect(computeBackoff(attempt, { ...opts, random: () => random })).toBe(want));
  }

  it('never exceeds the cap over many random draws', () => {
    for (let attempt = 0; attempt < 40; attempt++) {
      const delay = computeBackoff(attempt, opts);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(1_000);
    }
  });
});
