import { defineProject } from 'vitest/config';
import { sharedModules } from '../../vitest.shared.js';

export default defineProject({
  test: {
    name: 'release',
    ...sharedModules,
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
