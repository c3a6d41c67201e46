/** Renders rows as a plain-text table with a header rule; cells are cut to `maxWidth`. */
export function renderTable(
  columns: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  maxWidth = 34,
): string {
  const clip = (text: string) =>
    text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text;
  const cells = rows.map((row) => row.map(clip));
  const widths = columns.map((title, i) =>
    Math.max(title.length, ...cells.map((row) => (row[i] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(columns), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join(
    '\n',
  );
}
