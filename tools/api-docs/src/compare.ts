import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareText } from './packages.js';

/** How a committed tree differs from a fresh generation; paths are relative and use `/`. */
export interface TreeDiff {
  /** In both, with different contents. */
  readonly stale: readonly string[];
  /** Generated, but not committed. */
  readonly missing: readonly string[];
  /** Committed, but no longer generated. */
  readonly extra: readonly string[];
}

/** Every file under `dir`, relative to it, sorted; none if `dir` does not exist. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk('');
  return files.sort(compareText);
}

/**
 * Compares the committed tree with a fresh one. Line endings are not compared (a checkout with
 * `core.autocrlf` has CRLF where the generators write LF); every other byte is.
 */
export function compareTrees(committedDir: string, freshDir: string): TreeDiff {
  const committed = new Set(listFiles(committedDir));
  const fresh = listFiles(freshDir);
  const generated = new Set(fresh);
  const read = (dir: string, file: string) =>
    readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n');
  return {
    stale: fresh.filter(
      (file) => committed.has(file) && read(committedDir, file) !== read(freshDir, file),
    ),
    missing: fresh.filter((file) => !committed.has(file)),
    extra: [...committed].filter((file) => !generated.has(file)),
  };
}

/** Whether the two trees are the same. */
export function isClean(diff: TreeDiff): boolean {
  return diff.stale.length + diff.missing.length + diff.extra.length === 0;
}

/**
 * The failure message of a check: each differing file under `label` (e.g. `docs/api`), by kind,
 * at most `limit` of each, and the command that brings the tree up to date.
 */
export function describeDiff(
  diff: TreeDiff,
  label: string,
  regenerate: string,
  limit = 25,
): string {
  const kinds = [
    ['stale', 'differs from what the packages generate now', diff.stale],
    ['missing', 'generated but not committed', diff.missing],
    ['extra', 'committed but no longer generated', diff.extra],
  ] as const;
  const lines = [`${label} is out of date with the built packages:`];
  for (const [kind, meaning, files] of kinds) {
    if (files.length === 0) continue;
    lines.push(`  ${files.length} ${kind} (${meaning}):`);
    for (const file of files.slice(0, limit)) lines.push(`    ${label}/${file}`);
    if (files.length > limit) lines.push(`    … and ${files.length - limit} more`);
  }
  lines.push(
    `Regenerate it with \`${regenerate}\` (after building the packages) and commit the result;`,
    `${label} is generated and must not be edited by hand.`,
  );
  return lines.join('\n');
}
