import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PUBLISHED, WORKSPACE, withCheckoutLock } from '@botbridge/testing/consumer';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// A release without publishing anything: the workflow that would publish, the changesets it would
// version, and what every package's tarball would hold.

const run = promisify(execFile);

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Workflow {
  on: { push?: { branches?: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

describe('the release workflow', () => {
  it('publishes from main through changesets, after npm test, with trusted publishing', async () => {
    const text = await readFile(join(WORKSPACE, '.github/workflows/release.yml'), 'utf8');
    const workflow = parse(text) as Workflow;
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect(workflow.permissions['id-token']).toBe('write');
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const at = (match: (step: Step) => boolean) => steps.findIndex(match);
    const test = at((step) => step.run === 'npm test');
    const install = at((step) => step.run === 'npm ci');
    const release = at((step) => step.uses?.startsWith('changesets/action@') ?? false);
    expect(install).toBeGreaterThanOrEqual(0);
    expect(test).toBeGreaterThan(install);
    expect(release).toBeGreaterThan(test);
    const action = steps[release] as Step;
    expect(action.with?.publish).toBe('npm run release');
    expect(action.with?.version).toBe('npm run version-packages');
    expect(action.env?.NPM_CONFIG_PROVENANCE).toBe('true');
    // No stored npm token: npm trusts the workflow itself.
    expect(text).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN/);
    const scripts = JSON.parse(await readFile(join(WORKSPACE, 'package.json'), 'utf8')).scripts;
    expect(scripts.release).toMatch(/changeset publish/);
    expect(scripts['version-packages']).toBe('changeset version');
  });
});

describe('the pending changesets', () => {
  it('read as a valid release plan that bumps only workspace packages', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'botbridge-release-'));
    try {
      const output = join(dir, 'status.json');
      await run('npx', ['changeset', 'status', '--output', output], { cwd: WORKSPACE });
      const status = JSON.parse(await readFile(output, 'utf8')) as {
        changesets: Array<{ releases: Array<{ name: string }> }>;
        releases: Array<{ name: string; type: string }>;
      };
      const named = new Set(status.changesets.flatMap((c) => c.releases.map((r) => r.name)));
      for (const name of named) {
        expect(PUBLISHED.map((p) => `@botbridge/${p}`)).toContain(name);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('version the packages and write their CHANGELOGs (changeset version, in a copy)', async () => {
    // `changeset version` rewrites manifests and writes CHANGELOG.md files, so it runs on a copy
    // of what it reads: the manifests of the workspace and the pending changesets.
    const dir = await mkdtemp(join(tmpdir(), 'botbridge-version-'));
    try {
      const manifests = ['package.json', ...(await workspaceManifests())];
      for (const file of [...manifests, '.changeset']) {
        await cp(join(WORKSPACE, file), join(dir, file), { recursive: true });
      }
      const pending = (await readdir(join(dir, '.changeset'))).filter(
        (file) => file.endsWith('.md') && file !== 'README.md',
      );
      expect(pending.length).toBeGreaterThan(0);
      const bin = join(WORKSPACE, 'node_modules', '@changesets', 'cli', 'bin.js');
      await run(process.execPath, [bin, 'version'], { cwd: dir });

      for (const name of PUBLISHED) {
        const changelog = await readFile(join(dir, 'packages', name, 'CHANGELOG.md'), 'utf8');
        const manifest = JSON.parse(
          await readFile(join(dir, 'packages', name, 'package.json'), 'utf8'),
        ) as { version: string };
        expect(manifest.version, name).not.toBe('0.0.0');
        expect(changelog, name).toMatch(
          new RegExp(`^# @botbridge/${name}\\n\\n## ${manifest.version.replaceAll('.', '\\.')}\\n`),
        );
      }
      // The changesets were consumed into those CHANGELOGs.
      const left = (await readdir(join(dir, '.changeset'))).filter(
        (file) => file.endsWith('.md') && file !== 'README.md',
      );
      expect(left).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** The `package.json` of every workspace package, relative to the workspace root. */
async function workspaceManifests(): Promise<string[]> {
  const found: string[] = [];
  for (const folder of ['packages', 'tools']) {
    for (const name of await readdir(join(WORKSPACE, folder))) {
      const manifest = join(folder, name, 'package.json');
      if (await stat(join(WORKSPACE, manifest)).catch(() => undefined)) found.push(manifest);
    }
  }
  return found;
}

/** What `npm pack --dry-run --json` says of one package. */
interface Pack {
  name: string;
  files: Array<{ path: string }>;
}

describe('the tarballs', () => {
  let packs: Pack[] = [];

  beforeAll(async () => {
    // Builds and packs take turns with the consumer tests' (see withCheckoutLock).
    await withCheckoutLock('build-and-pack', async () => {
      // What is packed is the build: nx replays it from its cache when nothing changed.
      await run(
        'npx',
        [
          'nx',
          'run-many',
          '-t',
          'build',
          `--projects=${PUBLISHED.map((p) => `@botbridge/${p}`).join(',')}`,
          '--output-style=static',
        ],
        { cwd: WORKSPACE, env: { ...process.env, NX_DAEMON: 'false' }, maxBuffer: 16 * 2 ** 20 },
      );
      const { stdout } = await run(
        'npm',
        [
          'pack',
          '--dry-run',
          '--json',
          ...PUBLISHED.flatMap((p) => ['--workspace', `packages/${p}`]),
        ],
        { cwd: WORKSPACE, maxBuffer: 16 * 2 ** 20 },
      );
      packs = JSON.parse(stdout) as Pack[];
    });
  }, 300_000);

  it('hold the entry points, their types, the README and the LICENSE, and no tests', async () => {
    expect(packs.map((pack) => pack.name).sort()).toEqual(
      PUBLISHED.map((p) => `@botbridge/${p}`).sort(),
    );
    for (const pack of packs) {
      const files = new Set(pack.files.map((file) => file.path));
      for (const required of [
        'package.json',
        'README.md',
        'LICENSE',
        'dist/index.js',
        'dist/index.d.ts',
      ]) {
        expect(files.has(required), `${pack.name}: ${required}`).toBe(true);
      }
      const manifest = JSON.parse(
        await readFile(
          join(WORKSPACE, 'packages', pack.name.split('/')[1] ?? '', 'package.json'),
          'utf8',
        ),
      ) as { exports: Record<string, unknown> };
      for (const [subpath, entry] of Object.entries(manifest.exports)) {
        if (typeof entry !== 'object' || entry === null) continue;
        for (const [condition, target] of Object.entries(entry)) {
          if (condition === '@botbridge/source') continue;
          expect(
            files.has(String(target).replace(/^\.\//, '')),
            `${pack.name} ${subpath} ${condition}`,
          ).toBe(true);
        }
      }
      expect(
        [...files].filter((path) => /\.test\.ts$/.test(path)),
        pack.name,
      ).toEqual([]);
    }
  });
  it('have READMEs whose links work on the registry page', async () => {
    // npm shows a package's README away from the repository, so a relative link leads nowhere;
    // links into our own published files go through jsDelivr, which serves any file of a published
    // package, and must name a file that package ships.
    const shipped = new Map(
      packs.map((pack) => [pack.name, new Set(pack.files.map((file) => file.path))]),
    );
    for (const name of PUBLISHED) {
      const readme = await readFile(join(WORKSPACE, 'packages', name, 'README.md'), 'utf8');
      const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map(
        ([, target]) => target as string,
      );
      for (const target of targets) {
        expect(/^(https?:\/\/|#|mailto:)/.test(target), `${name}: ${target}`).toBe(true);
        const cdn = /^https:\/\/cdn\.jsdelivr\.net\/npm\/(@botbridge\/[^/@]+)\/(.+)$/.exec(target);
        if (cdn) {
          const [, pack = '', path = ''] = cdn;
          expect(shipped.get(pack)?.has(path), `${name}: ${target}`).toBe(true);
        }
      }
    }
  });
});
