import { describe, expect, it } from 'vitest';
import { DEFAULT_RECORDS, noLossRecords } from '../../src/scenarios.js';

describe('NO_LOSS_RECORDS', () => {
  it('unset or empty, the run syncs the default size', () => {
    expect(noLossRecords({})).toBe(DEFAULT_RECORDS);
    expect(noLossRecords({ NO_LOSS_RECORDS: '' })).toBe(DEFAULT_RECORDS);
  });

  it('sets the records per vendor', () => {
    expect(noLossRecords({ NO_LOSS_RECORDS: '10000' })).toBe(10_000);
    expect(noLossRecords({ NO_LOSS_RECORDS: '1' })).toBe(1);
  });

  it.each(['0', '-5', '2.5', 'ten', '1e400'])('refuses %j by name', (value) => {
    expect(() => noLossRecords({ NO_LOSS_RECORDS: value })).toThrow(
      'NO_LOSS_RECORDS must be a positive integer',
    );
  });
});
