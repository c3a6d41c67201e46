import type { ServerResponse } from 'node:http';
import type { Handler, RecordedRequest } from './loopback-server.js';

/** The transient failures a vendor-shaped test server can inject. */
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

export const ALL_HTTP_FAULTS: FaultKind[] = [
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

export interface FaultPlan {
  /** Share of requests that fail, e.g. 0.2. */
  rate: number;
  /** Which faults to draw from (uniformly). */
  kinds: readonly FaultKind[];
  /** Seed of the deterministic random source: the same seed injects the same faults. */
  seed: number;
  /**
   * At most this many faults in a row for the same request, so that a client with that many
   * retries always gets through: the test measures loss by the client, not by an endless outage.
   */
  maxConsecutive: number;
  /** How long 'slow-headers' holds the response back; set it above the client's timeout. */
  slowHeadersMs: number;
  /** Requests that are never faulted (e.g. a login). */
  exempt?: (request: RecordedRequest) => boolean;
}

export interface FaultStats {
  requests: number;
  faults: number;
  byKind: Partial<Record<FaultKind, number>>;
}

/** mulberry32: a tiny seeded PRNG, so a fault plan replays exactly. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Wraps a vendor-shaped handler so that a seeded share of requests fails transiently in one of the
 * given ways. Every fault ends its response (or its connection) by itself; 'slow-headers' answers
 * after `slowHeadersMs` and then serves the real page, which the client has stopped waiting for.
 */
export function withFaults(
  inner: Handler,
  plan: FaultPlan,
): { handler: Handler; stats: FaultStats } {
  const random = seeded(plan.seed);
  const stats: FaultStats = { requests: 0, faults: 0, byKind: {} };
  const streak = new Map<string, number>();
  const handler: Handler = (req, res) => {
    stats.requests++;
    const key = `${req.method} ${req.url} ${req.body}`;
    const inRow = streak.get(key) ?? 0;
    const fault =
      !plan.exempt?.(req) && inRow < plan.maxConsecutive && random() < plan.rate
        ? plan.kinds[Math.floor(random() * plan.kinds.length)]
        : undefined;
    if (!fault) {
      streak.delete(key);
      return inner(req, res);
    }
    streak.set(key, inRow + 1);
    stats.faults++;
    stats.byKind[fault] = (stats.byKind[fault] ?? 0) + 1;
    return inject(fault, req, res);
  };

  function inject(
    fault: FaultKind,
    req: RecordedRequest,
    res: ServerResponse,
  ): void | Promise<void> {
    switch (fault) {
      case 'retry-after-seconds':
        return json(res, 429, { error: 'Too Many Requests' }, { 'Retry-After': '0' });
      case 'retry-after-date':
        // An HTTP-date has whole seconds; "now" is the smallest wait that is still a date.
        return json(
          res,
          429,
          { error: 'Too Many Requests' },
          { 'Retry-After': new Date().toUTCString() },
        );
      case 'status-500':
      case 'status-502':
      case 'status-503':
      case 'status-504':
        return json(res, Number(fault.slice(-3)), { error: 'upstream trouble' });
      case 'reset-mid-body':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
        res.write('{"items":[{"id":"cut-');
        setTimeout(() => res.socket?.destroy(), 5).unref();
        return;
      case 'slow-headers':
        return new Promise<void>((resolve) => {
          setTimeout(() => {
            if (!res.socket?.destroyed) json(res, 503, { error: 'late' });
            resolve();
          }, plan.slowHeadersMs).unref();
        });
      case 'truncated-json': {
        const text = '{"items":[{"id":"trunc';
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': String(text.length),
        });
        res.end(text);
        return;
      }
      case 'html-200':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
        return;
      case 'envelope-failure':
        return json(res, 200, {
          Data: null,
          Version: '1.0.0',
          Success: false,
          Code: 503,
          Message: 'busy',
        });
      case 'token-expired':
        return json(res, 401, { error: 'Token is expired.' });
    }
    void req;
  }

  return { handler, stats };
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
