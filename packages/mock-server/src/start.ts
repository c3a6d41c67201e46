import { createServer } from 'node:net';
import { startPrism } from './prism.js';
import { defaultPorts, type MockVendor, mockVendors, specPath } from './vendors.js';

export interface MockServerOptions {
  /**
   * Which vendor APIs to serve.
   * @default every vendor
   */
  vendors?: readonly MockVendor[];
  /**
   * Port per vendor; `0` picks a free port.
   * @default { closebot: 4010, opencx: 4011, twin24: 4012, smarterbot: 4013 }
   */
  ports?: Partial<Record<MockVendor, number>>;
  /**
   * Interface to bind. Keep it on loopback: the mocks accept any credentials.
   * @default '127.0.0.1'
   */
  host?: string;
  /**
   * Reject requests that break the spec (4xx with the violations) instead of only flagging them.
   * @default true
   */
  validateRequests?: boolean;
}

export interface MockServers {
  /** Base URL per started vendor, e.g. `{ closebot: 'http://127.0.0.1:4010' }`. */
  urls: Partial<Record<MockVendor, string>>;
  /** Prism's recent output per vendor. */
  logs(): Partial<Record<MockVendor, string>>;
  /** Stops every mock; safe to call twice. */
  stop(): Promise<void>;
}

async function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Starts one Prism mock per vendor spec, in parallel, and resolves when all of them listen. */
export async function startMockServers(options: MockServerOptions = {}): Promise<MockServers> {
  const host = options.host ?? '127.0.0.1';
  const vendors = options.vendors ?? mockVendors;
  const results = await Promise.allSettled(
    vendors.map(async (vendor) => {
      const wanted = options.ports?.[vendor] ?? defaultPorts[vendor];
      const port = wanted === 0 ? await freePort(host) : wanted;
      const prism = await startPrism({
        spec: specPath(vendor),
        port,
        host,
        errors: options.validateRequests ?? true,
      });
      return [vendor, prism] as const;
    }),
  );
  const started = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const stop = async () => {
    await Promise.all(started.map(([, prism]) => prism.stop()));
  };
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await stop();
    throw failed.reason;
  }
  return {
    urls: Object.fromEntries(started.map(([vendor, prism]) => [vendor, prism.url])),
    logs: () => Object.fromEntries(started.map(([vendor, prism]) => [vendor, prism.log()])),
    stop,
  };
}
