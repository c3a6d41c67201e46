import { defineProject } from 'vitest/config';
import { sharedModules } from '../../vitest.shared.js';

export default defineProject({
  test: { name: 'codegen', ...sharedModules, include: ['test/**/*.test.ts'], testTimeout: 60_000 },
});
