import { defineProject } from 'vitest/config';
import { sharedModules } from '../../vitest.shared.js';

// The smoke test runs the bench as a child process (against the TypeScript sources, no build), so
// nothing here needs the workspace source conditions.
export default defineProject({
  test: {
    name: 'bench',
    ...sharedModules,
    include: ['test/**/*.test.ts'],
    testTimeout: 150_000,
  },
});
