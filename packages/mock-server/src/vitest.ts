// Vitest global setup for contract tests against the mocks. Imported as
// `@botbridge/mock-server/vitest`; vitest itself is only a type here (an optional peer), so the
// package does not load it.
// Brings vitest's types into the program so that the augmentation below has a module to extend.
import type {} from 'vitest';
import { type MockServerOptions, type MockServers, startMockServers } from './start.js';
import { type MockVendor, mockVendors } from './vendors.js';

export type { FaultKind, FaultOptions } from './faults.js';
export type { RequestLogEntry } from './request-log.js';
export type { DatasetSettings, MockServerOptions } from './start.js';
export { defaultPorts, type MockVendor } from './vendors.js';

/** What the setup hands to the tests through `inject('botbridgeMocks')`. */
export interface ProvidedMocks {
  /** Root URL per vendor, e.g. `{ closebot: 'http://127.0.0.1:41234' }`. */
  urls: Partial<Record<MockVendor, string>>;
  /**
   * URL per vendor with the base path of its real server URL (Twin: `…/api/v1`): give this to a
   * client as `baseUrl`.
   */
  baseUrls: Partial<Record<MockVendor, string>>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The running mocks (see `@botbridge/mock-server/vitest`). */
    botbridgeMocks: ProvidedMocks;
  }
}

/** The part of vitest's `TestProject` a global setup uses. */
export interface GlobalSetupContext {
  /** Hands `value` to every test file, which reads it with `inject('botbridgeMocks')`. */
  provide(key: 'botbridgeMocks', value: ProvidedMocks): void;
}

interface Shared {
  users: number;
  /** The started mocks; none when every vendor's URL came from the environment. */
  mocks: Promise<MockServers | MockServers<never>>;
}

// One instance per distinct options for the whole vitest run: every project of a workspace that
// uses the same setup shares it, instead of each starting its own. Kept on globalThis because
// vitest may load this module once per project.
const REGISTRY = Symbol.for('@botbridge/mock-server/vitest');
function registry(): Map<string, Shared> {
  const holder = globalThis as { [REGISTRY]?: Map<string, Shared> };
  holder[REGISTRY] ??= new Map();
  return holder[REGISTRY];
}

/**
 * Returns a vitest `globalSetup` function that starts the mocks (every vendor on a free loopback
 * port unless `options` say otherwise), provides their URLs to the tests as
 * `inject('botbridgeMocks')`, and stops them when the run ends. Projects of one run that use the
 * same options share one instance.
 *
 * Set `<VENDOR>_BASE_URL` (e.g. `TWIN24_BASE_URL`) to run that vendor's tests against another
 * server, such as a vendor sandbox or a `botbridge-mock` started by CI: that vendor is then not
 * started, and both of its URLs are the one given.
 *
 * @param options - as `startMockServers`; `ports` default to 0 (free ports) here.
 * @example
 * // vitest.config.ts: test: { globalSetup: ['./test/mocks.ts'] }
 * // test/mocks.ts:
 * import { mockServerSetup } from '@botbridge/mock-server/vitest';
 * export default mockServerSetup({ vendors: ['twin24'], dataset: { seed: 7 } });
 */
export function mockServerSetup(options: MockServerOptions = {}) {
  return async function setup(project: GlobalSetupContext): Promise<() => Promise<void>> {
    const overrides: Partial<Record<MockVendor, string>> = {};
    for (const vendor of options.vendors ?? mockVendors) {
      const url = process.env[`${vendor.toUpperCase()}_BASE_URL`];
      if (url) overrides[vendor] = url;
    }
    const vendors = (options.vendors ?? mockVendors).filter((v) => overrides[v] === undefined);
    const effective: MockServerOptions = {
      ...options,
      vendors,
      ports: { ...Object.fromEntries(vendors.map((v) => [v, 0])), ...options.ports },
    };
    const key = JSON.stringify(effective, (_k, value) =>
      typeof value === 'function' ? String(value) : value,
    );
    const shared = registry();
    let entry = shared.get(key);
    if (!entry) {
      entry = {
        users: 0,
        mocks: vendors.length > 0 ? startMockServers(effective) : Promise.resolve(EMPTY),
      };
      shared.set(key, entry);
      entry.mocks.catch(() => shared.delete(key));
    }
    entry.users++;
    const mocks = await entry.mocks;
    project.provide('botbridgeMocks', {
      urls: { ...mocks.urls, ...overrides },
      baseUrls: { ...mocks.baseUrls, ...overrides },
    });
    const held = entry;
    return async () => {
      held.users--;
      if (held.users === 0) {
        shared.delete(key);
        await mocks.stop();
      }
    };
  };
}

const EMPTY: MockServers<never> = {
  urls: {},
  baseUrls: {},
  datasets: {},
  requests: () => [],
  clearRequests: () => {},
  faultStats: () => undefined,
  sendWebhook: () => Promise.reject(new TypeError('sendWebhook: no mock was started')),
  stop: async () => {},
};

/** The default setup: every vendor, examples mode, free loopback ports. */
export default mockServerSetup();
