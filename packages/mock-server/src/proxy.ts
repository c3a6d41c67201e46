import { createFaultPlan } from './faults.js';
import { createEngine } from './prism.js';
import type { RequestLogEntry } from './request-log.js';
import { startVendorServer } from './server.js';
import { defaultPorts, type MockVendor, mockVendors, specPath } from './vendors.js';

/** Options of `startProxyServer`. */
export interface ProxyServerOptions {
  /** The vendor whose spec the exchanges are checked against. */
  vendor: MockVendor;
  /**
   * The real API's base URL, including its base path (e.g. `https://chat-api.twin24.ai/api/v1`).
   * Requests are forwarded there unchanged, credentials included; nothing else receives them.
   */
  upstream: string;
  /**
   * Port to listen on; `0` picks a free port.
   * @default the vendor's mock port (closebot 4010, opencx 4011, twin24 4012, smarterbot 4013)
   */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Called once per request, after the answer, with what broke the spec. */
  onRequest?: (entry: RequestLogEntry) => void;
}

/** A running spec-checking proxy, as `startProxyServer` resolves it. */
export interface ProxyServer {
  /** Root URL of the proxy; requests may also carry the vendor's base path (`/api/v1`). */
  url: string;
  /** Every exchange forwarded so far. */
  requests(): RequestLogEntry[];
  /** The exchanges where the request or the upstream's answer broke the spec. */
  violations(): RequestLogEntry[];
  /** Stops the proxy: open connections are cut and the port is freed once it resolves. */
  stop(): Promise<void>;
}

/**
 * Forwards every request to the vendor's real API and checks both directions against our spec:
 * requests that break it are still forwarded (the upstream decides), and every answer is checked,
 * so a team with credentials can find where the spec and the live API differ.
 * @throws TypeError for an unknown vendor or an upstream that is not an http(s) URL.
 * @throws Error naming the vendor, host:port and the error code when the port cannot be bound.
 */
export async function startProxyServer(options: ProxyServerOptions): Promise<ProxyServer> {
  if (!mockVendors.includes(options.vendor)) {
    throw new TypeError(
      `vendor: unknown vendor "${options.vendor}"; known: ${mockVendors.join(', ')}`,
    );
  }
  let upstream: URL;
  try {
    upstream = new URL(options.upstream);
  } catch {
    throw new TypeError(`upstream must be an absolute http(s) URL, got "${options.upstream}"`);
  }
  if (upstream.protocol !== 'http:' && upstream.protocol !== 'https:') {
    throw new TypeError(`upstream must be an http(s) URL, got "${options.upstream}"`);
  }
  const engine = await createEngine({
    spec: specPath(options.vendor),
    upstream: upstream.href.replace(/\/+$/, ''),
    refuseInvalid: false,
  });
  const log: RequestLogEntry[] = [];
  const server = await startVendorServer({
    vendor: options.vendor,
    engine,
    host: options.host ?? '127.0.0.1',
    port: options.port ?? defaultPorts[options.vendor],
    latencyMs: 0,
    // The proxy passes the upstream's answers through untouched: no plan, though the fault header
    // still lets a test force a fault through it.
    faults: createFaultPlan(options.vendor),
    mode: 'proxy',
    onRequest: (entry) => {
      log.push(entry);
      options.onRequest?.(entry);
    },
    recentRequests: () => log,
    clearRequests: () => {
      log.length = 0;
    },
  });
  return {
    url: server.url,
    requests: () => [...log],
    violations: () =>
      log.filter((e) => e.requestViolations.length > 0 || e.responseViolations.length > 0),
    stop: () => server.close(),
  };
}
