import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

/** Every row `npm run bench` prints, in order. */
const ROWS = [
  'cpu.api-get',
  'cpu.list-test-sessions',
  'sync.closebot',
  'sync.opencx',
  'sync.smarterbot',
  'latency.closebot',
  'normalize.closebot',
  'normalize.opencx',
  'normalize.smarterbot',
  'rss.smarterbot',
  'bundle.closebot',
  'bundle.opencx',
  'bundle.smarterbot',
  'bundle.twin24',
  'mock.start',
  'mock.memory',
];

const NUMBER = String.raw`\d+(?:\.\d+)?`;
/** A median, with its min–max when there were several samples. */
const FIGURE = new RegExp(`^${NUMBER}(?: \\(${NUMBER}–${NUMBER}\\))?$`);
/** A ratio, its unit, and a note such as `(no prefetch)`. */
const RATIO = new RegExp(`^${NUMBER}(?:×| %)?(?: \\(.+\\))?$`);

function bench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGTERM'), 130_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

it('prints every row of the table, each with numbers (smoke run: tiny sizes, no goal judged)', async () => {
  const { code, stdout, stderr } = await bench(['--smoke']);
  expect(code, stderr).toBe(0);
  const rows = stdout
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| row '))
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| ?| ?\|$/g, '').trim()));
  expect(rows.map((cells) => cells[0])).toEqual(ROWS);
  for (const [id, , a, b, ratio, , met] of rows) {
    expect(a, `${id}: A`).toMatch(FIGURE);
    expect(b, `${id}: B`).toMatch(FIGURE);
    expect(ratio, `${id}: ratio`).toMatch(RATIO);
    expect(met, `${id}: a smoke run judges no goal`).toBe('—');
  }
});
