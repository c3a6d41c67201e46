import { describe, expect, it } from 'vitest';
import { renderTable, TABLE_WIDTH } from '../src/table.js';

// `npm start` prints its records as tables that must fit a 120-column terminal whatever the
// records hold, cutting long cells with `…` and, first, the columns of free text.

const longRow = (n: number) => [
  'smarterbot',
  'appointment',
  `smarterbot_lead_${'f'.repeat(40)}${n}`,
  'A very long contact name that goes on',
  'someone.with.a.long.address@example.org',
  '2026-07-22 00:49',
];
const columns = ['vendor', 'kind', 'id', 'name', 'email', 'created (UTC)'];

describe('renderTable', () => {
  it('fits every line in the width, and cuts only what does not fit', () => {
    const table = renderTable(columns, [longRow(1), longRow(2)]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(TABLE_WIDTH);
    expect(lines[2]).toContain('…');
    const narrow = renderTable(columns, [longRow(1)], { width: 60 });
    for (const line of narrow.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
  });

  it('shrinks the columns named in `keep` only after the others', () => {
    const table = renderTable(columns, [longRow(1)], {
      keep: ['vendor', 'kind', 'created (UTC)'],
    });
    const row = table.split('\n')[2] ?? '';
    expect(row.startsWith('smarterbot  appointment  ')).toBe(true);
    expect(row.endsWith('2026-07-22 00:49')).toBe(true);
  });

  it('leaves a table that fits as it is, with no cut cell', () => {
    const table = renderTable(['a', 'b'], [['x', 'yy']]);
    expect(table).toBe('a  b\n─  ──\nx  yy');
  });
});
