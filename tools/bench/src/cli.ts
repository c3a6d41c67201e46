/**
 * `npm run bench`: builds every package with nx (the bundle section measures `dist`, and so does
 * everything else unless `--source`), then runs the measuring process (`run.ts`) fresh, with
 * nothing but the bench loaded. See docs/performance.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Options, parseOptions } from './options.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RUN = fileURLToPath(new URL('./run.ts', import.meta.url));

function optionsOrExit(argv: readonly string[]): Options {
  try {
    return parseOptions(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}

const argv = process.argv.slice(2);
const options = optionsOrExit(argv);
if (options.build) {
  process.stderr.write('[bench] building: nx run-many -t build\n');
  // nx's output goes to stderr, so stdout carries the table only; no nx daemon is left behind.
  const built = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--output-style=static'], {
    cwd: ROOT,
    stdio: ['ignore', 2, 2],
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const conditions = options.source ? ['--conditions=@botbridge/source'] : [];
// `--expose-gc`: samples start from a clean heap (see `collectGarbage`).
const flags = ['--import', 'tsx', '--expose-gc', ...conditions];
const child = spawn(process.execPath, [...flags, RUN, ...argv], {
  cwd: ROOT,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
