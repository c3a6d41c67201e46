import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * A file that took at least this long in the last run starts before all others, longest first, so
 * that the few slow files (child processes, npm installs, the no-loss syncs) overlap the many
 * quick ones instead of being left for the end of the run.
 */
const SLOW_FILE_MS = 4_000;

/**
 * Slow files, for a run with no results cache yet (a fresh clone, CI): each is counted as taking
 * this long until a run has measured it.
 */
const KNOWN_SLOW: ReadonlyArray<[RegExp, number]> = [
  [/tools\/release\/test\/consumer\.test\.ts$/, 60_000],
  [/packages\/mock-server\/test\/consumer\.test\.ts$/, 30_000],
  [/packages\/mock-server\/test\/cli\.test\.ts$/, 15_000],
  [/packages\/mock-server\/test\/webhooks\.cli\.test\.ts$/, 12_000],
  [/tools\/reliability\/test\/no-loss\//, 15_000],
  [/tools\/bench\/test\/smoke\.test\.ts$/, 10_000],
  [/tools\/reliability\/test\/cancellation\.test\.ts$/, 8_000],
];

/**
 * vitest's own order (projects one after the other, each project's slow files first), except that
 * every slow file of any project comes first, the slowest first. Projects that share modules
 * between files still get their other files in one stretch, so a worker can go on with the next
 * file of its project without starting afresh.
 */
class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const took = (spec: TestSpecification): number => {
      const key = `${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`;
      const measured = this.ctx.cache.getFileTestResults(key)?.duration;
      if (measured !== undefined) return measured;
      return KNOWN_SLOW.find(([pattern]) => pattern.test(spec.moduleId))?.[1] ?? 0;
    };
    const slow = sorted.filter((spec) => took(spec) >= SLOW_FILE_MS);
    slow.sort((a, b) => took(b) - took(a));
    return [...slow, ...sorted.filter((spec) => took(spec) < SLOW_FILE_MS)];
  }
}

// One vitest run for the whole workspace (`npm test`): every package and tool is a project, so
// global setups shared between them (the vendor mocks of @botbridge/mock-server/vitest) start once.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'tools/*/vitest.config.ts'],
    // vitest's default is one worker less than the cores: a single one on a 2-core machine. One
    // worker per core keeps both busy; a third, tried for the files that mostly wait (on a child
    // process, a client's timeout), gained no time and cost a tenth more CPU, since every worker
    // imports each project's modules once more and the slow files' child processes bring load of
    // their own.
    maxWorkers: 2,
    sequence: { sequencer: SlowFilesFirst },
  },
});
