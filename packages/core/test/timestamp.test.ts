import { describe, expect, it } from 'vitest';
import { toUtcTimestamp } from '../src/index.js';

describe('toUtcTimestamp', () => {
  const cases: Array<[name: string, { given: unknown; want: string | undefined }]> = [
    ['UTC with Z', { given: '2023-11-07T05:31:56Z', want: '2023-11-07T05:31:56.000Z' }],
    [
      'SmarterBot microseconds with -08:00',
      { given: '2023-11-23T18:36:21.512302-08:00', want: '2023-11-24T02:36:21.512Z' },
    ],
    [
      'microseconds are truncated, not rounded',
      { given: '2023-11-21T16:22:42.999999Z', want: '2023-11-21T16:22:42.999Z' },
    ],
    ['positive offset', { given: '2018-05-27T21:30:54+03:00', want: '2018-05-27T18:30:54.000Z' }],
    [
      'offset without colon',
      { given: '2018-05-27T21:30:54+0300', want: '2018-05-27T18:30:54.000Z' },
    ],
    [
      'naive CloseBot time is read as UTC',
      { given: '2026-07-22T00:49:17', want: '2026-07-22T00:49:17.000Z' },
    ],
    ['space separator', { given: '2026-07-22 00:49:17', want: '2026-07-22T00:49:17.000Z' }],
    ['date only', { given: '2025-01-31', want: '2025-01-31T00:00:00.000Z' }],
    ['minutes only', { given: '2025-01-31T10:15Z', want: '2025-01-31T10:15:00.000Z' }],
    [
      'crossing the year backwards',
      { given: '2026-01-01T01:00:00+02:00', want: '2025-12-31T23:00:00.000Z' },
    ],
    ['31 February does not exist', { given: '2025-02-31T00:00:00Z', want: undefined }],
    ['hour 24 is rejected', { given: '2025-02-01T24:00:00Z', want: undefined }],
    ['not a date', { given: 'yesterday', want: undefined }],
    ['empty string', { given: '', want: undefined }],
    ['a number', { given: 1700000000, want: undefined }],
    ['null', { given: null, want: undefined }],
  ];
  for (const [name, { given, want }] of cases) {
    it(name, () => expect(toUtcTimestamp(given)).toBe(want));
  }
});
