import type { Summary } from './stats.js';

/** One line of the result table. */
export interface Row {
  /** Stable name of the row (`sync.closebot`), for readers and the smoke test. */
  id: string;
  /** What A and B are, and their unit. */
  measure: string;
  a: Summary;
  b: Summary;
  ratio: number;
  /** How the ratio is written: `×` (1.65×), `plain` (0.64) or `%` (31 %). */
  ratioStyle: '×' | 'plain' | '%';
  /** The goal, as text (`≤ 1.15×`), or `—` for figures without one. */
  goal: string;
  /** Whether the goal is met; `undefined` when there is none to judge. */
  met: boolean | undefined;
  /** Said after the ratio, e.g. `(no prefetch)`. */
  note?: string;
}

/** A number with about three significant digits, never in exponent form. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const size = Math.abs(value);
  if (size >= 100) return String(Math.round(value));
  if (size >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function cell(summary: Summary): string {
  const median = formatNumber(summary.median);
  if (summary.samples.length <= 1) return median;
  return `${median} (${formatNumber(summary.min)}–${formatNumber(summary.max)})`;
}

function ratioCell(row: Row): string {
  const value =
    row.ratioStyle === '%'
      ? `${formatNumber(row.ratio * 100)} %`
      : row.ratioStyle === '×'
        ? `${formatNumber(row.ratio)}×`
        : formatNumber(row.ratio);
  return row.note ? `${value} ${row.note}` : value;
}

/** The table as Markdown, so a run can be pasted into docs/performance.md as it is. */
export function renderTable(rows: readonly Row[], judge: boolean): string {
  const lines = [
    '| row | measure (A vs B) | A median (min–max) | B median (min–max) | ratio | goal | met |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const met = !judge || row.met === undefined ? '—' : row.met ? 'yes' : 'no';
    lines.push(
      `| ${row.id} | ${row.measure} | ${cell(row.a)} | ${cell(row.b)} | ${ratioCell(row)} | ${row.goal} | ${met} |`,
    );
  }
  return lines.join('\n');
}
