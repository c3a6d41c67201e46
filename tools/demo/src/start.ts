// `npm start`: builds the packages the demo imports (nx replays unchanged ones from its cache)
// without printing nx's task log, then runs the demo. A failed build prints its log and exits 1.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const WORKSPACE = fileURLToPath(new URL('../../../', import.meta.url));
// The workspace packages the demo imports, as its package.json lists them.
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
};
const PACKAGES = Object.keys(manifest.dependencies ?? {}).filter((name) =>
  name.startsWith('@botbridge/'),
);

/** Runs nx's build of the demo's dependencies; resolves with its exit code and combined output. */
function build(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.platform === 'win32' ? 'npx.cmd' : 'npx',
      [
        'nx',
        'run-many',
        '-t',
        'build',
        `--projects=${PACKAGES.join(',')}`,
        '--output-style=static',
      ],
      { cwd: WORKSPACE, env: { ...process.env, NX_DAEMON: 'false' } },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

console.log('Building the packages (from cache when unchanged)…');
const { code, output } = await build();
if (code !== 0) {
  process.stderr.write(output);
  console.error(`The build failed (exit ${code}); its log is above.`);
  process.exit(1);
}
await import('./main.js');
