// `npm run test:node-versions` (part of `npm test`): the unit and contract suites once more on each
// other Node.js line the packages support (`OTHER_NODE_MAJORS`), with Node fetched from the npm
// registry. The rest of `npm test` runs on the Node that runs npm. The packaging suites are left
// out: they pack and install with npm, which does not depend on the Node line, and the consumer
// test runs its app on every line itself.
import { spawn } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { nodeBinary, OTHER_NODE_MAJORS, PUBLISHED, WORKSPACE } from '@botbridge/testing/consumer';

/** The vitest projects run on every line: the packages' unit suites and the contract suite. */
const PROJECTS = [...PUBLISHED, 'conformance'];
/**
 * Files of those projects that only pack and install (see above): the mock server's consumer
 * test. vitest matches these against each project's own root.
 */
const EXCLUDED = ['test/consumer.test.ts'];

function runVitest(node: string): Promise<number> {
  const args = [
    join(WORKSPACE, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--reporter=dot',
    ...PROJECTS.flatMap((project) => ['--project', project]),
    ...EXCLUDED.flatMap((file) => ['--exclude', file]),
  ];
  // That Node first on PATH, so that the child processes the suites start (the mock server's CLI,
  // npx) run on it too.
  const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` };
  const child = spawn(node, args, { cwd: WORKSPACE, env, stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let failed = 0;
for (const major of OTHER_NODE_MAJORS) {
  const node = await nodeBinary(major);
  console.log(`\nUnit and contract suites on Node ${node.version}`);
  const code = await runVitest(node.path);
  if (code !== 0) {
    console.error(`Node ${node.version}: the suites failed (exit ${code}).`);
    failed += 1;
  }
}
process.exitCode = failed === 0 ? 0 : 1;
