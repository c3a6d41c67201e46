import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';

/** Every child process still running; all are killed when the bench ends, however it ends. */
const running = new Set<ChildProcess>();

function killAll(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

process.once('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** Starts `node <execArgv> <file> <args>` as a child that is killed when the bench ends. */
export function spawnNode(
  file: string,
  args: readonly string[],
  execArgv: readonly string[],
  options: SpawnOptions = {},
): ChildProcess {
  const child = spawn(process.execPath, [...execArgv, file, ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
    ...options,
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Resolves with the child's exit code once it has exited. */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/**
 * Resolves with the first stdout line of `child` that `accept` returns a value for; rejects when
 * the child exits first or `timeoutMs` passes (the child is then killed).
 */
export function awaitLine<T>(
  child: ChildProcess,
  accept: (line: string) => T | undefined,
  timeoutMs: number,
  what: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${what}: nothing after ${timeoutMs} ms`));
    }, timeoutMs);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`${what}: exited (${code}) before it was ready: ${buffered.slice(-500)}`));
    };
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      // Whole lines only: the last piece may still be missing its end.
      for (const line of buffered.split('\n').slice(0, -1)) {
        const value = accept(line);
        if (value === undefined) continue;
        clearTimeout(timer);
        child.off('exit', onExit);
        child.stdout?.off('data', onData);
        resolve(value);
        return;
      }
    };
    child.once('exit', onExit);
    child.stdout?.on('data', onData);
  });
}
