import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivedId } from '../src/index.js';
import { referenceDerivedId } from './support/derived-id-reference.js';

// derivedId never builds the canonical JSON: it feeds its bytes to the hash as it walks the value,
// hashes a string that needs no JSON escape between quotes as it is (and any other through
// JSON.stringify), and sorts the keys of small objects itself. These properties aim at the seams
// of those shortcuts (escapes and non-ASCII text at either end of keys and values, key counts on
// both sides of the hand sort's limit, keys that share a prefix) and compare every id with the
// first implementation: BigInt FNV-1a-64 over TextEncoder bytes of a canonical JSON string, as in
// derived-id-table.test.ts.

// A fixed seed keeps every run (and every failure report) reproducible.
const params = { seed: 0xc4a1, numRuns: 500 };

// Plain ASCII, with now and then a character JSON escapes, a quote or a backslash, a non-ASCII
// one or a surrogate (paired or not), at the start, in the middle or at the end.
const plain = fc.string({ unit: fc.constantFrom(...'abcXYZ019 -_:./@+'.split('')), maxLength: 24 });
const special = fc.constantFrom(
  '"',
  '\\',
  '\n',
  '\u0000',
  '\u001f',
  '\u007f',
  'é',
  '€',
  '\u0800',
  '😀',
  '\ud800',
  '\udc00',
  '\uffff',
);
const text = fc.oneof(
  { weight: 3, arbitrary: plain },
  {
    weight: 2,
    arbitrary: fc
      .tuple(plain, special, fc.constantFrom('start', 'middle', 'end'))
      .map(([base, char, where]) =>
        where === 'start'
          ? char + base
          : where === 'end'
            ? base + char
            : base.slice(0, 3) + char + base.slice(3),
      ),
  },
);

// Keys sharing prefixes (`a`, `ab`, `abc`), so the order between a key and its extensions matters.
const key = fc.oneof(text, fc.constantFrom('a', 'ab', 'abc', 'b', 'B', 'Z', '', '_', 'é', '😀'));
const leaf = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const value = fc.oneof(leaf, fc.constant(undefined), fc.array(leaf, { maxLength: 4 }));

describe('derivedId matches the first implementation', () => {
  it('for strings with escapes and non-ASCII text anywhere', () => {
    fc.assert(
      fc.property(text, (given) => {
        expect(derivedId('p', given)).toBe(referenceDerivedId('p', given));
      }),
      params,
    );
  });

  it.each<[string, number, number]>([
    ['a few keys', 0, 6],
    ['about as many keys as the hand sort takes', 12, 20],
    ['more keys than the hand sort takes', 17, 40],
  ])('for objects with %s', (_name, minKeys, maxKeys) => {
    const record = fc.dictionary(key, value, { minKeys, maxKeys });
    fc.assert(
      fc.property(record, (given) => {
        expect(derivedId('lead', given)).toBe(referenceDerivedId('lead', given));
      }),
      params,
    );
  });

  it('for nested objects and arrays', () => {
    const nested = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(nested, (given) => {
        expect(derivedId('x', given)).toBe(referenceDerivedId('x', given));
      }),
      params,
    );
  });

  it('for the record shapes the vendors hash', () => {
    const shapes = fc.oneof(
      fc.record({ SessionID: text, CreateTime: text }),
      fc.record({ conversationId: text, position: fc.nat(), Type: text, Content: text }),
      fc.record(
        { createdAt: text, channel: fc.option(text, { nil: undefined }), contactId: text },
        { requiredKeys: ['createdAt'] },
      ),
    );
    fc.assert(
      fc.property(shapes, (given) => {
        expect(derivedId('smarterbot_lead', given)).toBe(
          referenceDerivedId('smarterbot_lead', given),
        );
      }),
      params,
    );
  });
});
