import { defineProject } from 'vitest/config';
import { sharedModules } from '../../vitest.shared.js';

export default defineProject({
  test: {
    name: 'api-docs',
    ...sharedModules,
    include: ['test/**/*.test.ts'],
  },
});
