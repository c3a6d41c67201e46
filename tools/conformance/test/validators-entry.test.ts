import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Response validation is opt-in, so the generated validators ship only to those who import them:
// each vendor package has a `./validators` entry, and its main entry must not reach them. This is
// checked on the module graph of the sources, which is what a bundler follows, rather than on
// bundle sizes, which move with every change. Vendors are the folders of specs/, so a new vendor
// is held to the same rule.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const vendors = readdirSync(join(root, 'specs'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

type Conditions = Record<string, string>;
const manifestOf = (vendor: string) =>
  JSON.parse(readFileSync(join(root, 'packages', vendor, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, Conditions | string>;
  };

const GENERATED_VALIDATORS = /[\\/]src[\\/]generated[\\/]validators\.ts$/;

/**
 * The module specifiers a file loads at run time: imports and re-exports other than `import type`
 * and `export type` (which the compiler erases), and dynamic `import()`s.
 */
function runtimeSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && !node.isTypeOnly) {
      if (node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        found.push(node.moduleSpecifier.text);
      }
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = node.arguments;
      if (specifier && ts.isStringLiteralLike(specifier)) found.push(specifier.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The source file a specifier names inside the package, or undefined for another package. A
 * relative `./x.js` is the source `./x.ts` (or `./x/index.ts`); the package's own name (a
 * self-reference) resolves through its `@botbridge/source` export condition.
 */
function resolveInPackage(vendor: string, from: string, specifier: string): string | undefined {
  const dir = join(root, 'packages', vendor);
  const { name, exports } = manifestOf(vendor);
  if (specifier === name || specifier.startsWith(`${name}/`)) {
    const entry = exports[`.${specifier.slice(name.length)}`];
    const target = typeof entry === 'string' ? entry : entry?.['@botbridge/source'];
    if (target === undefined) throw new Error(`${specifier} is not exported by ${name}`);
    return join(dir, target);
  }
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`${from}: cannot resolve ${specifier}`);
}

/** Every file of the package that `entry` loads at run time, directly or through others. */
function reachedFrom(vendor: string, entry: string): Set<string> {
  const reached = new Set<string>();
  const pending = [join(root, 'packages', vendor, entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (reached.has(file)) continue;
    reached.add(file);
    for (const specifier of runtimeSpecifiers(file)) {
      const next = resolveInPackage(vendor, file, specifier);
      if (next !== undefined) pending.push(next);
    }
  }
  return reached;
}

describe('response validators are an opt-in entry of every vendor package', () => {
  it('there are vendors', () => expect(vendors.length).toBeGreaterThanOrEqual(4));

  it.each(vendors)('%s: package.json exports ./validators like its main entry', (vendor) => {
    const { exports } = manifestOf(vendor);
    const main = exports['.'] as Conditions;
    const validators = exports['./validators'] as Conditions;
    expect(validators).toEqual({
      '@botbridge/source': './src/validators.ts',
      types: './dist/validators.d.ts',
      // `default`: `import` and `require()` (Node ≥ 20.19 loads an ES module from it) alike.
      default: './dist/validators.js',
    });
    // Conditions match in order: the same order as the main entry, the source condition first.
    expect(Object.keys(validators)).toEqual(Object.keys(main));
  });

  it.each(vendors)('%s: src/index.ts does not reach generated/validators', (vendor) => {
    const reached = [...reachedFrom(vendor, 'src/index.ts')];
    // The walk does follow the package: the client and the generated operation table are in it.
    expect(reached.some((file) => file.endsWith(join('src', 'client.ts')))).toBe(true);
    expect(reached.some((file) => file.endsWith(join('generated', 'operations.ts')))).toBe(true);
    expect(reached.filter((file) => GENERATED_VALIDATORS.test(file))).toEqual([]);
  });

  it.each(vendors)('%s: src/validators.ts, the ./validators entry, reaches them', (vendor) => {
    const reached = [...reachedFrom(vendor, 'src/validators.ts')];
    expect(reached.filter((file) => GENERATED_VALIDATORS.test(file))).toHaveLength(1);
  });
});
