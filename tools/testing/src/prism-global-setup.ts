import { type MockVendor, startMockServers } from '@botbridge/mock-server';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the vendor API the contract tests run against. */
    mockBaseUrl: string;
  }
}

/**
 * Vitest globalSetup for a vendor package: starts the real Prism mock of that vendor's spec on a
 * free loopback port, hands its URL to the tests (`inject('mockBaseUrl')`) and stops it afterwards.
 * Set `<VENDOR>_BASE_URL` (e.g. `CLOSEBOT_BASE_URL`) to run the same tests against another server,
 * such as a vendor sandbox.
 */
export function prismGlobalSetup(vendor: MockVendor) {
  return async function setup(project: TestProject) {
    const override = process.env[`${vendor.toUpperCase()}_BASE_URL`];
    if (override) {
      project.provide('mockBaseUrl', override);
      return;
    }
    const mocks = await startMockServers({ vendors: [vendor], ports: { [vendor]: 0 } });
    project.provide('mockBaseUrl', mocks.urls[vendor] ?? '');
    return async () => {
      await mocks.stop();
    };
  };
}
