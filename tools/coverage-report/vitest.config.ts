import { defineProject } from 'vitest/config';
import { inlineWorkspace, sharedModules, workspaceSource } from '../../vitest.shared.js';

export default defineProject({
  ...workspaceSource,
  test: {
    name: 'coverage',
    ...sharedModules,
    include: ['test/**/*.test.ts'],
    server: inlineWorkspace,
    testTimeout: 60_000,
  },
});
