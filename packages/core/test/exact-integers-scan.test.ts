import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hasLongDigitRun,
  quoteIntegerTokens,
  quoteUnsafeIntegers,
} from '../src/http/exact-integers.js';

// The transport decides whether a body may hold an integer past 2^53 − 1 by probing one byte in
// 16 of the UTF-8 body, and quotes without checking the result is JSON (it parses it anyway).
// Both must answer exactly as the full checks do.

const LONG_DIGITS = /\d{16}/;
const encode = (text: string) => new TextEncoder().encode(text);

/** Text made mostly of digits, so runs of every length around 16 come up often. */
const digitHeavy = fc.string({
  unit: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...'0123456789') },
    { weight: 1, arbitrary: fc.constantFrom(' ', ',', '"', '-', 'é', '€', '😀', '\uFEFF') },
  ),
  maxLength: 120,
});

describe('hasLongDigitRun', () => {
  it('answers as /\\d{16}/ on the decoded text, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(digitHeavy, fc.string({ unit: 'binary' })), (text) => {
        expect(hasLongDigitRun(encode(text))).toBe(LONG_DIGITS.test(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ['15 digits', '123456789012345', false],
    ['16 digits', '1234567890123456', true],
    ['16 digits after one byte', 'x1234567890123456', true],
    ['16 digits split by a dot', '12345678.12345678', false],
    ['two runs of 15', '123456789012345 123456789012345', false],
    ['a run ending the text', `${'a'.repeat(40)}9007199254740993`, true],
    ['nothing', '', false],
  ])('%s', (_name, text, want) => {
    expect(hasLongDigitRun(encode(text))).toBe(want);
  });
});

describe('quoteIntegerTokens', () => {
  const json = fc
    .jsonValue()
    .map((value) => JSON.stringify(value))
    .chain((text) =>
      // Integers of every size, spliced in as JSON numbers, past 2^53 or not.
      fc
        .array(fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), { maxLength: 4 })
        .map((ints) => `{"v":${text},"n":[${ints.join(',')}]}`),
    );

  it('quotes JSON exactly as quoteUnsafeIntegers does', () => {
    fc.assert(
      fc.property(json, (text) => {
        expect(quoteIntegerTokens(text)).toBe(quoteUnsafeIntegers(text));
      }),
      { numRuns: 1_000 },
    );
  });

  it('returns the text itself when there is nothing to quote', () => {
    const text = '{"a":[1,2,3],"b":"9007199254740993"}';
    expect(quoteIntegerTokens(text)).toBe(text);
  });
});
