// A caller's AbortSignal stops every wait a call can be in: the request itself, a backoff before a
// retry, a turn at the rate limiter. It stops it at once, with the abort error, and leaves nothing
// behind that keeps the process alive. The last part is proved the only way it can be: each
// scenario runs in a child process (test/fixtures/cancel-child.ts) that returns from its main
// without process.exit and must then exit by itself. The loopback server stays in this process,
// so the child holds nothing but the client.

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createOpenCxClient } from '@botbridge/opencx';
import { type Handler, sendJson, startLoopbackServer } from '@botbridge/testing';
import { describe, expect, it, vi } from 'vitest';
import type { ChildReport, Scenario } from './fixtures/cancel-child.js';

const CHILD_SCRIPT = fileURLToPath(new URL('./fixtures/cancel-child.ts', import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
/**
 * A child that has reported and is still running this long after has hung on something the
 * client left behind, and is killed (the test fails). Every wait a scenario cancels is 30 s or
 * more, so a leaked one is always caught, however busy the machine.
 */
const HUNG_AFTER_REPORT_MS = 20_000;
/** A child that has not even reported by then is killed too. */
const HUNG_BEFORE_REPORT_MS = 60_000;
/**
 * "At once", counted: the call settles within this many turns of the event loop after abort()
 * (an abort settles in a turn or two; a wait that ran its course would take millions of turns).
 */
const AT_ONCE_TURNS = 10;

interface ChildRun {
  report: ChildReport | undefined;
  code: number | null;
  killed: boolean;
  stderr: string;
}

/** Starts one scenario in a child node process; `run` waits (bounded) for it to exit. */
function startChild(
  scenario: Scenario,
  vendor: string,
  baseUrl: string,
): { child: ChildProcess; run: Promise<ChildRun> } {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@botbridge/source', CHILD_SCRIPT, scenario, vendor, baseUrl],
    // In flight, the child waits on stdin for word that its request reached the server.
    { cwd: PACKAGE_DIR, stdio: [scenario === 'in-flight' ? 'pipe' : 'ignore', 'pipe', 'pipe'] },
  );
  return { child, run: watchChild(child) };
}

async function watchChild(child: ChildProcess): Promise<ChildRun> {
  let stdout = '';
  let stderr = '';
  let reportedAt: number | undefined;
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (reportedAt === undefined && stdout.includes('\n')) reportedAt = performance.now();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  let killed = false;
  const kill = () => {
    killed = true;
    child.kill('SIGKILL');
  };
  let killer = setTimeout(kill, HUNG_BEFORE_REPORT_MS);
  child.stdout?.on('data', () => {
    if (reportedAt === undefined) return;
    clearTimeout(killer);
    killer = setTimeout(kill, HUNG_AFTER_REPORT_MS);
  });
  const closed = once(child, 'close');
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(killer);
  await closed;
  const line = stdout.split('\n')[0] ?? '';
  return {
    report: line ? (JSON.parse(line) as ChildReport) : undefined,
    code,
    killed,
    stderr,
  };
}

/** What the server does in each scenario; `received` tells the child its request is here. */
const SERVE: Record<Scenario, (received: () => void) => Handler> = {
  // Never answers; the connection is closed when the server closes.
  'in-flight': (received) => () => received(),
  backoff: () => (_req, res) => sendJson(res, 503, { error: 'busy' }, { 'retry-after': '30' }),
  'rate-limit': () => (_req, res) => sendJson(res, 200, { items: [], next: null }),
};

const CASES: Array<[Scenario, string, string]> = [
  ['in-flight', 'closebot', 'a request the server never answers'],
  ['in-flight', 'opencx', 'a request the server never answers'],
  ['in-flight', 'smarterbot', 'a request the server never answers'],
  ['in-flight', 'twin24', 'a request the server never answers'],
  ['backoff', 'closebot', 'the 30 s backoff a 503 with Retry-After: 30 asked for'],
  ['backoff', 'opencx', 'the 30 s backoff a 503 with Retry-After: 30 asked for'],
  ['backoff', 'smarterbot', 'the 30 s backoff a 503 with Retry-After: 30 asked for'],
  ['backoff', 'twin24', 'the 30 s backoff a 503 with Retry-After: 30 asked for'],
  ['rate-limit', 'opencx', 'the second call’s turn at a 1-per-minute rate limit'],
];

describe('a caller’s AbortSignal cancels every wait at once and leaves the process free to exit', () => {
  // Each case has its own server and child process, so they run side by side.
  it.concurrent.each(CASES)('(%s) %s: stops %s', async (scenario, vendor) => {
    let child: ChildProcess | undefined;
    const server = await startLoopbackServer(
      SERVE[scenario](() => child?.stdin?.end('received\n')),
    );
    try {
      const started = startChild(scenario, vendor, server.url);
      child = started.child;
      const run = await started.run;
      expect(run.killed, 'the child hung (something kept it alive) and was killed').toBe(false);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const report = run.report as ChildReport;
      expect(report.name).toBe('AbortError');
      expect(report.isSignalReason).toBe(true);
      expect(report.turnsAfterAbort).toBeLessThanOrEqual(AT_ONCE_TURNS);
      // Exactly one request reached the server: the one in flight, the one before the backoff, or
      // the rate limit's first (the second never left the limiter).
      expect(server.requests).toHaveLength(1);
      if (scenario === 'backoff') {
        expect(report.retries).toEqual([
          expect.objectContaining({ delayMs: 30_000, fromRetryAfter: true, status: 503 }),
        ]);
      }
    } finally {
      await server.close();
    }
  });

  it('(rate-limit) with fake timers: the limiter’s only timer is gone after the abort', async () => {
    // `Connection: close`: otherwise undici arms its keep-alive timer for the idle socket of the
    // first call (with the global setTimeout, so a faked one) while this test counts timers.
    const server = await startLoopbackServer((_req, res) =>
      sendJson(res, 200, { items: [], next: null }, { connection: 'close' }),
    );
    const client = createOpenCxClient({
      apiKey: 'key',
      baseUrl: server.url,
      rateLimit: { requests: 1, perMs: 60_000 },
    });
    try {
      await client.listChatSessions();
      // Faked only now: every timer counted from here on is the client's.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
      const controller = new AbortController();
      const second = client.listChatSessions({}, { signal: controller.signal });
      const settled = second.then(
        () => undefined,
        (error: unknown) => error,
      );
      // The call reaches the limiter after a few turns of the event loop (setImmediate is real).
      for (let turn = 0; turn < 100 && vi.getTimerCount() === 0; turn++) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(vi.getTimerCount()).toBe(1);
      let turns = 0;
      let done = false;
      const countTurns = () => {
        if (done) return;
        turns++;
        setImmediate(countTurns);
      };
      controller.abort();
      setImmediate(countTurns);
      const error = await settled;
      done = true;
      expect(turns).toBeLessThanOrEqual(AT_ONCE_TURNS);
      expect(error).toBe(controller.signal.reason);
      expect((error as Error).name).toBe('AbortError');
      expect(vi.getTimerCount()).toBe(0);
      expect(server.requests).toHaveLength(1);
    } finally {
      vi.useRealTimers();
      await server.close();
    }
  });
});
