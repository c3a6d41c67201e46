import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdSet, idHash } from '../src/pagination/id-set.js';

// The paging guard's id set answers as a `Set<string>` would: a hash shared by two ids (a
// collision, or ids differing only in the bit `idHash` sets) never makes one of them pass for the
// other, and growing the table loses nothing.

/** Adds `ids` to an IdSet and to a Set, in order, and returns both sets' answers. */
function answers(ids: readonly string[]): { ours: boolean[]; set: boolean[]; size: number } {
  const idSet = new IdSet();
  const set = new Set<string>();
  const ours: boolean[] = [];
  const expected: boolean[] = [];
  for (const id of ids) {
    ours.push(idSet.add(id));
    expected.push(!set.has(id));
    set.add(id);
  }
  expect(idSet.size).toBe(set.size);
  return { ours, set: expected, size: idSet.size };
}

describe('IdSet', () => {
  it('answers `add` as a Set does, over any ids in any order (repeats included)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a', 'b', 'lead_1', '')), {
          maxLength: 400,
        }),
        (ids) => {
          const { ours, set } = answers(ids);
          expect(ours).toEqual(set);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tells apart ids whose hashes are equal, before and after the table grows', () => {
    // FNV-1a collisions among the ids `lead_<base 36>` (found by search, checked here).
    const pairs = [
      ['lead_u9qh', 'lead_11y01'],
      ['lead_u9qv', 'lead_11y03'],
      ['lead_u9qt', 'lead_11y05'],
    ] as const;
    for (const [a, b] of pairs) expect(idHash(a)).toBe(idHash(b));
    const filler = Array.from({ length: 5_000 }, (_, i) => `filler_${i}`);
    const ids = [
      ...pairs.map(([a]) => a),
      ...filler.slice(0, 100),
      ...pairs.map(([, b]) => b),
      ...filler,
      ...pairs.flat(),
    ];
    const { ours, set, size } = answers(ids);
    expect(ours).toEqual(set);
    expect(size).toBe(6 + filler.length);
  });

  it('keeps 100,000 distinct ids through every growth, and knows each again', () => {
    const idSet = new IdSet();
    const ids = Array.from(
      { length: 100_000 },
      (_, i) => `lead_${i.toString(36).padStart(12, '0')}`,
    );
    expect(ids.filter((id) => !idSet.add(id))).toEqual([]);
    expect(idSet.size).toBe(ids.length);
    expect(ids.filter((id) => idSet.add(id))).toEqual([]);
    expect(idSet.size).toBe(ids.length);
  });

  it('returns every hash odd, hence never the 0 of an empty slot', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        expect(idHash(id) & 1).toBe(1);
      }),
    );
  });
});
