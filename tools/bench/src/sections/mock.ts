/**
 * The mock server (`botbridge-mock`): how long it takes to be ready and how much memory it holds
 * once ready, serving one vendor (CloseBot) and all four, each started fresh, in turn. The same
 * approach as packages/mock-server/scripts/startup.mjs, with every sample kept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { awaitLine, exited, spawnNode } from '../children.js';
import type { BenchContext } from '../context.js';
import { summarize } from '../stats.js';
import type { Row } from '../table.js';

const READY = /Press Ctrl-C to stop|Mocks are running/;

const ONE_VENDOR = ['closebot', '--port', 'closebot=0'];
const ALL_FOUR = ['closebot', 'opencx', 'twin24', 'smarterbot'].flatMap((vendor) => [
  '--port',
  `${vendor}=0`,
]);

/** Parent pid of every process (Linux /proc). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      map.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while the table was read.
    }
  }
  return map;
}

/** Resident set of `root` and every process it started, in MiB. */
function treeRssMiB(root: number): number {
  const tree = new Set([root]);
  const all = parents();
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of all) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let kib = 0;
  for (const pid of tree) {
    try {
      kib += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Ended meanwhile: it holds nothing.
    }
  }
  return kib / 1024;
}

/** Starts the CLI with `args`; resolves with the time to its ready line and its settled RSS. */
async function startOnce(context: BenchContext, args: readonly string[]) {
  const built = !context.options.source;
  const cli = join(context.root, 'packages/mock-server', built ? 'dist/cli.js' : 'src/cli.ts');
  const started = performance.now();
  const child = spawnNode(cli, [...args, '--quiet'], built ? [] : context.execArgv, {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await awaitLine(child, (line) => READY.test(line) || undefined, 120_000, 'botbridge-mock');
  const readyMs = performance.now() - started;
  // Let the process settle (lazy allocations, GC) before reading its memory.
  await sleep(context.sizes.mockSettleMs);
  const rssMiB = child.pid === undefined ? Number.NaN : treeRssMiB(child.pid);
  child.kill('SIGTERM');
  await exited(child);
  return { readyMs, rssMiB };
}

type Run = Awaited<ReturnType<typeof startOnce>>;

/** Every run of one vendor and of all four, taken in turn. */
async function measure(context: BenchContext): Promise<{ one: Run[]; all: Run[] }> {
  if (context.options.smoke) {
    // The smoke run only proves that the rows print: both at once keeps `npm test` short (the
    // figures of a smoke run mean nothing anyway).
    const [one, all] = await Promise.all([
      startOnce(context, ONE_VENDOR),
      startOnce(context, ALL_FOUR),
    ]);
    return { one: [one], all: [all] };
  }
  const runs = { one: [] as Run[], all: [] as Run[] };
  for (let round = 0; round < context.options.rounds; round++) {
    runs.one.push(await startOnce(context, ONE_VENDOR));
    runs.all.push(await startOnce(context, ALL_FOUR));
  }
  return runs;
}

export async function mockSection(context: BenchContext): Promise<Row[]> {
  context.log(`mock: botbridge-mock, one vendor and all four, ${context.options.rounds} rounds`);
  const runs = await measure(context);
  const ready = {
    one: summarize(runs.one.map((run) => run.readyMs)),
    all: summarize(runs.all.map((run) => run.readyMs)),
  };
  const resident = {
    one: summarize(runs.one.map((run) => run.rssMiB)),
    all: summarize(runs.all.map((run) => run.rssMiB)),
  };
  return [
    {
      id: 'mock.start',
      measure: 'mock server start until ready, ms: A one vendor (closebot) vs B all four',
      a: ready.one,
      b: ready.all,
      ratio: ready.all.median / ready.one.median,
      ratioStyle: '×',
      goal: '—',
      met: undefined,
    },
    {
      id: 'mock.memory',
      measure:
        'mock server resident memory once ready (process tree), MiB: A one vendor vs B all four',
      a: resident.one,
      b: resident.all,
      ratio: resident.all.median / resident.one.median,
      ratioStyle: '×',
      goal: '—',
      met: undefined,
    },
  ];
}
