/**
 * Own code per vendor package, as an application ships it: the package's entry bundled by esbuild
 * (bundle, minify, ESM) with its runtime dependencies (openapi-fetch, @botbridge/core) left out,
 * then gzipped. B is the same bundle with the generated response validators replaced by empty
 * stubs, so A − B is what the validators add; the goal is that the default bundle has none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import type { BenchContext } from '../context.js';
import { summarize } from '../stats.js';
import type { Row } from '../table.js';

const VENDORS = ['closebot', 'opencx', 'smarterbot', 'twin24'] as const;
const VALIDATORS = /[\\/]generated[\\/]validators\.[jt]s$/;

/** Replaces every generated validators module by one exporting the same names, each `{}`. */
const withoutValidators: Plugin = {
  name: 'without-validators',
  setup(esbuild) {
    esbuild.onLoad({ filter: VALIDATORS }, (args) => {
      const names = [
        ...readFileSync(args.path, 'utf8').matchAll(/export\s+(?:const|let|var|function)\s+(\w+)/g),
      ].map((match) => match[1]);
      return {
        contents: names.map((name) => `export const ${name} = {};`).join('\n'),
        loader: 'js',
      };
    });
  },
};

/** The min+gz size of `entry`'s bundle in kB, and whether validator code made it in. */
async function bundle(entry: string, plugins: Plugin[]) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    external: ['openapi-fetch', '@botbridge/core', '@botbridge/core/*'],
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins,
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced nothing for ${entry}`);
  const inputs = Object.values(result.metafile.outputs).flatMap((out) =>
    Object.entries(out.inputs),
  );
  const validators = inputs.some(([path, used]) => VALIDATORS.test(path) && used.bytesInOutput > 0);
  return { kB: gzipSync(output.contents, { level: 9 }).length / 1000, validators };
}

export async function bundleSection(context: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const vendor of VENDORS) {
    const dir = join(context.root, 'packages', vendor);
    // The built entry, as published; the TypeScript entry when measuring the sources.
    const entry = join(dir, context.options.source ? 'src/index.ts' : 'dist/index.js');
    context.log(`bundle: ${vendor} (${entry})`);
    const full = await bundle(entry, []);
    const stripped = await bundle(entry, [withoutValidators]);
    const share = (full.kB - stripped.kB) / full.kB;
    rows.push({
      id: `bundle.${vendor}`,
      measure: `own code min+gz, kB: A ${vendor} default bundle vs B without the generated validators (ratio: their share of A)`,
      a: summarize([full.kB]),
      b: summarize([stripped.kB]),
      ratio: share,
      ratioStyle: '%',
      goal: '0 % (validators not in the default bundle)',
      met: !full.validators,
    });
  }
  return rows;
}
