import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../src/index.js';

const now = Date.parse('2026-11-21T10:00:00.000Z');

describe('parseRetryAfter', () => {
  const cases: Array<
    [name: string, { given: string | null | undefined; want: number | undefined }]
  > = [
    ['delay-seconds', { given: '120', want: 120_000 }],
    ['zero seconds', { given: '0', want: 0 }],
    ['fractional seconds', { given: '1.5', want: 1_500 }],
    ['padded with spaces', { given: '  7 ', want: 7_000 }],
    ['HTTP-date in the future', { given: 'Sat, 21 Nov 2026 10:00:30 GMT', want: 30_000 }],
    ['HTTP-date in the past clamps to zero', { given: 'Sat, 21 Nov 2026 09:59:00 GMT', want: 0 }],
    ['negative number is unreadable', { given: '-5', want: undefined }],
    ['garbage', { given: 'soon', want: undefined }],
    ['empty', { given: '', want: undefined }],
    ['absent', { given: null, want: undefined }],
    ['undefined', { given: undefined, want: undefined }],
  ];
  for (const [name, { given, want }] of cases) {
    it(name, () => expect(parseRetryAfter(given, now)).toBe(want));
  }
});
