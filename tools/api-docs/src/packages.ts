import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout this tool belongs to (tools/api-docs/src → the root). */
export const workspaceRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** One entry point of a published package, as the `exports` of its package.json names it. */
export interface EntryPoint {
  /** What a consumer imports, e.g. `@botbridge/closebot/validators`. */
  readonly specifier: string;
  /** The key in `exports`, e.g. `.` or `./validators`. */
  readonly subpath: string;
  /** Absolute path of the built declaration file that the export's `types` condition names. */
  readonly typesFile: string;
}

/** A package of packages/ that is published (not `private`), with every entry point it exports. */
export interface PublishedPackage {
  /** The npm name, e.g. `@botbridge/closebot`. */
  readonly name: string;
  /** The name without its scope, e.g. `closebot`: names its reference folder and its API report. */
  readonly slug: string;
  readonly description: string;
  /** Absolute path of the package's folder. */
  readonly directory: string;
  /** The main entry point (`.`) first, then the others by subpath. */
  readonly entryPoints: readonly EntryPoint[];
}

interface Manifest {
  name?: unknown;
  private?: unknown;
  description?: unknown;
  exports?: unknown;
}

/** Raised when an entry point's declaration file is not there: the packages were not built. */
export class MissingBuildError extends Error {
  override readonly name = 'MissingBuildError';
}

/**
 * The published packages of `<root>/packages`, sorted by name, each with the entry points of its
 * `exports` (`./package.json` aside: it is data, not API). Throws `MissingBuildError` when a
 * declaration file is missing, since both generators read the built `dist/`, not the sources.
 */
export function findPublishedPackages(root: string = workspaceRoot): PublishedPackage[] {
  const packagesDir = join(root, 'packages');
  const found: PublishedPackage[] = [];
  for (const entry of readdirSync(packagesDir, { withFileTypes: true })) {
    const directory = join(packagesDir, entry.name);
    const manifestPath = join(directory, 'package.json');
    if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    if (manifest.private === true) continue;
    if (typeof manifest.name !== 'string') throw new Error(`${manifestPath} has no name`);
    const name = manifest.name;
    found.push({
      name,
      slug: name.replace(/^@[^/]+\//, ''),
      description: typeof manifest.description === 'string' ? manifest.description : '',
      directory,
      entryPoints: entryPointsOf(name, directory, manifest.exports),
    });
  }
  return found.sort((a, b) => compareText(a.name, b.name));
}

function entryPointsOf(name: string, directory: string, exportsField: unknown): EntryPoint[] {
  if (typeof exportsField !== 'object' || exportsField === null || Array.isArray(exportsField)) {
    throw new Error(`${name}: package.json has no "exports" map to read entry points from`);
  }
  const entryPoints: EntryPoint[] = [];
  for (const [subpath, target] of Object.entries(exportsField)) {
    if (subpath === './package.json') continue;
    const types = (target as { types?: unknown } | null)?.types;
    if (typeof types !== 'string') {
      throw new Error(`${name}: the export "${subpath}" has no top-level "types" condition`);
    }
    const typesFile = resolve(directory, types);
    if (!existsSync(typesFile)) {
      throw new MissingBuildError(
        `${name}: ${types} (the types of "${subpath}") does not exist; build the packages first ` +
          '(npx nx run-many -t build)',
      );
    }
    entryPoints.push({ specifier: name + subpath.slice(1), subpath, typesFile });
  }
  if (entryPoints.length === 0) throw new Error(`${name}: "exports" names no entry point`);
  return entryPoints.sort((a, b) =>
    a.subpath === '.' ? -1 : b.subpath === '.' ? 1 : compareText(a.subpath, b.subpath),
  );
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
