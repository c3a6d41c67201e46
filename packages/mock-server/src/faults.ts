import type { ServerResponse } from 'node:http';
import { createRandom } from './dataset/random.js';
import type { MockVendor } from './vendors.js';

/**
 * The transient failures the mocks can inject, the ones real integrations meet:
 * - `retry-after-seconds`, `retry-after-date`: 429 with `Retry-After: 0` in seconds or as an
 *   HTTP-date (the current second), so a client that honours it retries at once;
 * - `status-500` … `status-504`: the status with a small JSON body;
 * - `reset-mid-body`: 200 headers and part of a body, then the connection is destroyed;
 * - `slow-headers`: nothing for `slowHeadersMs`, then 503 (set it above the client's timeout);
 * - `truncated-json`: 200 with a JSON body cut short (its Content-Length matches the cut body);
 * - `html-200`: 200 with an HTML error page, as a misconfigured proxy sends;
 * - `envelope-failure` (SmarterBot only): 200 with a `Success: false` envelope and a transient `Code`;
 * - `token-expired` (Twin only): 401 "Token is expired.", which makes a Twin client refresh.
 */
export type FaultKind =
  | 'retry-after-seconds'
  | 'retry-after-date'
  | 'status-500'
  | 'status-502'
  | 'status-503'
  | 'status-504'
  | 'reset-mid-body'
  | 'slow-headers'
  | 'truncated-json'
  | 'html-200'
  | 'envelope-failure'
  | 'token-expired';

/** The kinds every vendor can meet: failures of HTTP itself, in a stable order. */
export const HTTP_FAULT_KINDS: readonly FaultKind[] = [
  'retry-after-seconds',
  'retry-after-date',
  'status-500',
  'status-502',
  'status-503',
  'status-504',
  'reset-mid-body',
  'slow-headers',
  'truncated-json',
  'html-200',
];

/** Every fault kind, in a stable order: the HTTP ones, then the vendor-specific ones. */
export const FAULT_KINDS: readonly FaultKind[] = [
  ...HTTP_FAULT_KINDS,
  'envelope-failure',
  'token-expired',
];

/** The kinds that only make sense for one vendor; the others apply to every vendor. */
const VENDOR_ONLY: Partial<Record<FaultKind, MockVendor>> = {
  'envelope-failure': 'smarterbot',
  'token-expired': 'twin24',
};

/** Whether `kind` can be injected into `vendor`'s answers. */
export function faultAppliesTo(kind: FaultKind, vendor: MockVendor): boolean {
  const only = VENDOR_ONLY[kind];
  return only === undefined || only === vendor;
}

export function isFaultKind(value: string): value is FaultKind {
  return (FAULT_KINDS as readonly string[]).includes(value);
}

/** Which faults to inject into how many answers. */
export interface FaultOptions {
  /**
   * Share of answers that fail, spread evenly over `kinds`, e.g. `0.2`. Ignored for the kinds
   * `rates` names.
   * @default 0
   */
  rate?: number;
  /**
   * The kinds `rate` draws from; kinds that do not apply to a vendor are left out for it.
   * @default every kind
   */
  kinds?: readonly FaultKind[];
  /** Share of answers per kind, e.g. `{ 'status-503': 0.1, 'reset-mid-body': 0.05 }`. */
  rates?: Partial<Record<FaultKind, number>>;
  /**
   * Seed of the random source: the same seed and the same requests give the same faults.
   * @default 1
   */
  seed?: number;
  /**
   * At most this many faults in a row for the same request (method, URL and body), so a client
   * with that many retries always gets through. `Infinity` for no cap.
   * @default 3
   */
  maxConsecutive?: number;
  /**
   * How long `slow-headers` holds the answer back, in milliseconds.
   * @default 5000
   */
  slowHeadersMs?: number;
  /**
   * Only these operationIds are faulted (e.g. leave a login alone).
   * @default every operation
   */
  operations?: readonly string[];
}

/** What a fault plan has injected so far. */
export interface FaultStats {
  /** Answers the plan was asked about (requests that reached an operation). */
  requests: number;
  /** Answers replaced by a fault, whether the plan drew it or the fault header forced it. */
  faults: number;
  /** `faults` per kind; a kind never injected is absent. */
  byKind: Partial<Record<FaultKind, number>>;
}

/** The header that forces a fault on one request, whatever the plan: `x-mock-fault: status-503`. */
export const FAULT_HEADER = 'x-mock-fault';

/**
 * Reads `x-mock-fault: <kind>[; times=<n>]`. With `times`, the first n identical requests (same
 * method, URL and body) get the fault and later ones pass, so a test can prove one retry.
 * @throws Error naming the header when the value is not a known kind or `times` is not a positive integer.
 */
export function parseFaultHeader(value: string): { kind: FaultKind; times: number } {
  const [kind = '', ...params] = value.split(';').map((part) => part.trim());
  if (!isFaultKind(kind)) {
    throw new Error(`${FAULT_HEADER}: unknown fault "${kind}"; known: ${FAULT_KINDS.join(', ')}`);
  }
  let times = Number.POSITIVE_INFINITY;
  for (const param of params) {
    const match = /^times=(\d+)$/.exec(param);
    if (!match || Number(match[1]) < 1) {
      throw new Error(`${FAULT_HEADER}: expected "times=<positive integer>", got "${param}"`);
    }
    times = Number(match[1]);
  }
  return { kind, times };
}

/** A vendor's fault plan: decides per answer whether and how it fails, and counts. */
export interface FaultPlan {
  readonly stats: FaultStats;
  readonly slowHeadersMs: number;
  /**
   * The fault for this answer, if any. `forced` is the parsed fault header.
   * @param key - identifies identical requests (method, URL, body).
   */
  draw(
    key: string,
    operationId: string,
    forced?: { kind: FaultKind; times: number },
    credential?: string,
  ): FaultKind | undefined;
}

/**
 * @throws Error when a rate is outside [0, 1] or the rates add up to more than 1.
 */
export function createFaultPlan(vendor: MockVendor, options: FaultOptions = {}): FaultPlan {
  const table: Array<[FaultKind, number]> = [];
  const explicit = options.rates ?? {};
  const spread = (options.kinds ?? FAULT_KINDS).filter(
    (kind) => faultAppliesTo(kind, vendor) && explicit[kind] === undefined,
  );
  const rate = options.rate ?? 0;
  if (!(rate >= 0 && rate <= 1)) throw new Error(`faults.rate must be within [0, 1], got ${rate}`);
  for (const kind of spread) if (rate > 0) table.push([kind, rate / spread.length]);
  for (const [kind, value] of Object.entries(explicit) as Array<[FaultKind, number]>) {
    if (!(value >= 0 && value <= 1)) {
      throw new Error(`faults.rates.${kind} must be within [0, 1], got ${value}`);
    }
    if (faultAppliesTo(kind, vendor) && value > 0) table.push([kind, value]);
  }
  const total = table.reduce((sum, [, value]) => sum + value, 0);
  if (total > 1 + 1e-9) throw new Error(`fault rates add up to ${total}, more than 1`);

  const random = createRandom(options.seed ?? 1).next;
  const maxConsecutive = options.maxConsecutive ?? 3;
  const only = options.operations ? new Set(options.operations) : undefined;
  const streak = new Map<string, number>();
  const forcedCount = new Map<string, number>();
  // Credentials already presented: a token is never called expired on its first use, since a real
  // server does not expire a token it has just issued (and a Twin client rightly takes a second
  // "Token is expired." right after a refresh as final).
  const seenCredentials = new Set<string>();
  const stats: FaultStats = { requests: 0, faults: 0, byKind: {} };
  const count = (kind: FaultKind) => {
    stats.faults++;
    stats.byKind[kind] = (stats.byKind[kind] ?? 0) + 1;
    return kind;
  };
  return {
    stats,
    slowHeadersMs: options.slowHeadersMs ?? 5_000,
    draw(key, operationId, forced, credential) {
      stats.requests++;
      const firstUse = credential !== undefined && !seenCredentials.has(credential);
      if (credential !== undefined) seenCredentials.add(credential);
      if (forced) {
        const seen = forcedCount.get(key) ?? 0;
        if (seen < forced.times) {
          forcedCount.set(key, seen + 1);
          return count(forced.kind);
        }
        return undefined;
      }
      if (table.length === 0 || (only && !only.has(operationId))) return undefined;
      const inRow = streak.get(key) ?? 0;
      // Always draw, even when capped, so the sequence of draws does not depend on the cap.
      let roll = random();
      let fault: FaultKind | undefined;
      for (const [kind, value] of table) {
        if (roll < value) {
          fault = kind;
          break;
        }
        roll -= value;
      }
      if (!fault || inRow >= maxConsecutive || (fault === 'token-expired' && firstUse)) {
        streak.delete(key);
        return undefined;
      }
      streak.set(key, inRow + 1);
      return count(fault);
    },
  };
}

function json(res: ServerResponse, status: number, body: unknown, headers = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Writes `fault` as the answer. Every fault ends its response or its connection by itself;
 * `slow-headers` resolves once it has answered (or the client has gone).
 */
export function injectFault(
  fault: FaultKind,
  res: ServerResponse,
  slowHeadersMs: number,
): Promise<void> {
  switch (fault) {
    case 'retry-after-seconds':
      json(res, 429, { error: 'Too Many Requests' }, { 'retry-after': '0' });
      break;
    case 'retry-after-date':
      // An HTTP-date has whole seconds; "now" is the smallest wait that is still a date.
      json(res, 429, { error: 'Too Many Requests' }, { 'retry-after': new Date().toUTCString() });
      break;
    case 'status-500':
    case 'status-502':
    case 'status-503':
    case 'status-504':
      json(res, Number(fault.slice(-3)), { error: 'Injected fault' });
      break;
    case 'reset-mid-body':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
      res.write('{"items":[{"id":"cut-');
      // Let the first bytes leave before the reset, so the client sees a body cut short.
      return new Promise((resolve) => {
        setTimeout(() => {
          res.socket?.destroy();
          resolve();
        }, 5).unref();
      });
    case 'slow-headers':
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          json(res, 503, { error: 'Injected fault: late answer' });
          resolve();
        }, slowHeadersMs);
        timer.unref();
        res.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    case 'truncated-json': {
      const text = '{"items":[{"id":"trunc';
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(text.length),
      });
      res.end(text);
      break;
    }
    case 'html-200':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      break;
    case 'envelope-failure':
      json(res, 200, {
        Data: null,
        Version: '1.0.0',
        Success: false,
        Code: 503,
        Message: 'Injected fault: service busy',
      });
      break;
    case 'token-expired':
      json(res, 401, { error: 'Token is expired.' });
      break;
  }
  return Promise.resolve();
}
