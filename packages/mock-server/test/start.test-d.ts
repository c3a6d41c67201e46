// Type-level tests, checked by the `typecheck` target (tsc), not run by vitest: the URLs of the
// vendors that were started are plain strings, and a vendor that was not started has none to read
// (an `undefined` URL would send a client to the vendor's production host).
import { expectTypeOf } from 'vitest';
import { type MockServers, startMockServers } from '../src/index.js';

async function everyVendor() {
  const mocks = await startMockServers();
  expectTypeOf(mocks).toEqualTypeOf<MockServers>();
  expectTypeOf(mocks.urls.closebot).toEqualTypeOf<string>();
  expectTypeOf(mocks.baseUrls.twin24).toEqualTypeOf<string>();
}

async function someVendors() {
  const mocks = await startMockServers({ vendors: ['twin24', 'opencx'], ports: { twin24: 0 } });
  expectTypeOf(mocks.urls.twin24).toEqualTypeOf<string>();
  expectTypeOf(mocks.baseUrls.opencx).toEqualTypeOf<string>();
  // @ts-expect-error closebot was not started: no URL to hand a client.
  mocks.urls.closebot;
  // @ts-expect-error smarterbot was not started.
  mocks.baseUrls.smarterbot;
  // A handle of some vendors is still a handle (for helpers that only stop or read logs).
  expectTypeOf(mocks).toExtend<MockServers<'twin24'>>();
}

void everyVendor;
void someVendors;
