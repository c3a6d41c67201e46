import { startMockServers } from '@botbridge/mock-server';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of each vendor's Prism mock. */
    mockUrls: Record<string, string>;
  }
}

/** Starts the Prism mock of every vendor spec on free loopback ports for the conformance suite. */
export default async function setup(project: TestProject) {
  const mocks = await startMockServers({
    ports: { closebot: 0, opencx: 0, twin24: 0, smarterbot: 0 },
  });
  project.provide('mockUrls', mocks.urls as Record<string, string>);
  return () => mocks.stop();
}
