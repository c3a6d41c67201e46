import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toUtcTimestamp } from '../src/index.js';
import {
  fixedLayoutTimestamp,
  generalTimestamp,
  NOT_FIXED_LAYOUT,
} from '../src/normalize/timestamp.js';

// Strings in the layout `YYYY-MM-DDTHH:mm:ss[.fraction](Z|±HH:MM)?` are read at fixed positions
// with integer calendar arithmetic, everything else by the ISO-8601 grammar and Date. Whatever the
// route, the answer must be the general parser's: these tests generate strings in that layout
// (valid and not: nonexistent dates, fields past their range, offsets that cross a day, a month or
// a year, the first and last years), check that the fixed-layout path reads them rather than
// handing them on, and compare its answer with the general parser's.

const pad = (value: number, width: number) => String(value).padStart(width, '0');

interface Layout {
  year: number;
  month: number;
  day: number;
  separator: string;
  hour: number;
  minute: number;
  second: number;
  /** `.123456`, `,5`, or '' for none. */
  fraction: string;
  /** '', `Z`, `z` or `±HH:MM`. */
  zone: string;
}

const format = (given: Layout) =>
  `${pad(given.year, 4)}-${pad(given.month, 2)}-${pad(given.day, 2)}${given.separator}` +
  `${pad(given.hour, 2)}:${pad(given.minute, 2)}:${pad(given.second, 2)}${given.fraction}${given.zone}`;

// Mostly in range, with every boundary and values just past them.
const field = (min: number, max: number, ...edges: number[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min, max }) },
    { weight: 1, arbitrary: fc.constantFrom(min, max, ...edges) },
  );

// Leap-year rules: every fourth year, not centuries, but every fourth century (0 included).
const year = fc.oneof(
  fc.integer({ min: 0, max: 9999 }),
  fc.constantFrom(0, 1, 4, 99, 100, 400, 1900, 1969, 1970, 2000, 2023, 2024, 2100, 9996, 9999),
);

const fraction = fc.oneof(
  fc.constant(''),
  fc
    .tuple(fc.constantFrom('.', ','), fc.stringMatching(/^[0-9]{1,12}$/))
    .map(([mark, digits]) => mark + digits),
  // All zeros (how .NET writes MinValue's fraction) and few digits, which are padded.
  fc.constantFrom('.0', '.000', '.0000000', ',00', '.9', '.99', '.999', '.9999999', '.5'),
);

const offset = fc
  .tuple(fc.constantFrom('+', '-'), field(0, 23, 14, 24, 99), field(0, 59, 30, 45, 60, 99))
  .map(([sign, hours, minutes]) => `${sign}${pad(hours, 2)}:${pad(minutes, 2)}`);
const zone = fc.oneof(fc.constantFrom('', 'Z', 'z', '+00:00', '-00:00', '-08:00'), offset);

const layout: fc.Arbitrary<Layout> = fc.record({
  year,
  month: field(1, 12, 0, 2, 13, 99),
  day: field(1, 31, 0, 28, 29, 30, 32, 99),
  separator: fc.constantFrom('T', 't', ' '),
  hour: field(0, 23, 24, 99),
  minute: field(0, 59, 60, 99),
  second: field(0, 59, 60, 99),
  fraction,
  zone,
});

// Near the edges of days, months and years, where an offset moves the date: the first and last
// minutes of a day, the last days of months (leap and not), the years 0000 and 9999.
const edgeLayout: fc.Arbitrary<Layout> = fc.record({
  year: fc.constantFrom(0, 1, 1899, 1900, 1999, 2000, 2023, 2024, 2100, 9998, 9999),
  month: fc.constantFrom(1, 2, 3, 4, 11, 12),
  day: fc.constantFrom(1, 2, 28, 29, 30, 31),
  separator: fc.constant('T'),
  hour: fc.constantFrom(0, 1, 12, 22, 23),
  minute: fc.constantFrom(0, 1, 30, 59),
  second: fc.constantFrom(0, 59),
  fraction,
  zone: fc.oneof(
    zone,
    fc.constantFrom('+23:59', '-23:59', '+14:00', '-12:00', '+00:01', '-00:01', '+05:30'),
  ),
});

// .NET's DateTime.MinValue in every spelling of the layout, and its neighbours.
const minValueLayout: fc.Arbitrary<Layout> = fc.record({
  year: fc.constantFrom(0, 1, 2),
  month: fc.constantFrom(1, 2),
  day: fc.constantFrom(1, 2),
  separator: fc.constantFrom('T', ' '),
  hour: fc.constantFrom(0, 1),
  minute: fc.constantFrom(0, 1),
  second: fc.constantFrom(0, 1),
  fraction,
  zone,
});

const absent = fc.boolean();

// A fixed seed keeps every run (and every failure report) reproducible.
const params = { seed: 0x7136, numRuns: 3000 };

function expectSameAsGeneral(text: string, minValueAsAbsent: boolean): void {
  const fixed = fixedLayoutTimestamp(text, minValueAsAbsent);
  expect(fixed).not.toBe(NOT_FIXED_LAYOUT);
  const general = generalTimestamp(text, { dotNetMinValueAsAbsent: minValueAsAbsent });
  expect(fixed).toBe(general);
  expect(toUtcTimestamp(text, { dotNetMinValueAsAbsent: minValueAsAbsent })).toBe(general);
}

describe('toUtcTimestamp on strings in the fixed layout', () => {
  it.each<[string, fc.Arbitrary<Layout>]>([
    ['any fields, fractions and zones', layout],
    ['dates and times near day, month and year edges', edgeLayout],
    ['.NET DateTime.MinValue and its neighbours', minValueLayout],
  ])('reads %s as the general parser does', (_name, strings) => {
    fc.assert(
      fc.property(strings, absent, (given, minValueAsAbsent) => {
        expectSameAsGeneral(format(given), minValueAsAbsent);
      }),
      params,
    );
  });

  it('answers as the general parser does for strings one character off the layout', () => {
    const stray = fc.constantFrom(
      ...'0123456789-:.,TZtz +/a'.split(''),
      '\u0660', // ARABIC-INDIC DIGIT ZERO: \d and the fixed layout read ASCII digits only
      '\uff10', // FULLWIDTH DIGIT ZERO
    );
    const mutated = fc
      .tuple(layout, fc.nat(32), stray, fc.constantFrom('replace', 'insert', 'delete'))
      .map(([given, at, char, how]) => {
        const text = format(given);
        if (how === 'replace') return text.slice(0, at) + char + text.slice(at + 1);
        if (how === 'insert') return text.slice(0, at) + char + text.slice(at);
        return text.slice(0, at) + text.slice(at + 1);
      });
    fc.assert(
      fc.property(mutated, absent, (text, minValueAsAbsent) => {
        const option = { dotNetMinValueAsAbsent: minValueAsAbsent };
        expect(toUtcTimestamp(text, option)).toBe(generalTimestamp(text, option));
      }),
      params,
    );
  });

  it.each<[string, string, string | undefined]>([
    [
      'SmarterBot microseconds at -08:00',
      '2025-02-03T10:04:11.123456-08:00',
      '2025-02-03T18:04:11.123Z',
    ],
    [
      'an offset crossing into the next day',
      '2025-02-03T20:04:11.123456-08:00',
      '2025-02-04T04:04:11.123Z',
    ],
    ['into the next month', '2025-01-31T20:00:00-08:00', '2025-02-01T04:00:00.000Z'],
    ['into 29 February of a leap year', '2024-02-28T20:00:00-08:00', '2024-02-29T04:00:00.000Z'],
    ['into 1 March of a common year', '2023-02-28T20:00:00-08:00', '2023-03-01T04:00:00.000Z'],
    ['into the next year', '2025-12-31T23:30:00-00:31', '2026-01-01T00:01:00.000Z'],
    ['back into the previous year', '2026-01-01T00:10:00+05:30', '2025-12-31T18:40:00.000Z'],
    ['back into 29 February', '2024-03-01T01:00:00+02:00', '2024-02-29T23:00:00.000Z'],
    [
      'back from the year 1 into the year 0',
      '0001-01-01T00:30:00+01:00',
      '0000-12-31T23:30:00.000Z',
    ],
    ['back out of the year 0', '0000-01-01T00:00:00+00:01', undefined],
    ['forward out of the year 9999', '9999-12-31T23:59:59.999-00:01', undefined],
    ['the last instant', '9999-12-31T23:59:59.9999999Z', '9999-12-31T23:59:59.999Z'],
    ['a naive CloseBot time', '2026-07-22T00:49:17', '2026-07-22T00:49:17.000Z'],
    ['a fraction of one digit', '2026-07-22T00:49:17,5Z', '2026-07-22T00:49:17.500Z'],
    ['the model form itself', '2026-07-22T00:49:17.000Z', '2026-07-22T00:49:17.000Z'],
    ['30 February', '2024-02-30T00:00:00-08:00', undefined],
    ['offset hours past 23', '2024-02-03T00:00:00+24:00', undefined],
    ['offset minutes past 59', '2024-02-03T00:00:00+01:60', undefined],
  ])('%s', (_name, given, want) => {
    expect(fixedLayoutTimestamp(given, false)).toBe(want);
    expect(generalTimestamp(given)).toBe(want);
  });

  it.each([
    '2025-01-31',
    '2025-01-31T10:15Z',
    '2018-05-27T21:30:54+0300',
    '2018-05-27T21:30:54+03',
    ' 2025-01-01T00:00:00Z',
    '2025-01-01T00:00:00Z ',
    '2025-01-01T00:00:00 Z',
    '2025-01-01T00:00:00.Z',
    '2025-01-01T00:00:00.000ZZ',
    '+02025-01-01T00:00:00Z',
  ])('leaves %j to the general parser', (given) => {
    expect(fixedLayoutTimestamp(given, false)).toBe(NOT_FIXED_LAYOUT);
  });

  it('returns a string already in the model form as it is', () => {
    const given = '2026-07-22T00:49:17.123Z';
    expect(fixedLayoutTimestamp(given, true)).toBe(given);
  });
});
