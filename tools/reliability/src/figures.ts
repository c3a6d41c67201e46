import type { FaultStats } from '@botbridge/mock-server';

/** What one no-loss run measured; printed by the test and quoted in docs/reliability.md. */
export interface RunFigures {
  vendor: string;
  records: number;
  requests: number;
  faults: number;
  byKind: FaultStats['byKind'];
  retries: number;
  lost: number;
  duplicated: number;
  orderKept: boolean;
  elapsedMs: number;
}

/** Renders run figures as a Markdown table (the same table docs/reliability.md shows). */
export function renderFigures(runs: readonly RunFigures[]): string {
  const rows = runs.map((r) =>
    [
      r.vendor,
      r.records.toLocaleString('en-US'),
      String(r.requests),
      `${r.faults} (${((100 * r.faults) / Math.max(1, r.requests)).toFixed(1)}%)`,
      String(r.retries),
      String(r.lost),
      String(r.duplicated),
      r.orderKept ? 'yes' : 'no',
      Object.entries(r.byKind)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([kind, n]) => `${kind} ${n}`)
        .join(', '),
    ].join(' | '),
  );
  return [
    '| vendor | records | requests | faults injected | retries | lost | duplicated | order kept | faults by kind |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}
