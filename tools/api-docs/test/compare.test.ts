import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareTrees, describeDiff, isClean, listFiles } from '../src/compare.js';
import { findPublishedPackages, MissingBuildError } from '../src/packages.js';

// The check's verdict on real folders: a committed tree and a fresh one, written here by hand
// (no TypeDoc run), each differing from the other in one known way.

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder holding `files` (relative path → contents). */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'api-docs-test-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const generated = {
  'README.md': '# API reference\n',
  'core.api.md': '## core\n',
  'core/README.md': '# @botbridge/core\n',
  'core/functions/collect.md': '# collect\n',
  'closebot/validators/README.md': '# validators\n',
};

describe('compareTrees', () => {
  it('passes an identical tree', () => {
    const diff = compareTrees(tree(generated), tree(generated));
    expect(diff).toEqual({ stale: [], missing: [], extra: [] });
    expect(isClean(diff)).toBe(true);
  });

  it('reports a file whose contents changed as stale', () => {
    const committed = tree({ ...generated, 'core/functions/collect.md': '# collect (edited)\n' });
    const diff = compareTrees(committed, tree(generated));
    expect(diff).toEqual({ stale: ['core/functions/collect.md'], missing: [], extra: [] });
    expect(isClean(diff)).toBe(false);
  });

  it('reports a generated file that is not committed as missing', () => {
    const { 'closebot/validators/README.md': _, ...withoutValidators } = generated;
    const diff = compareTrees(tree(withoutValidators), tree(generated));
    expect(diff).toEqual({ stale: [], missing: ['closebot/validators/README.md'], extra: [] });
  });

  it('reports a committed file that is no longer generated as extra', () => {
    const committed = tree({ ...generated, 'core/functions/removed.md': '# removed\n' });
    const diff = compareTrees(committed, tree(generated));
    expect(diff).toEqual({ stale: [], missing: [], extra: ['core/functions/removed.md'] });
  });

  it('reports every generated file as missing when nothing is committed', () => {
    const absent = join(tree({}), 'api');
    expect(compareTrees(absent, tree(generated)).missing).toEqual(listFiles(tree(generated)));
  });

  it('ignores CRLF line endings, and nothing else', () => {
    const crlf = tree({ ...generated, 'README.md': '# API reference\r\n' });
    expect(isClean(compareTrees(crlf, tree(generated)))).toBe(true);
    const trailingSpace = tree({ ...generated, 'README.md': '# API reference \n' });
    expect(compareTrees(trailingSpace, tree(generated)).stale).toEqual(['README.md']);
  });
});

describe('describeDiff', () => {
  it('names each differing file by kind, and the command that regenerates', () => {
    const message = describeDiff(
      { stale: ['core.api.md'], missing: ['core/functions/collect.md'], extra: ['old.md'] },
      'docs/api',
      'npm run docs:api',
    );
    expect(message).toContain('1 stale');
    expect(message).toContain('docs/api/core.api.md');
    expect(message).toContain('1 missing');
    expect(message).toContain('docs/api/core/functions/collect.md');
    expect(message).toContain('1 extra');
    expect(message).toContain('docs/api/old.md');
    expect(message).toContain('`npm run docs:api`');
  });

  it('lists at most `limit` files of a kind', () => {
    const stale = Array.from({ length: 30 }, (_, i) => `page-${String(i).padStart(2, '0')}.md`);
    const message = describeDiff({ stale, missing: [], extra: [] }, 'docs/api', 'regen', 25);
    expect(message).toContain('docs/api/page-24.md');
    expect(message).not.toContain('docs/api/page-25.md');
    expect(message).toContain('and 5 more');
  });
});

describe('findPublishedPackages', () => {
  const manifest = (fields: object) => JSON.stringify(fields);
  const exportsOf = (...subpaths: string[]) =>
    Object.fromEntries([
      ...subpaths.map((subpath) => [
        subpath,
        { types: `./dist/${subpath === '.' ? 'index' : subpath.slice(2)}.d.ts` },
      ]),
      ['./package.json', './package.json'],
    ]);

  it('reads every entry point of the exports of each public package, main entry first', () => {
    const root = tree({
      'packages/vendor/package.json': manifest({
        name: '@scope/vendor',
        exports: exportsOf('./validators', '.'),
      }),
      'packages/vendor/dist/index.d.ts': '',
      'packages/vendor/dist/validators.d.ts': '',
      'packages/internal/package.json': manifest({ name: '@scope/internal', private: true }),
    });
    const packages = findPublishedPackages(root);
    expect(packages.map((pkg) => [pkg.slug, pkg.entryPoints.map((e) => e.specifier)])).toEqual([
      ['vendor', ['@scope/vendor', '@scope/vendor/validators']],
    ]);
  });

  it('says to build first when a declaration file is missing', () => {
    const root = tree({
      'packages/vendor/package.json': manifest({ name: '@scope/vendor', exports: exportsOf('.') }),
    });
    expect(() => findPublishedPackages(root)).toThrow(MissingBuildError);
    expect(() => findPublishedPackages(root)).toThrow(/build the packages first/);
  });
});
