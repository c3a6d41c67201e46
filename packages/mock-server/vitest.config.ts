import { defineProject } from 'vitest/config';
import { sharedModules, sourceConditions } from '../../vitest.shared.js';

export default defineProject({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  test: {
    name: 'mock-server',
    ...sharedModules,
    include: ['test/**/*.test.ts'],
    // The CLI tests run side by side, each starting a CLI or two (60 s allowed for each to be
    // ready): on a saturated machine a test can take longer than one start's allowance.
    testTimeout: 120_000,
    hookTimeout: 90_000,
  },
});
