import type { FaultKind } from './faults.js';
import type { MockVendor } from './vendors.js';

/** One request a mock served, as the request log keeps it. */
export interface RequestLogEntry {
  /** The vendor whose mock (or proxy) served the request. */
  vendor: MockVendor;
  /** When the request arrived, ISO-8601. */
  time: string;
  /** The HTTP method, upper case (`GET`, `POST`, ...). */
  method: string;
  /** The path as sent (base path included), with the query; secret-looking values redacted. */
  url: string;
  /** The operation it was routed to, if any. */
  operationId?: string;
  /** The status sent; `0` when a fault closed the connection without one. */
  status: number;
  /** The fault injected instead of the answer, if any. */
  fault?: FaultKind;
  /** How the request broke the spec (it was then refused with 400). */
  requestViolations: string[];
  /** How the answer broke the spec (an upstream's, in proxy mode; a bug in a dataset otherwise). */
  responseViolations: string[];
  /** Time to the end of the answer, in milliseconds. */
  durationMs: number;
}

const SECRET_PARAM = /key|token|secret|password|signature|auth/i;

/** The URL as logged: values of secret-looking query parameters replaced by `***`. */
export function redactUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const params = new URLSearchParams(url.slice(at + 1));
  let changed = false;
  for (const key of new Set(params.keys())) {
    if (SECRET_PARAM.test(key)) {
      params.set(key, '***');
      changed = true;
    }
  }
  return changed ? `${url.slice(0, at)}?${params.toString()}` : url;
}

/** The most recent requests of every vendor, oldest first. */
export interface RequestLog {
  /** Keeps an entry, forgetting the oldest beyond the log's size, and passes it on. */
  add(entry: RequestLogEntry): void;
  /** The kept entries themselves (not a copy). */
  entries(): readonly RequestLogEntry[];
  /** Forgets every entry, or one vendor's. */
  clear(vendor?: MockVendor): void;
}

/**
 * A log keeping the last `size` requests across vendors.
 * @param onRequest called with every entry added, after it is kept.
 */
export function createRequestLog(
  size: number,
  onRequest?: (entry: RequestLogEntry) => void,
): RequestLog {
  let log: RequestLogEntry[] = [];
  return {
    add(entry) {
      log.push(entry);
      if (log.length > size) log.splice(0, log.length - size);
      onRequest?.(entry);
    },
    entries: () => log,
    clear(vendor) {
      log = vendor ? log.filter((entry) => entry.vendor !== vendor) : [];
    },
  };
}
