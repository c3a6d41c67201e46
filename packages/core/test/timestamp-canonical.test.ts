import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toUtcTimestamp } from '../src/index.js';

// Strings already in the model's form (`YYYY-MM-DDTHH:mm:ss.sssZ`) are returned as they are, without
// parsing a Date, when they name an instant that exists. Whatever the route, the answer must be
// the one the general ISO-8601 parser gives. Two spellings reach that parser for sure: a leading
// space (trimmed by it) and `+00:00` in place of `Z`; both name the same instant.

const pad = (value: number, width: number) => String(value).padStart(width, '0');

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
}

const canonical = ({ year, month, day, hour, minute, second, millis }: Fields) =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(millis, 3)}Z`;

// Mostly in range, with every boundary and values just past them.
const field = (min: number, max: number, ...edges: number[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min, max }) },
    { weight: 1, arbitrary: fc.constantFrom(min, max, ...edges) },
  );
const fields: fc.Arbitrary<Fields> = fc.record({
  year: fc.oneof(
    fc.integer({ min: 0, max: 9999 }),
    // Leap-year rules: every fourth year, not centuries, but every fourth century (0 included).
    fc.constantFrom(0, 1, 4, 100, 400, 1900, 2000, 2023, 2024, 2100, 9996, 9999),
  ),
  month: field(1, 12, 0, 2, 4, 13, 99),
  day: field(1, 31, 0, 28, 29, 30, 32, 99),
  hour: field(0, 23, 24, 99),
  minute: field(0, 59, 60, 99),
  second: field(0, 59, 60, 99),
  millis: fc.integer({ min: 0, max: 999 }),
});
const options = fc.record({ dotNetMinValueAsAbsent: fc.boolean() }, { requiredKeys: [] });

// A fixed seed keeps every run (and every failure report) reproducible.
const params = { seed: 0x7135, numRuns: 2000 };

describe('toUtcTimestamp on strings in the model form', () => {
  it('answers as the general parser does, with the string itself or undefined', () => {
    fc.assert(
      fc.property(fields, options, (given, option) => {
        const text = canonical(given);
        const got = toUtcTimestamp(text, option);
        expect(got).toBe(toUtcTimestamp(` ${text}`, option));
        expect(got).toBe(toUtcTimestamp(`${text.slice(0, -1)}+00:00`, option));
        if (got !== undefined) expect(got).toBe(text);
      }),
      params,
    );
  });

  it('answers as the general parser does for strings one character off the model form', () => {
    const stray = fc.constantFrom(
      ...'0123456789-:.TZtz +,/a'.split(''),
      '\u0660', // ARABIC-INDIC DIGIT ZERO: \d and the fast path read ASCII digits only
      '\uff10', // FULLWIDTH DIGIT ZERO
    );
    const mutated = fc
      .tuple(fields, fc.nat(23), stray, fc.constantFrom('replace', 'insert', 'delete'))
      .map(([given, at, char, how]) => {
        const text = canonical(given);
        if (how === 'replace') return text.slice(0, at) + char + text.slice(at + 1);
        if (how === 'insert') return text.slice(0, at) + char + text.slice(at);
        return text.slice(0, at) + text.slice(at + 1);
      });
    fc.assert(
      fc.property(mutated, options, (text, option) => {
        expect(toUtcTimestamp(text, option)).toBe(toUtcTimestamp(` ${text}`, option));
      }),
      params,
    );
  });

  it.each<[string, string, string | undefined]>([
    ['29 February of a leap year', '2024-02-29T12:00:00.000Z', '2024-02-29T12:00:00.000Z'],
    ['29 February of a common year', '2025-02-29T12:00:00.000Z', undefined],
    ['30 February', '2025-02-30T00:00:00.000Z', undefined],
    ['31 April', '2025-04-31T00:00:00.000Z', undefined],
    ['29 February 1900 (a century)', '1900-02-29T00:00:00.000Z', undefined],
    ['29 February 2000 (a fourth century)', '2000-02-29T00:00:00.000Z', '2000-02-29T00:00:00.000Z'],
    ['29 February of the year 0', '0000-02-29T00:00:00.000Z', '0000-02-29T00:00:00.000Z'],
    ['the first instant', '0000-01-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z'],
    ['the last instant', '9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    ['hour 24', '2025-01-01T24:00:00.000Z', undefined],
    ['minute 60', '2025-01-01T00:60:00.000Z', undefined],
    ['second 60 (no leap seconds)', '2025-06-30T23:59:60.000Z', undefined],
    ['month 0', '2025-00-10T00:00:00.000Z', undefined],
    ['month 13', '2025-13-10T00:00:00.000Z', undefined],
    ['day 0', '2025-01-00T00:00:00.000Z', undefined],
    ['a lowercase z', '2025-01-01T00:00:00.000z', '2025-01-01T00:00:00.000Z'],
    ['a lowercase t', '2025-01-01t00:00:00.000Z', '2025-01-01T00:00:00.000Z'],
    ['a comma before the fraction', '2025-01-01T00:00:00,000Z', '2025-01-01T00:00:00.000Z'],
    ['surrounding spaces', ' 2025-01-01T00:00:00.000Z ', '2025-01-01T00:00:00.000Z'],
  ])('%s', (_name, given, want) => {
    expect(toUtcTimestamp(given)).toBe(want);
  });

  it('still reads .NET DateTime.MinValue in the model form as absent when asked to', () => {
    expect(toUtcTimestamp('0001-01-01T00:00:00.000Z', { dotNetMinValueAsAbsent: true })).toBe(
      undefined,
    );
    expect(toUtcTimestamp('0001-01-01T00:00:00.000Z')).toBe('0001-01-01T00:00:00.000Z');
    expect(toUtcTimestamp('0001-01-01T00:00:00.001Z', { dotNetMinValueAsAbsent: true })).toBe(
      '0001-01-01T00:00:00.001Z',
    );
  });
});
