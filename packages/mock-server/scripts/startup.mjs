// Measures how long `botbridge-mock` takes to be ready and how much memory it holds once ready:
// one vendor and all four, each started RUNS times. Run on an idle machine after a build:
//   node packages/mock-server/scripts/startup.mjs [path/to/cli.js] [runs]
// (`STARTUP_EXTRA_ARGS` replaces the `--quiet` passed to the CLI.)
// Memory is the resident set of the CLI and every process it started (Linux /proc).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = process.argv[2] ?? fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const runs = Number(process.argv[3] ?? 5);
// `--quiet` by default; an older CLI without it gets `STARTUP_EXTRA_ARGS=` (empty).
const extra = (process.env.STARTUP_EXTRA_ARGS ?? '--quiet').split(' ').filter(Boolean);

function children() {
  const map = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(entry), ppid);
    } catch {}
  }
  return map;
}

function treeRssMiB(root) {
  const parents = children();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents)
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
  }
  let kib = 0;
  for (const pid of tree) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      kib += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {}
  }
  return kib / 1024;
}

function once(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...args, ...extra], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const early = (code) => reject(new Error(`exited ${code}: ${out}`));
    child.once('exit', early);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (/Press Ctrl-C to stop|Mocks are running/.test(out)) {
        const readyMs = performance.now() - started;
        child.off('exit', early);
        // Let the process settle (lazy allocations, GC) before reading its memory.
        setTimeout(() => {
          const rss = treeRssMiB(child.pid);
          child.once('exit', () => resolve({ readyMs, rss }));
          child.kill('SIGTERM');
        }, 1_000);
      }
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const all = [
  '--port',
  'closebot=0',
  '--port',
  'opencx=0',
  '--port',
  'twin24=0',
  '--port',
  'smarterbot=0',
];
const configs = {
  'one vendor (closebot)': ['closebot', '--port', 'closebot=0'],
  'all four': all,
  ...(process.env.STARTUP_DATASET === '0' ? {} : { 'all four, dataset': [...all, '--dataset'] }),
};
for (const [name, args] of Object.entries(configs)) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once(args));
  console.log(
    `${name.padEnd(22)} ready ${Math.round(median(results.map((r) => r.readyMs)))} ms (median of ${runs}), resident ${Math.round(median(results.map((r) => r.rss)))} MiB`,
  );
}
