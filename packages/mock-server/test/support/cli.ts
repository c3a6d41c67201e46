import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The CLI's source; node runs it through tsx, as `npm run mock` does, so no build is needed. */
export const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
export const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const NODE_ARGS = ['--import', 'tsx', CLI];

/** The environment without npm's variables, so the CLI does not think npm started it. */
export function withoutNpm(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_')));
}

/**
 * Runs the CLI with `args` to its end (killed after 60 s) and resolves with its exit status and
 * output. The child is added to `children`, so the suite can kill whatever a failed test left.
 */
export function runCli(
  args: string[],
  children: ChildProcess[],
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...NODE_ARGS, ...args], {
    cwd: PACKAGE_DIR,
    env: withoutNpm(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
