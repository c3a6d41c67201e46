import { compareText } from './packages.js';

/** A warning of TypeDoc or API Extractor about the documented packages. */
export interface DocWarning {
  readonly tool: 'TypeDoc' | 'API Extractor';
  /** A short kind, e.g. `undocumented` or `ae-forgotten-export`. */
  readonly kind: string;
  readonly message: string;
  /** The workspace-relative source file it concerns, when the tool says. */
  readonly file?: string;
}

/** How many of `items` fall under each key, most first (then by key, for a stable order). */
export function tally<T>(items: readonly T[], keyOf: (item: T) => string | undefined) {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort(([a, m], [b, n]) => n - m || compareText(a, b));
}

/**
 * A few lines per tool: how many warnings of each kind, and the files with the most undocumented
 * exports (the place to start writing doc comments).
 */
export function summarizeWarnings(warnings: readonly DocWarning[], topFiles = 8): string[] {
  const lines: string[] = [];
  for (const tool of ['TypeDoc', 'API Extractor'] as const) {
    const own = warnings.filter((warning) => warning.tool === tool);
    const kinds = tally(own, (warning) => warning.kind).map(([kind, n]) => `${kind} ${n}`);
    lines.push(`${tool}: ${own.length} warning(s)${kinds.length ? ` (${kinds.join(', ')})` : ''}`);
    const undocumented = tally(own, (warning) =>
      warning.kind === 'undocumented' ? warning.file : undefined,
    );
    for (const [file, n] of undocumented.slice(0, topFiles)) {
      lines.push(`  ${String(n).padStart(4)} undocumented in ${file}`);
    }
  }
  return lines;
}
