/**
 * The measuring process of the bench (started by `cli.ts`, which builds first): starts the
 * vendor-shaped server, runs the sections, prints the table on stdout (progress goes to stderr).
 */
import { spawnSync } from 'node:child_process';
import { arch, availableParallelism, loadavg, platform } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startBenchServer } from './bench-server.js';
import { type BenchContext, sizesFor } from './context.js';
import { type Options, parseOptions, SECTIONS, type Section } from './options.js';
import { bundleSection } from './sections/bundle.js';
import { cpuSection } from './sections/cpu.js';
import { latencySection } from './sections/latency.js';
import { mockSection } from './sections/mock.js';
import { normalizeSection } from './sections/normalize.js';
import { rssSection } from './sections/rss.js';
import { syncSection } from './sections/sync.js';
import { type Row, renderTable } from './table.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const RUNNERS: Record<Section, (context: BenchContext) => Promise<Row[]>> = {
  cpu: cpuSection,
  sync: syncSection,
  latency: latencySection,
  normalize: normalizeSection,
  rss: rssSection,
  bundle: bundleSection,
  mock: mockSection,
};

/** Sections that talk to the vendor-shaped server. */
const SERVED: readonly Section[] = ['cpu', 'sync', 'latency', 'rss'];

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** The commit measured, and whether the packages measured differ from it (read-only git). */
function revision(): string {
  const git = (...args: string[]) =>
    spawnSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' }).stdout?.trim() ?? '';
  const commit = git('log', '-1', '--format=%h') || 'unknown';
  return git('status', '--porcelain', '--', 'packages') === ''
    ? commit
    : `${commit} + uncommitted changes in packages/`;
}

/** What was measured and on what, read when the run starts (right after the build). */
interface Start {
  at: string;
  revision: string;
  load: string;
}

function header(options: Options, context: BenchContext, start: Start): string {
  const { sizes } = context;
  return [
    `botbridge bench — ${start.at} UTC, commit ${start.revision}, measuring ${options.source ? 'the TypeScript sources (tsx)' : 'the built dist'}${options.smoke ? ' — SMOKE RUN: tiny sizes, goals not judged' : ''}`,
    '',
    `node ${process.version}, ${platform()} ${arch()}, ${availableParallelism()} cores; load average (1/5/15 min) ${start.load} at start, ${load()} at end`,
    `${sizes.syncRecords} records (smaller dataset ${sizes.smallRecords}), ${options.rounds} rounds, page size ${sizes.pageSize}, ${sizes.cpuRequests} requests per CPU sample, ${options.latencyMs} ms latency in the latency section`,
  ].join('\n');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const sizes = sizesFor(options);
  const limitMs = options.smoke ? 110_000 : 3_600_000;
  // Bounded whatever happens: the exit handler of children.ts kills every child.
  setTimeout(() => {
    process.stderr.write(`[bench] gave up after ${limitMs / 1000} s\n`);
    process.exit(1);
  }, limitMs).unref();
  const start: Start = {
    at: new Date().toISOString().slice(0, 16).replace('T', ' '),
    revision: revision(),
    load: load(),
  };
  const context: BenchContext = {
    options,
    sizes,
    root: ROOT,
    execArgv: process.execArgv,
    server: undefined,
    log: (message) =>
      process.stderr.write(`[bench +${(performance.now() / 1000).toFixed(1)} s] ${message}\n`),
  };
  if (options.only.some((section) => SERVED.includes(section))) {
    context.log(`starting the bench server (${sizes.syncRecords} + ${sizes.smallRecords} records)`);
    context.server = await startBenchServer(
      {
        listeners: {
          main: { records: sizes.syncRecords, latencyMs: 0 },
          small: { records: sizes.smallRecords, latencyMs: 0 },
          slow: { records: sizes.smallRecords, latencyMs: options.latencyMs },
        },
        pageSize: sizes.pageSize,
        requestPageSize: sizes.requestPageSize,
        lifetimeMs: limitMs,
      },
      context.execArgv,
    );
  }
  const rows: Row[] = [];
  for (const section of SECTIONS) {
    if (options.only.includes(section)) rows.push(...(await RUNNERS[section](context)));
  }
  await context.server?.close();
  process.stdout.write(
    `${header(options, context, start)}\n\n${renderTable(rows, !options.smoke)}\n`,
  );
}

try {
  await main();
  process.exit(0);
} catch (error) {
  process.stderr.write(
    `[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
}
