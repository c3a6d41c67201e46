// The one place that starts Prism. @stoplight/prism-cli is pinned and in maintenance upstream;
// swapping it for another mock server means replacing this file only.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface PrismOptions {
  /** Path of the OpenAPI document to serve. */
  spec: string;
  port: number;
  /** @default '127.0.0.1' */
  host?: string;
  /**
   * Answer requests that break the spec with an error (4xx) instead of a warning header.
   * @default true
   */
  errors?: boolean;
  /**
   * How long to wait for Prism to listen.
   * @default 60000
   */
  startTimeoutMs?: number;
}

export interface PrismProcess {
  url: string;
  /** The last lines Prism printed, for diagnosing a failed test. */
  log(): string;
  stop(): Promise<void>;
}

function prismBin(): string {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('@stoplight/prism-cli/package.json');
  const bin = (require(pkgPath) as { bin: Record<string, string> | string }).bin;
  return join(
    dirname(pkgPath),
    typeof bin === 'string' ? bin : (bin.prism ?? Object.values(bin)[0] ?? ''),
  );
}

/** Starts `prism mock` for one spec and resolves once it listens. */
export function startPrism(options: PrismOptions): Promise<PrismProcess> {
  const host = options.host ?? '127.0.0.1';
  const args = [prismBin(), 'mock', options.spec, '--host', host, '--port', String(options.port)];
  if (options.errors ?? true) args.push('--errors');
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const lines: string[] = [];
  const url = `http://${host}:${options.port}`;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop(child).then(() =>
        reject(new Error(`Prism did not start within the time limit:\n${tail()}`)),
      );
    }, options.startTimeoutMs ?? 60_000);
    const tail = () => lines.slice(-40).join('\n');
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        lines.push(line);
        if (lines.length > 400) lines.shift();
        if (line.includes('Prism is listening')) {
          clearTimeout(timer);
          resolve({ url, log: tail, stop: () => stop(child) });
        }
        if (/fatal/i.test(line)) {
          clearTimeout(timer);
          void stop(child).then(() => reject(new Error(`Prism failed to start:\n${tail()}`)));
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited with code ${code} before listening:\n${tail()}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
