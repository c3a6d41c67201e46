// Child processes of the consumer test. Each runs in a process group of its own (`detached`), so
// that everything it starts (npm → sh → node) can be stopped together; every run has a time limit,
// and `killStarted()` ends whatever is still running of the groups this module started.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { stripVTControlCharacters } from 'node:util';

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Process groups started here (the group id is the leader's pid). */
const groups = new Set<number>();

/** Text without terminal colours, as a reader of a CI log sees it. */
export function plain(text: string): string {
  return stripVTControlCharacters(text);
}

/** The environment for a child, without the markers of the vitest/npm/Nx run this test is in. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([name]) =>
      !/^(npm_|VITEST|NX_|__VITEST)/i.test(name) &&
      // `<VENDOR>_BASE_URL` would make the consumer's global setup skip that vendor.
      !/_BASE_URL$/.test(name) &&
      ![
        'TEST',
        'NODE_ENV',
        'MODE',
        'DEV',
        'PROD',
        'SSR',
        'BASE_URL',
        'INIT_CWD',
        'NODE_OPTIONS',
      ].includes(name),
  );
  return { ...Object.fromEntries(inherited), NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

function start(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid !== undefined) groups.add(child.pid);
  const output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk: Buffer) => {
    output.stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output.stderr += chunk.toString();
  });
  return { child, output };
}

function describeRun(command: string, args: string[], output: { stdout: string; stderr: string }) {
  const tail = (text: string) => plain(text).slice(-4_000);
  return `${command} ${args.join(' ')}\n--- stdout ---\n${tail(output.stdout)}\n--- stderr ---\n${tail(output.stderr)}`;
}

/**
 * Runs a command to its end and resolves with its output, whatever its exit status. Rejects (after
 * killing its process group) when it takes longer than `timeoutMs`.
 */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<Finished> {
  const { child, output } = start(command, args, options.cwd, options.env ?? childEnv());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup(child.pid);
      reject(
        new Error(`timed out after ${options.timeoutMs} ms: ${describeRun(command, args, output)}`),
      );
    }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, ...output });
    });
  });
}

/** A run that must succeed: rejects with its output on a non-zero exit. */
export async function runOk(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<Finished> {
  const finished = await run(command, args, options);
  if (finished.code !== 0) {
    throw new Error(
      `exit ${finished.code ?? finished.signal}: ${describeRun(command, args, finished)}`,
    );
  }
  return finished;
}

/** A long-running command, started and left running; `ready` resolves once `marker` is printed. */
export function startService(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; marker: string; timeoutMs: number },
): { child: ChildProcess; output: { stdout: string; stderr: string }; ready: Promise<void> } {
  const { child, output } = start(command, args, options.cwd, options.env ?? childEnv());
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new Error(`not ready after ${options.timeoutMs} ms: ${describeRun(command, args, output)}`),
      );
    }, options.timeoutMs);
    child.stdout?.on('data', () => {
      if (output.stdout.includes(options.marker)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ready: ${describeRun(command, args, output)}`));
    });
  });
  return { child, output, ready };
}

/** Whether any process of the group is still alive. */
export function groupAlive(pgid: number | undefined): boolean {
  if (pgid === undefined) return false;
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Polls until no process of the group is alive; false if some still are after `timeoutMs`. */
export async function groupGone(pgid: number | undefined, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (groupAlive(pgid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

function killGroup(pgid: number | undefined): void {
  if (pgid === undefined) return;
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Kills whatever is left of every process group started here. */
export function killStarted(): void {
  for (const pgid of groups) killGroup(pgid);
  groups.clear();
}

/** A loopback port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Whether something accepts HTTP on the URL's port. */
export async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}
