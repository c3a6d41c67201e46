// The Node.js lines the packages are tested on besides the one running the tests. The npm registry
// ships Node itself (the `node` package, whose install fetches the platform's binary), so a machine
// with one Node gets the others through npm, which caches them after the first time.
import { childEnv, runOk } from './processes.js';

/** The Node.js majors tested beside the running one; the packages' `engines` say `>=20.19`. */
export const OTHER_NODE_MAJORS = ['22', '24'] as const;

/** One of `OTHER_NODE_MAJORS`. */
export type NodeMajor = (typeof OTHER_NODE_MAJORS)[number];

/** A Node.js binary: where it is and which version it is (`v24.1.0`). */
export interface NodeBinary {
  path: string;
  version: string;
}

const found = new Map<NodeMajor, Promise<NodeBinary>>();

/**
 * The binary of the newest Node.js `major` from the npm registry (from npm's cache when it has it).
 * @throws Error with npm's output when npm cannot fetch it.
 */
export function nodeBinary(major: NodeMajor): Promise<NodeBinary> {
  let binary = found.get(major);
  if (!binary) {
    binary = runOk(
      'npm',
      [
        'exec',
        '--yes',
        `--package=node@${major}`,
        '--',
        'node',
        '-p',
        'process.execPath + " " + process.version',
      ],
      { cwd: process.cwd(), env: childEnv(), timeoutMs: 5 * 60_000 },
    ).then(({ stdout }) => {
      const [path = '', version = ''] = stdout.trim().split('\n').at(-1)?.split(' ') ?? [];
      if (!version.startsWith(`v${major}.`)) {
        throw new Error(`npm exec node@${major} ran ${version || 'nothing'} (${path})`);
      }
      return { path, version };
    });
    found.set(major, binary);
  }
  return binary;
}
