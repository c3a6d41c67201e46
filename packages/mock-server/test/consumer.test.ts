import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  answers,
  type ConsumerProject,
  childEnv,
  createConsumerProject,
  freePort,
  groupGone,
  killStarted,
  plain,
  run,
  runOk,
  startService,
} from '@botbridge/testing/consumer';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  block,
  documentedFlags,
  lastRunCommand,
  markedBlocks,
  workflowStep,
} from './consumer/readme.js';

// The README as a project outside this workspace meets it: the packages are built, packed and
// installed from their tarballs into a fresh project under the system's temp dir, the README's
// marked code blocks are written into it verbatim, and its commands are run there. Slow (a build
// and an npm install, from the npm cache), so every step has its own time limit. The tests then run
// side by side: each has its own processes, ports and files in the project, and the two that run
// vitest there take turns (they share its results cache).

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
// What the README's consumer installs: the mock server, and the OpenCX client (with its core) that
// the README's contract test uses.
const PACKED = ['core', 'mock-server', 'opencx'] as const;
const VITEST = 'vitest@4.1.12';
// For the type check of the README's TypeScript; the workspace's own versions, so the npm cache
// has them.
const TYPESCRIPT = ['typescript@5.9.3', '@types/node@20.19.43'];
const MINUTE = 60_000;

let readme: string;
let blocks: Map<string, string>;
let consumer: ConsumerProject | undefined;
let project: string;

let vitestTurn: Promise<unknown> = Promise.resolve();
/**
 * Runs `job` once no other job given here is running: the two CI jobs each run vitest in the
 * project, and two vitest runs there at once would race on its results cache (one reading while
 * the other writes it).
 */
function oneVitestAtATime<T>(job: () => Promise<T>): Promise<T> {
  const turn = vitestTurn.then(job);
  vitestTurn = turn.catch(() => undefined);
  return turn;
}

/** The vitest summary of a run: how many tests passed, and how many there were. */
function summary(output: string): { passed: number; total: number } | undefined {
  const match = /Tests\s+(\d+) passed \((\d+)\)/.exec(plain(output));
  return match ? { passed: Number(match[1]), total: Number(match[2]) } : undefined;
}

beforeAll(async () => {
  readme = await readFile(join(PACKAGE_DIR, 'README.md'), 'utf8');
  blocks = markedBlocks(readme);
  consumer = await createConsumerProject({ packages: PACKED, install: [VITEST, ...TYPESCRIPT] });
  project = consumer.dir;

  for (const file of ['vitest.config.ts', 'test/mocks.ts', 'test/opencx.contract.test.ts']) {
    await mkdir(dirname(join(project, file)), { recursive: true });
    await writeFile(join(project, file), block(blocks, file));
  }
}, 10 * MINUTE);

afterAll(async () => {
  // Whatever a failed test left running (a test that passed has already seen its processes end).
  // Not after each test: the others are still running theirs.
  killStarted();
  await consumer?.remove();
});

describe.concurrent('a project that installs the packed packages', () => {
  it(
    'runs the README CI job (b): the contract tests through the vitest global setup',
    async ({ expect }) => {
      const contract = block(blocks, 'test/opencx.contract.test.ts');
      const tests = contract.match(/^it\(/gm)?.length ?? 0;
      expect(tests).toBeGreaterThanOrEqual(3);
      const command = lastRunCommand(block(blocks, 'ci-global-setup.yml'));
      expect(command).toBe('npx vitest run');

      const result = await oneVitestAtATime(() =>
        run('bash', ['-e', '-c', command], { cwd: project, timeoutMs: 3 * MINUTE }),
      );

      expect(result.code, plain(result.stdout + result.stderr)).toBe(0);
      expect(summary(result.stdout)).toEqual({ passed: tests, total: tests });
    },
    4 * MINUTE,
  );

  it(
    'runs the README CI job (a): the same tests against `npx botbridge-mock` in the background',
    async ({ expect }) => {
      const workflow = block(blocks, 'ci-background-mock.yml');
      const step = workflowStep(workflow, 'Contract tests against botbridge-mock');
      expect(step.env.OPENCX_PORT).toBe('4011');
      await writeFile(join(project, 'ci-step.sh'), step.run);
      const tests = block(blocks, 'test/opencx.contract.test.ts').match(/^it\(/gm)?.length ?? 0;

      const { port, result } = await oneVitestAtATime(async () => {
        // A free port instead of 4011, which something else on this machine may hold.
        const port = await freePort();
        // GitHub Actions runs a `run:` script as `bash -e <file>`.
        const result = await run('bash', ['-e', 'ci-step.sh'], {
          cwd: project,
          env: childEnv({ ...step.env, OPENCX_PORT: String(port) }),
          timeoutMs: 3 * MINUTE,
        });
        return { port, result };
      });
      const mockLog = await readFile(join(project, 'botbridge-mock.log'), 'utf8').catch(() => '');

      expect(result.code, `${plain(result.stdout + result.stderr)}\n--- mock ---\n${mockLog}`).toBe(
        0,
      );
      // The readiness wait printed the health answer of the dataset mock the job started.
      expect(result.stdout).toContain('{"status":"ok","vendor":"opencx","mode":"dataset"}');
      expect(summary(result.stdout)).toEqual({ passed: tests, total: tests });
      // The tests were served by that mock, not by one of the global setup: its log holds their
      // requests, including the one 503 the retry test forces.
      const served = mockLog.split('\n').filter((line) => line.startsWith('opencx '));
      for (const operation of ['listChatSessions', 'listChatHistory', 'getChatSession']) {
        expect(served.some((line) => line.includes(` ${operation} `))).toBe(true);
      }
      expect(served.filter((line) => line.includes('fault=status-503'))).toHaveLength(1);
      // `trap 'kill $MOCK_PID' EXIT` stopped it: the port is closed.
      await expect
        .poll(() => answers(`http://127.0.0.1:${port}/__mock/health`), { timeout: 10_000 })
        .toBe(false);
    },
    4 * MINUTE,
  );

  it(
    '`npx botbridge-mock --help` exits 0 and lists exactly the options the README documents',
    async ({ expect }) => {
      const result = await runOk('npx', ['botbridge-mock', '--help'], {
        cwd: project,
        timeoutMs: MINUTE,
      });
      const listed = new Set(
        [...result.stdout.matchAll(/(?<=[\s,])--?[a-z][a-z-]*/g)].map(([flag]) => flag),
      );
      expect([...listed].sort()).toEqual([...documentedFlags(readme)].sort());
    },
    2 * MINUTE,
  );

  it(
    '`npx botbridge-mock --dataset` on free ports answers /__mock/health, then stops on SIGTERM',
    async ({ expect }) => {
      const service = startService(
        'npx',
        [
          'botbridge-mock',
          '--dataset',
          '--port',
          'closebot=0',
          '--port',
          'opencx=0',
          '--port',
          'twin24=0',
          '--port',
          'smarterbot=0',
        ],
        { cwd: project, marker: 'Press Ctrl-C to stop.', timeoutMs: MINUTE },
      );
      await service.ready;
      const urls = Object.fromEntries(
        [...service.output.stdout.matchAll(/^(\w+)\s+(http:\/\/127\.0\.0\.1:\d+\S*)$/gm)].map(
          ([, vendor, url]) => [vendor, url as string],
        ),
      );
      expect(Object.keys(urls).sort()).toEqual(['closebot', 'opencx', 'smarterbot', 'twin24']);
      expect(urls.twin24).toMatch(/\/api\/v1$/);
      const health = (vendor: string) => new URL('/__mock/health', urls[vendor]).href;
      for (const vendor of Object.keys(urls)) {
        const response = await fetch(health(vendor));
        expect(await response.json()).toEqual({ status: 'ok', vendor, mode: 'dataset' });
      }

      // What `kill $!` does to `npx botbridge-mock &`: SIGTERM to npm only.
      process.kill(service.child.pid as number, 'SIGTERM');
      expect(await groupGone(service.child.pid, 15_000)).toBe(true);
      for (const vendor of Object.keys(urls)) expect(await answers(health(vendor))).toBe(false);
    },
    2 * MINUTE,
  );

  it(
    'prints the SmarterBot serial numbers of seed 1 as the README shows',
    async ({ expect }) => {
      const result = await runOk('bash', ['-e', '-c', block(blocks, 'smarterbot-serials.sh')], {
        cwd: project,
        timeoutMs: MINUTE,
      });
      expect(result.stdout).toBe(block(blocks, 'smarterbot-serials.out'));
    },
    2 * MINUTE,
  );

  it(
    'type-checks the README files against the packed type declarations',
    async ({ expect }) => {
      await writeFile(
        // Not tsconfig.json: vite reads that one, and the vitest runs of the CI jobs may be
        // starting while this is written.
        join(project, 'tsconfig.readme.json'),
        `${JSON.stringify(
          {
            compilerOptions: {
              target: 'ES2022',
              module: 'NodeNext',
              moduleResolution: 'NodeNext',
              strict: true,
              noEmit: true,
              types: ['node'],
            },
            include: ['vitest.config.ts', 'test'],
          },
          null,
          2,
        )}\n`,
      );
      const result = await run('npx', ['tsc', '-p', 'tsconfig.readme.json'], {
        cwd: project,
        timeoutMs: 2 * MINUTE,
      });
      expect(result.code, result.stdout + result.stderr).toBe(0);
    },
    3 * MINUTE,
  );
});
