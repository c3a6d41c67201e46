import { defineProject } from 'vitest/config';

// The smoke test runs the bench as a child process (against the TypeScript sources, no build), so
// nothing here needs the workspace source conditions.
export default defineProject({
  test: {
    name: 'bench',
    include: ['test/**/*.test.ts'],
    testTimeout: 150_000,
  },
});
