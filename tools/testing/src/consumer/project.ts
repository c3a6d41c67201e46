// A project outside this workspace that installs packages the way a user does: from the tarballs
// `npm pack` makes of them, into a fresh directory under the system's temp dir, with npm. The
// consumer tests write their app into it and run their commands there.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withCheckoutLock } from './lock.js';
import { childEnv, runOk } from './processes.js';
import { WORKSPACE } from './workspace.js';

export { WORKSPACE };

const MINUTE = 60_000;

/** A published package of the workspace, by its folder under `packages/`. */
export type PackedPackage =
  | 'core'
  | 'closebot'
  | 'opencx'
  | 'twin24'
  | 'smarterbot'
  | 'mock-server';

/** Every package the workspace publishes. */
export const PUBLISHED: readonly PackedPackage[] = [
  'core',
  'closebot',
  'opencx',
  'twin24',
  'smarterbot',
  'mock-server',
];

export interface ConsumerProjectOptions {
  /** The workspace packages to build, pack and install. */
  packages: readonly PackedPackage[];
  /** Registry packages installed beside them (`name@version` or `alias@npm:name@version`). */
  install?: readonly string[];
  /** The project's `package.json` fields besides its name. @default { type: 'module' } */
  manifest?: Record<string, unknown>;
}

export interface ConsumerProject {
  /** The project's directory, with `node_modules` installed. */
  dir: string;
  /** Removes the project and its tarballs. */
  remove(): Promise<void>;
}

/**
 * Builds the packages (Nx replays a build from its cache when nothing changed), packs them into a
 * temp dir and installs the tarballs there with npm, from its cache where it can. Slow: a build and
 * an npm install, each with its own time limit.
 * @throws Error with the failing command's output when a build, pack or install fails.
 */
export async function createConsumerProject(
  options: ConsumerProjectOptions,
): Promise<ConsumerProject> {
  const root = await mkdtemp(join(tmpdir(), 'botbridge-consumer-'));
  const remove = () => rm(root, { recursive: true, force: true });
  try {
    const dir = join(root, 'project');
    await mkdir(dir);
    const names = options.packages.map((name) => `@botbridge/${name}`);
    // Building and packing take turns with the other test processes that build or pack.
    const packed = await withCheckoutLock('build-and-pack', async () => {
      const build = () =>
        runOk(
          'npx',
          [
            'nx',
            'run-many',
            '-t',
            'build',
            `--projects=${names.join(',')}`,
            '--output-style=static',
          ],
          { cwd: WORKSPACE, env: childEnv({ NX_DAEMON: 'false' }), timeoutMs: 4 * MINUTE },
        );
      // A build outside these tests (a developer's own) can still rewrite core's dist while a
      // vendor package compiles against it; the second build then succeeds. A build that fails
      // twice fails the test.
      await build().catch(build);
      return runOk(
        'npm',
        [
          'pack',
          '--json',
          '--pack-destination',
          root,
          ...options.packages.flatMap((name) => ['--workspace', `packages/${name}`]),
        ],
        { cwd: WORKSPACE, timeoutMs: MINUTE },
      );
    });
    const infos = JSON.parse(packed.stdout) as Array<{ name: string; filename: string }>;
    const tarballs = names.map((name) => {
      const info = infos.find((packedInfo) => packedInfo.name === name);
      if (!info) throw new Error(`npm pack of ${name} reported no tarball`);
      return join(root, info.filename);
    });
    const manifest = {
      name: 'botbridge-consumer',
      private: true,
      ...(options.manifest ?? { type: 'module' }),
    };
    await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await runOk(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        ...tarballs,
        ...(options.install ?? []),
      ],
      { cwd: dir, timeoutMs: 4 * MINUTE },
    );
    return { dir, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
