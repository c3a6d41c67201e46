import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, NODE_ARGS, PACKAGE_DIR, runCli, withoutNpm } from './support/cli.js';

// The CLI as users run it: a real child process, real ports on loopback. Every test has its own
// processes and ports, so the tests run side by side (most of each is the CLI starting).

const children: ChildProcess[] = [];

// Whatever a failed test left running (a test that passed has already seen its processes end). Not
// after each test: the others are still running theirs.
afterAll(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

const run = (args: string[]) => runCli(args, children);

/** Starts the CLI and resolves with its output so far once it says it is running. */
function startCli(args: string[], env: NodeJS.ProcessEnv = withoutNpm(), command?: string[]) {
  const child = command
    ? spawn(command[0] ?? '', command.slice(1), { cwd: PACKAGE_DIR, env })
    : spawn(process.execPath, [...NODE_ARGS, ...args], { cwd: PACKAGE_DIR, env });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready:\n${stdout}\n${stderr}`)), 60_000);
    child.stdout?.on('data', () => {
      if (stdout.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ready:\n${stdout}\n${stderr}`));
    });
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, ready, exited, out: () => stdout, err: () => stderr };
}

const urlOf = (out: string, vendor: string) =>
  new RegExp(`^${vendor}\\s+(http://\\S+)`, 'm').exec(out)?.[1] ?? '';

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

describe.concurrent('botbridge-mock CLI', () => {
  it('--help prints the usage with every flag and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.status).toBe(0);
    for (const flag of [
      '--port',
      '--host',
      '--dataset',
      '--seed',
      '--records',
      '--token-ttl',
      '--latency',
      '--faults',
      '--fault-seed',
      '--no-validate',
      '--quiet',
      '--upstream',
      '--report',
    ])
      expect(result.stdout).toContain(flag);
    expect(result.stderr).toBe('');
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['nobody'], /unknown vendor: nobody/],
    [['--port', 'closebot'], /--port expects vendor=port/],
    [['--faults', 'status-503=2'], /--faults expects kind=rate/],
    [['--faults', 'gremlins=0.1'], /unknown fault "gremlins"/],
    [['--seed', '3'], /--seed and --records need --dataset/],
    [['proxy', 'closebot'], /proxy needs --upstream/],
  ])('%j exits 2 with the reason and the usage', async (args, reason) => {
    const result = await run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).toContain('Usage: botbridge-mock');
  });

  it('a busy port exits 1 at once, naming vendor, host:port and EADDRINUSE', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const result = await run(['opencx', '--port', `opencx=${port}`]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`opencx mock cannot listen on 127.0.0.1:${port}: EADDRINUSE`);
      expect(result.stderr).not.toMatch(/\n\s+at /); // a sentence, not a stack trace
    } finally {
      blocker.close();
    }
  });

  it('logs one line per request (method, path, status, operation, violations); --quiet does not', async () => {
    const loud = startCli(['closebot', '--port', 'closebot=0']);
    await loud.ready;
    const base = urlOf(loud.out(), 'closebot');
    await fetch(`${base}/lead?page=0&pageSize=2`, { headers: { 'X-CB-KEY': 'k' } });
    await fetch(`${base}/lead?page=-1`, { headers: { 'X-CB-KEY': 'k' } });
    loud.child.kill('SIGTERM');
    expect(await loud.exited).toBe(0);
    const lines = loud
      .out()
      .split('\n')
      .filter((l) => l.startsWith('closebot '));
    expect(lines).toHaveLength(3); // the URL line and two requests
    expect(lines[1]).toMatch(/^closebot\s+GET\s+\/lead\?page=0&pageSize=2 200 listLeads [\d.]+ms$/);
    expect(lines[2]).toMatch(
      /GET\s+\/lead\?page=-1 400 listLeads .*request violations: query page: .*>= 0/,
    );

    const quiet = startCli(['closebot', '--port', 'closebot=0', '--quiet']);
    await quiet.ready;
    await fetch(`${urlOf(quiet.out(), 'closebot')}/lead`, { headers: { 'X-CB-KEY': 'k' } });
    quiet.child.kill('SIGINT');
    expect(await quiet.exited).toBe(0);
    expect(
      quiet
        .out()
        .split('\n')
        .filter((l) => l.startsWith('closebot ')),
    ).toHaveLength(1);
  });

  it('serves a seeded dataset with faults and latency as the flags say', async () => {
    const cli = startCli([
      'closebot',
      '--port',
      'closebot=0',
      '--dataset',
      '--seed',
      '4',
      '--records',
      '12',
      '--faults',
      'status-503=1',
      '--latency',
      '50',
      '--quiet',
    ]);
    await cli.ready;
    expect(cli.out()).toContain('dataset mode, faults on');
    const base = urlOf(cli.out(), 'closebot');
    const first = await fetch(`${base}/lead?page=0&pageSize=100`, { headers: { 'X-CB-KEY': 'k' } });
    expect(first.status).toBe(503);
    const log = (await (await fetch(`${base}/__mock/requests`)).json()) as {
      requests: Array<{ fault?: string; durationMs: number }>;
    };
    expect(log.requests).toEqual([expect.objectContaining({ fault: 'status-503' })]);
    expect(log.requests[0]?.durationMs).toBeGreaterThanOrEqual(50);
    // The plan caps consecutive faults of one request (3 by default); then the dataset answers.
    let answer: Response = first;
    for (let i = 0; i < 3; i++)
      answer = await fetch(`${base}/lead?page=0&pageSize=100`, { headers: { 'X-CB-KEY': 'k' } });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { total: number }).total).toBe(12);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('one process serves every vendor: a SIGKILL of it leaves nothing listening', async () => {
    const cli = startCli([
      '--port',
      'closebot=0',
      '--port',
      'opencx=0',
      '--port',
      'twin24=0',
      '--port',
      'smarterbot=0',
      '--quiet',
    ]);
    await cli.ready;
    const ports = ['closebot', 'opencx', 'twin24', 'smarterbot'].map((v) =>
      Number(new URL(urlOf(cli.out(), v)).port),
    );
    expect(new Set(ports).size).toBe(4);
    for (const port of ports) expect(await portFree(port)).toBe(false);
    cli.child.kill('SIGKILL');
    await cli.exited;
    for (const port of ports) expect(await portFree(port)).toBe(true);
  });

  it('started through npm, it leaves when npm is killed, even by SIGKILL', async () => {
    // npm runs a script as `sh -c …` and passes no signal on when it is killed itself; the CLI
    // watches npm instead. Here a shell stands in for npm's script shell under a parent process
    // that plays npm, with npm's environment variable set.
    const script = `${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(CLI)} closebot --port closebot=0 --quiet`;
    const npmLike = startCli([], { ...withoutNpm(), npm_command: 'run-script' }, [
      process.execPath,
      '-e',
      `const c=require('node:child_process').spawn('sh',['-c',${JSON.stringify(script)}],{stdio:'inherit'});c.on('exit',(code)=>process.exit(code??1));`,
    ]);
    await npmLike.ready;
    const port = Number(new URL(urlOf(npmLike.out(), 'closebot')).port);
    expect(await portFree(port)).toBe(false);
    npmLike.child.kill('SIGKILL');
    // The CLI polls its ancestors every 200 ms; give it up to 50 polls on a busy machine.
    let free = false;
    for (let i = 0; i < 50 && !free; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      free = await portFree(port);
    }
    expect(free).toBe(true);
  });
});
