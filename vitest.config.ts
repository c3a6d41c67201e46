import { defineConfig } from 'vitest/config';

// One vitest run for the whole workspace (`npm test`): every package and tool is a project, so
// global setups shared between them (the vendor mocks of @botbridge/mock-server/vitest) start once.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'tools/*/vitest.config.ts'],
  },
});
