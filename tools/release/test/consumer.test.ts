import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ConsumerProject,
  createConsumerProject,
  killStarted,
  nodeBinary,
  OTHER_NODE_MAJORS,
  PUBLISHED,
  plain,
  run,
  runOk,
  WORKSPACE,
} from '@botbridge/testing/consumer';
import { afterAll, beforeAll, describe, it } from 'vitest';

// What a user's project meets: every published package packed and installed from its tarball into
// a fresh project outside the workspace; a small app over all of them (test/consumer/app.mts)
// type-checked with the lowest TypeScript the READMEs promise and the latest, under both module
// resolutions projects use (nodenext, bundler) and with `skipLibCheck` off, so that our declaration
// files are checked too; then compiled and run as an ES module and as CommonJS against the mock
// servers it starts through `startMockServers`. test/consumer/guarantees.mts holds what must not
// compile.

const FIXTURES = fileURLToPath(new URL('consumer/', import.meta.url));
/** The lowest TypeScript the packages support (their READMEs and `peerDependencies` say so). */
const LOWEST = '5.4.5';
/** The lowest that type-checks a CommonJS file `require()`-ing an ES module (`module: nodenext`). */
const LOWEST_COMMONJS = '5.8.3';
const LATEST = '7.0.2';
const COMPILERS = { lowest: LOWEST, commonjs: LOWEST_COMMONJS, latest: LATEST } as const;
type Compiler = keyof typeof COMPILERS;
const MINUTE = 60_000;

let consumer: ConsumerProject | undefined;
let project: string;

/** Runs the `tsc` of one of the installed TypeScript versions in the project. */
function tsc(compiler: Compiler, args: string[]) {
  return run(
    'node',
    [join(project, 'node_modules', `typescript-${compiler}`, 'bin', 'tsc'), ...args],
    {
      cwd: project,
      timeoutMs: 2 * MINUTE,
    },
  );
}

/** Writes a tsconfig for one compile of the project's files and returns its name. */
async function tsconfig(
  name: string,
  mode: 'nodenext' | 'bundler',
  files: string[],
  emit = false,
): Promise<string> {
  const moduleOptions =
    mode === 'nodenext'
      ? { module: 'NodeNext', moduleResolution: 'NodeNext' }
      : { module: 'Preserve', moduleResolution: 'Bundler' };
  const file = `tsconfig.${name}.json`;
  const compilerOptions = {
    target: 'ES2022',
    ...moduleOptions,
    strict: true,
    // Our declaration files are part of what is checked.
    skipLibCheck: false,
    types: ['node'],
    ...(emit ? { outDir: 'out', rootDir: 'src' } : { noEmit: true }),
  };
  await writeFile(join(project, file), `${JSON.stringify({ compilerOptions, files }, null, 2)}\n`);
  return file;
}

/** The `file(line,column): error TSnnnn: message` lines of a tsc run. */
function diagnostics(output: string): Array<{ file: string; line: number; message: string }> {
  return [...plain(output).matchAll(/^(\S+)\((\d+),\d+\): error (TS\d+: .*)$/gm)].map(
    ([, file, line, message]) => ({
      file: file as string,
      line: Number(line),
      message: message as string,
    }),
  );
}

beforeAll(async () => {
  consumer = await createConsumerProject({
    packages: PUBLISHED,
    install: [
      ...Object.entries(COMPILERS).map(
        ([name, version]) => `typescript-${name}@npm:typescript@${version}`,
      ),
      '@types/node@20.19.43',
    ],
  });
  project = consumer.dir;
  await mkdir(join(project, 'src'));
  for (const file of ['app.mts', 'guarantees.mts']) {
    await copyFile(join(FIXTURES, file), join(project, 'src', file));
  }
  // The same source as CommonJS: its imports compile to require() calls.
  await copyFile(join(FIXTURES, 'app.mts'), join(project, 'src', 'app.cts'));
}, 10 * MINUTE);

afterAll(async () => {
  killStarted();
  await consumer?.remove();
});

describe('a project that installs every packed package', () => {
  // One compile per TypeScript version and module resolution (the old compilers take seconds each):
  // under nodenext it holds the app as an ES module and as CommonJS, the guarantees file, and the
  // guarantees file without its directives, whose errors must be exactly the forbidden lines.
  describe.concurrent('type-checks the app with skipLibCheck off', () => {
    for (const compiler of ['lowest', 'latest'] as const) {
      it(`TypeScript ${COMPILERS[compiler]}, nodenext: the app compiles as ESM${
        compiler === 'latest' ? ' and CommonJS' : ''
      }, and each forbidden line, and only those, fails`, async ({ expect }) => {
        const source = await readFile(join(FIXTURES, 'guarantees.mts'), 'utf8');
        const lines = source.split('\n');
        // The line after each directive, and the name it gets wrong: the misspelled raw field or
        // the path the spec does not have.
        const forbidden = lines.flatMap((line, index) => {
          if (!line.includes('// @ts-expect-error')) return [];
          const next = lines[index + 1] ?? '';
          const name =
            /\.raw\.(\w+)/.exec(next)?.[1] ?? /\.(?:GET|POST)\('([^']+)'/.exec(next)?.[1];
          return [{ line: index + 2, name }];
        });
        expect(forbidden).toHaveLength(8);
        for (const { name } of forbidden) expect(name).toBeDefined();
        const stripped = `src/stripped-${compiler}.mts`;
        await writeFile(
          join(project, stripped),
          lines.map((line) => line.replace(/\/\/ @ts-expect-error.*$/, '')).join('\n'),
        );
        const config = await tsconfig(`${compiler}-nodenext`, 'nodenext', [
          'src/app.mts',
          'src/app.cts',
          'src/guarantees.mts',
          stripped,
        ]);

        const result = await tsc(compiler, ['-p', config]);
        const found = diagnostics(result.stdout);
        const output = plain(result.stdout + result.stderr);
        expect(
          found.filter(({ file }) => file !== stripped && file !== 'src/app.cts'),
          output,
        ).toEqual([]);
        const inStripped = found.filter(({ file }) => file === stripped);
        expect(
          inStripped.map(({ line }) => line),
          output,
        ).toEqual(forbidden.map(({ line }) => line));
        for (const [index, { message }] of inStripped.entries()) {
          const { name } = forbidden[index] as { name: string };
          // TS2339/TS2551: no such property; TS2345: the path is not one of the spec's.
          expect(message).toMatch(/^TS(2339|2551|2345): /);
          expect(message).toContain(name);
        }
        const inCommonJs = found.filter(({ file }) => file === 'src/app.cts');
        if (compiler === 'latest') {
          expect(inCommonJs, output).toEqual([]);
        } else {
          // Below the CommonJS floor, require() of an ES module is an error (TS1479): the floor
          // the READMEs give for CommonJS is real.
          expect(inCommonJs.length, output).toBeGreaterThan(0);
          for (const { message } of inCommonJs) expect(message).toMatch(/^TS1479: /);
        }
      });

      it(`TypeScript ${COMPILERS[compiler]}, bundler: the app compiles`, async ({ expect }) => {
        const config = await tsconfig(`${compiler}-bundler`, 'bundler', [
          'src/app.mts',
          'src/guarantees.mts',
        ]);
        const result = await tsc(compiler, ['-p', config]);
        expect(result.code, plain(result.stdout + result.stderr)).toBe(0);
      });
    }

    it(`TypeScript ${LOWEST_COMMONJS}, nodenext: the app compiles as CommonJS`, async ({
      expect,
    }) => {
      const config = await tsconfig('commonjs-nodenext', 'nodenext', ['src/app.cts']);
      const result = await tsc('commonjs', ['-p', config]);
      expect(result.code, plain(result.stdout + result.stderr)).toBe(0);
    });
  });

  it(
    'runs the app as an ES module and as CommonJS on Node 20, 22 and 24, and all print the same records',
    async ({ expect }) => {
      const config = await tsconfig('emit', 'nodenext', ['src/app.mts', 'src/app.cts'], true);
      const emitted = await tsc('latest', ['-p', config]);
      expect(emitted.code, plain(emitted.stdout + emitted.stderr)).toBe(0);
      // CommonJS for real: the compiled file require()s every package.
      const compiled = await readFile(join(project, 'out', 'app.cjs'), 'utf8');
      for (const name of [
        'closebot',
        'closebot/validators',
        'core',
        'mock-server',
        'opencx',
        'smarterbot',
        'twin24',
      ]) {
        expect(compiled).toContain(`require("@botbridge/${name}")`);
      }

      // On this Node and on each other line the packages support: the same records everywhere.
      const nodes = [
        { path: process.execPath, version: process.version },
        ...(await Promise.all(OTHER_NODE_MAJORS.map((major) => nodeBinary(major)))),
      ];
      // Every run against the first: the ES module on this Node.
      let esm: { stdout: string } | undefined;
      for (const node of nodes) {
        for (const file of ['out/app.mjs', 'out/app.cjs']) {
          const result = await runOk(node.path, [file], { cwd: project, timeoutMs: 2 * MINUTE });
          esm ??= result;
          expect(result.stdout, `${file} on Node ${node.version}`).toBe(esm.stdout);
        }
      }
      if (esm === undefined) throw new Error('the app never ran');

      const counts = [
        ...esm.stdout.matchAll(/^(\w+) (leads|conversations) (\d+) distinct (\d+)$/gm),
      ].map(([, vendor, kind, count, distinct]) => ({
        vendor,
        kind,
        count: Number(count),
        distinct: Number(distinct),
      }));
      expect(counts).toHaveLength(8);
      for (const { vendor, kind, count, distinct } of counts) {
        expect(distinct, `${vendor} ${kind}`).toBe(count);
        const served = kind === 'conversations' || vendor === 'closebot' || vendor === 'smarterbot';
        if (served) expect(count, `${vendor} ${kind}`).toBeGreaterThan(0);
        else expect(count, `${vendor} ${kind}`).toBe(0);
      }
      // The dataset's 12 records: CloseBot's leads and conversations, and OpenCX's and Twin's
      // sessions (SmarterBot's are spread over its chatbots; the app reads the first).
      for (const [vendor, kind] of [
        ['closebot', 'leads'],
        ['closebot', 'conversations'],
        ['opencx', 'conversations'],
        ['twin24', 'conversations'],
      ]) {
        expect(counts.find((row) => row.vendor === vendor && row.kind === kind)?.count).toBe(12);
      }
      expect(esm.stdout).toContain('closebot raw string\n');
      expect(esm.stdout).toContain('opencx api true\n');
      expect(esm.stdout).toContain('missing VendorHttpError\n');
    },
    5 * MINUTE,
  );

  it("ships the repository's LICENSE in every package's tarball", async ({ expect }) => {
    const license = await readFile(join(WORKSPACE, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License/);
    for (const name of PUBLISHED) {
      const installed = join(project, 'node_modules', '@botbridge', name, 'LICENSE');
      expect(await readFile(installed, 'utf8'), name).toBe(license);
    }
  });

  it('documents the TypeScript floor the type checks above hold to, in every package', async ({
    expect,
  }) => {
    const floor = LOWEST.split('.').slice(0, 2).join('.');
    const commonjsFloor = LOWEST_COMMONJS.split('.').slice(0, 2).join('.');
    for (const name of PUBLISHED) {
      const installed = join(project, 'node_modules', '@botbridge', name);
      const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
      expect(manifest.peerDependencies?.typescript, name).toBe(`>=${floor}`);
      expect(manifest.peerDependenciesMeta?.typescript, name).toEqual({ optional: true });
      const readme = await readFile(join(installed, 'README.md'), 'utf8');
      expect(readme, name).toContain(`TypeScript ${floor} or later`);
      expect(readme, name).toContain(`${commonjsFloor} or later for CommonJS`);
    }
  });
});
