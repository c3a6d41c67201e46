import { defineProject } from 'vitest/config';
import { inlineWorkspace, sharedModules, workspaceSource } from '../../vitest.shared.js';

export default defineProject({
  ...workspaceSource,
  test: {
    name: 'twin24',
    ...sharedModules,
    include: ['test/**/*.test.ts'],
    server: inlineWorkspace,
    globalSetup: ['./test/contract/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
  },
});
