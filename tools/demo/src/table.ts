/** The widest a table may be: it fits a 120-column terminal. */
export const TABLE_WIDTH = 120;
/** The narrowest a column is cut to, so that its title stays readable. */
const MIN_COLUMN = 6;
const GAP = '  ';

/**
 * Renders rows as a plain-text table with a header rule, at most `width` columns wide: while it
 * would be wider, the widest column not named in `keep` loses a character (those in `keep`, short
 * codes and times, only once the others are down to a few characters), and cells longer than their
 * column end in `…`.
 */
export function renderTable(
  columns: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  { width = TABLE_WIDTH, keep = [] }: { width?: number; keep?: readonly string[] } = {},
): string {
  const widths = columns.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const total = () => widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1);
  const shrinkable = (pool: readonly number[]) => {
    const widest = pool.reduce(
      (best, i) => ((widths[i] ?? 0) > (widths[best] ?? 0) ? i : best),
      pool[0] ?? 0,
    );
    return (widths[widest] ?? 0) > MIN_COLUMN ? widest : undefined;
  };
  const indexes = columns.map((_, i) => i);
  const others = indexes.filter((i) => !keep.includes(columns[i] ?? ''));
  while (total() > width) {
    const widest = shrinkable(others) ?? shrinkable(indexes);
    if (widest === undefined) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  const clip = (text: string, max: number) =>
    text.length > max ? `${text.slice(0, max - 1)}…` : text;
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => clip(cell, widths[i] ?? 0).padEnd(widths[i] ?? 0))
      .join(GAP)
      .trimEnd();
  return [line(columns), widths.map((w) => '─'.repeat(w)).join(GAP), ...rows.map(line)].join('\n');
}
