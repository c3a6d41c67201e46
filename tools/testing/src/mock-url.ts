import type { MockVendor } from '@botbridge/mock-server';
import type {} from '@botbridge/mock-server/vitest';
import { inject } from 'vitest';

/**
 * Root URL of a vendor's mock in the running vitest project, as provided by the
 * `@botbridge/mock-server/vitest` global setup (which honours `<VENDOR>_BASE_URL` overrides).
 * @throws Error when the project has no mock of that vendor (the global setup is missing).
 */
export function mockUrl(vendor: MockVendor): string {
  const url = inject('botbridgeMocks')?.urls[vendor];
  if (!url) {
    throw new Error(
      `no ${vendor} mock in this project: add @botbridge/mock-server/vitest as a globalSetup`,
    );
  }
  return url;
}
