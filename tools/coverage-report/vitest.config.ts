import { defineProject } from 'vitest/config';
import { inlineWorkspace, workspaceSource } from '../../vitest.shared.js';

export default defineProject({
  ...workspaceSource,
  test: {
    name: 'coverage',
    include: ['test/**/*.test.ts'],
    server: inlineWorkspace,
    testTimeout: 60_000,
  },
});
