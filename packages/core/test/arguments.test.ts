import { describe, expect, it } from 'vitest';
import {
  type ArgumentChecks,
  argumentChecks,
  PATH_SEGMENT_EXPECTED,
  VendorArgumentError,
} from '../src/index.js';

const check = argumentChecks('acme', 'listThings');

/** The `[parameter, expected]` of the `VendorArgumentError` that `run` throws. */
function refusal(run: (c: ArgumentChecks) => unknown): [string, string] {
  try {
    run(check);
  } catch (error) {
    expect(error).toBeInstanceOf(VendorArgumentError);
    const { parameter, expected, vendor, operation } = error as VendorArgumentError;
    expect({ vendor, operation }).toEqual({ vendor: 'acme', operation: 'listThings' });
    return [parameter, expected];
  }
  throw new Error('expected a VendorArgumentError');
}

describe('argumentChecks: accepted input', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const cases: Array<[name: string, given: (c: ArgumentChecks) => unknown, want: unknown]> = [
    ['id as given', (c) => c.id('id', 'lead_1'), 'lead_1'],
    ['id with a dot inside', (c) => c.id('id', 'a.b'), 'a.b'],
    [
      'id matching its rule',
      (c) => c.id('id', '0f8e2c1a-1111-4222-8333-944445555666', { pattern: UUID }),
      '0f8e2c1a-1111-4222-8333-944445555666',
    ],
    ['required string', (c) => c.requiredString('name', ' x '), ' x '],
    ['absent string', (c) => c.string('name', undefined), undefined],
    ['string', (c) => c.string('name', 'abc'), 'abc'],
    ['absent integer', (c) => c.integer('n', undefined), undefined],
    ['absent integer with default', (c) => c.integer('n', undefined, { default: 7 }), 7],
    ['integer at min', (c) => c.integer('n', 0, { min: 0 }), 0],
    ['integer at max', (c) => c.integer('n', 100, { min: 1, max: 100 }), 100],
    ['negative integer without bounds', (c) => c.integer('n', -3), -3],
    ['boolean false', (c) => c.boolean('b', false), false],
    ['absent boolean', (c) => c.boolean('b', undefined), undefined],
    [
      'instant string to UTC',
      (c) => c.instant('t', '2025-01-02T03:04:05+01:00'),
      '2025-01-02T02:04:05.000Z',
    ],
    ['instant Date', (c) => c.instant('t', new Date(0)), '1970-01-01T00:00:00.000Z'],
    [
      'instant keeps a 4-digit year',
      (c) => c.instant('t', '0050-06-01T00:00:00Z'),
      '0050-06-01T00:00:00.000Z',
    ],
    ['absent instant', (c) => c.instant('t', undefined), undefined],
    [
      'window in order',
      (c) => c.window(['from', '2025-01-01T00:00:00Z'], ['to', '2025-01-01T00:00:00Z']),
      ['2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'],
    ],
    [
      'open window',
      (c) => c.window(['from', undefined], ['to', undefined]),
      [undefined, undefined],
    ],
    ['one of', (c) => c.oneOf('status', 'open', ['open', 'closed']), 'open'],
    ['absent one of', (c) => c.oneOf('status', undefined, ['open']), undefined],
    ['string list copied', (c) => c.stringList('ids', ['a', 'b']), ['a', 'b']],
    ['empty string list', (c) => c.stringList('ids', []), []],
    ['absent string list', (c) => c.stringList('ids', undefined), undefined],
  ];
  for (const [name, given, want] of cases) {
    it(name, () => expect(given(check)).toEqual(want));
  }

  it('copies a string list, so later changes by the caller do not reach the request', () => {
    const given = ['a'];
    const list = check.stringList('ids', given);
    given.push('b');
    expect(list).toEqual(['a']);
  });
});

describe('argumentChecks: refused input names the parameter and what it accepts', () => {
  const PATH = PATH_SEGMENT_EXPECTED;
  const INSTANT = 'an ISO-8601 date-time string or a valid Date, in the years 0000 to 9999';
  const cases: Array<
    [name: string, given: (c: ArgumentChecks) => unknown, want: [string, string]]
  > = [
    ['blank id', (c) => c.id('leadId', '  '), ['leadId', PATH]],
    ['dot-segment id', (c) => c.id('leadId', '..'), ['leadId', PATH]],
    ['encoded dot-segment id', (c) => c.id('leadId', '%2e%2E'), ['leadId', PATH]],
    ['number as id', (c) => c.id('leadId', 42), ['leadId', PATH]],
    [
      'id off its rule, in the rule’s words',
      (c) => c.id('sessionId', 'abc', { pattern: /^\d+$/, expected: 'digits' }),
      ['sessionId', 'digits'],
    ],
    [
      'blank required string',
      (c) => c.requiredString('serial', ''),
      ['serial', 'a non-empty string'],
    ],
    [
      'missing required string, own words',
      (c) => c.requiredString('serial', undefined, 'a serial'),
      ['serial', 'a serial'],
    ],
    ['null string', (c) => c.string('name', null), ['name', 'a non-empty string']],
    ['blank string', (c) => c.string('name', ' '), ['name', 'a non-empty string']],
    ['fraction', (c) => c.integer('n', 1.5), ['n', 'an integer']],
    ['string for integer', (c) => c.integer('n', '1', { min: 1 }), ['n', 'an integer ≥ 1']],
    ['unsafe integer', (c) => c.integer('n', 2 ** 53), ['n', 'an integer']],
    ['NaN', (c) => c.integer('n', Number.NaN, { max: 9 }), ['n', 'an integer ≤ 9']],
    [
      'below min',
      (c) => c.integer('limit', 0, { min: 1, max: 1000 }),
      ['limit', 'an integer from 1 to 1000'],
    ],
    [
      'above max',
      (c) => c.integer('limit', 1001, { min: 1, max: 1000 }),
      ['limit', 'an integer from 1 to 1000'],
    ],
    ['null integer with default', (c) => c.integer('n', null, { default: 1 }), ['n', 'an integer']],
    ['string for boolean', (c) => c.boolean('b', 'true'), ['b', 'a boolean']],
    ['bad instant', (c) => c.instant('since', 'yesterday'), ['since', INSTANT]],
    ['invalid Date', (c) => c.instant('since', new Date(Number.NaN)), ['since', INSTANT]],
    [
      'five-digit year',
      (c) => c.instant('since', new Date(Date.UTC(10000, 0, 1))),
      ['since', INSTANT],
    ],
    [
      'window out of order names the start',
      (c) =>
        c.window(
          ['createdAfter', '2025-02-01T00:00:00Z'],
          ['createdBefore', '2025-01-01T00:00:00Z'],
        ),
      ['createdAfter', 'an instant not after `createdBefore`'],
    ],
    ['bad window end', (c) => c.window(['from', undefined], ['to', 5]), ['to', INSTANT]],
    [
      'not one of',
      (c) => c.oneOf('status', 'opened', ['open', 'closed']),
      ['status', 'one of open, closed'],
    ],
    [
      'string list not an array',
      (c) => c.stringList('ids', 'a'),
      ['ids', 'an array of non-empty strings'],
    ],
    [
      'string list with a blank item',
      (c) => c.stringList('ids', ['a', ' ']),
      ['ids[1]', 'a non-empty string'],
    ],
    ['fail', (c) => c.fail('order', 'a field name'), ['order', 'a field name']],
  ];
  for (const [name, given, want] of cases) {
    it(name, () => expect(refusal(given)).toEqual(want));
  }

  it('never repeats the value in the message', () => {
    const secret = 'sk_live_NOT_AN_ID_31337';
    const message = (() => {
      try {
        check.integer('limit', secret);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toBe('acme listThings: `limit` must be an integer.');
  });
});
