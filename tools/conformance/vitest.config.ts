import { defineProject } from 'vitest/config';
import { inlineWorkspace, sharedModules, workspaceSource } from '../../vitest.shared.js';

export default defineProject({
  ...workspaceSource,
  test: {
    name: 'conformance',
    ...sharedModules,
    include: ['test/**/*.test.ts'],
    server: inlineWorkspace,
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
