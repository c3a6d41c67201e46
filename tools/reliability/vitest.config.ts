import { defineProject } from 'vitest/config';
import { inlineWorkspace, sharedModules, workspaceSource } from '../../vitest.shared.js';

export default defineProject({
  ...workspaceSource,
  test: {
    name: 'reliability',
    ...sharedModules,
    include: ['test/**/*.test.ts'],
    server: inlineWorkspace,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
