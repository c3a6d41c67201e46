// The one place that creates an openapi-fetch client. openapi-fetch is pinned and in maintenance
// upstream; keeping every use of its runtime behind this file means a replacement touches only here.
import createClient, {
  type Client,
  createQuerySerializer,
  type Middleware,
  type QuerySerializerOptions,
} from 'openapi-fetch';
import { VendorArgumentError } from '../errors/argument-error.js';
import { checkRateLimit, type RateLimit, RateLimiter } from '../rate-limit/limiter.js';
import { resolveRetryOptions } from '../retry/options.js';
import { authMiddleware } from './auth-middleware.js';
import { CallerRequest, PlainRequest } from './caller-request.js';
import type { ClientOptions } from './client-options.js';
import { exactIntegersMiddleware } from './exact-integers.js';
import { createOperationResolver, type OperationInfo } from './operations.js';
import { pathParameterCheck } from './path-segments.js';
import { createResilientFetch } from './resilient-fetch.js';
import { MAX_TIMER_MS } from './sleep.js';

/** The typed client of one vendor spec: `GET`, `POST`, ... with paths, params and bodies checked. */
export type ApiClient<Paths extends object> = Client<Paths, `${string}/${string}`>;

/** @internal */
export interface ApiClientConfig extends ClientOptions {
  vendor: string;
  baseUrl: string;
  operations: readonly OperationInfo[];
  /**
   * Sets the vendor's credentials on a request, once per call, before anything is sent (retries
   * and redirect hops reuse them); it may be async. It runs before any middleware of the caller's
   * sees the request. Omit it when the vendor client manages credentials in its own middleware
   * (Twin's token lifecycle).
   */
  authenticate?: (headers: Headers) => void | Promise<void>;
  querySerializer?: QuerySerializerOptions;
  /** The vendor's documented request rate, applied unless the caller sets `rateLimit`. */
  defaultRateLimit?: RateLimit;
  /** Recognises a transient failure inside a success response (see `createResilientFetch`). */
  retryableBody?: (status: number, body: unknown) => boolean;
  /** Test seam for backoff jitter. */
  random?: () => number;
}

/**
 * Creates the typed client of one vendor, with every option checked before anything is sent.
 * @throws VendorArgumentError naming the option (`baseUrl`, `timeoutMs`, `retry.maxDelayMs`,
 *   `rateLimit.perMs`, ...) that is out of range; the message never repeats the value.
 * @internal
 */
export function createApiClient<Paths extends object>(config: ApiClientConfig): ApiClient<Paths> {
  const where = { vendor: config.vendor, operation: 'createClient' };
  const timeoutMs = config.timeoutMs ?? 30_000;
  if (!(typeof timeoutMs === 'number' && timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS)) {
    throw new VendorArgumentError({
      ...where,
      parameter: 'timeoutMs',
      expected: `a number of milliseconds above 0, up to ${MAX_TIMER_MS}`,
    });
  }
  const baseUrl = checkBaseUrl(config.baseUrl, { ...where, parameter: 'baseUrl' });
  const rateLimit =
    config.rateLimit === false
      ? undefined
      : config.rateLimit === undefined
        ? config.defaultRateLimit
        : checkRateLimit(config.rateLimit, where);
  const retry = resolveRetryOptions(config.retry, where);
  const client = createClient<Paths, `${string}/${string}`>({
    baseUrl,
    headers: config.headers,
    // Built once: given options, openapi-fetch would build the serializer anew for every request.
    querySerializer: createQuerySerializer(config.querySerializer),
    Request: CallerRequest,
    fetch: createResilientFetch({
      vendor: config.vendor,
      fetch: config.fetch,
      timeoutMs,
      retry,
      resolveOperation: createOperationResolver(config.operations, baseUrl),
      limiter: rateLimit ? new RateLimiter(rateLimit) : undefined,
      retryableBody: config.retryableBody,
      random: config.random,
      authenticate: config.authenticate,
    }),
  });
  return withCallChecks(client as unknown as UntypedClient, config) as unknown as ApiClient<Paths>;
}

/** openapi-fetch's client, as the checks below call it. */
interface UntypedClient {
  request(method: string, url: string, init?: CallInit): Promise<unknown>;
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
}

/** The options of one call (openapi-fetch's `init`). */
type CallInit = Record<string, unknown> & {
  params?: unknown;
  middleware?: Middleware[];
  querySerializer?: unknown;
};

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/**
 * The client as callers get it: openapi-fetch's, with what every call needs around it.
 *
 * - A path parameter that would be normalized away is refused before anything else happens (see
 *   `pathParameterCheck`), as a rejected promise, as openapi-fetch reports its own failures.
 * - The client's own middleware (credentials from `authenticate`, and the exact integers of a
 *   response a middleware made up) runs first whenever a caller's middleware runs too: one added
 *   with `use`, or a call's own `middleware`. A call that no middleware sees, the usual case, runs
 *   none at all: a GET without a body goes out as a `PlainRequest` on which the transport sets the
 *   credentials itself, and the transport's responses already keep integers exact. Middleware costs
 *   openapi-fetch a frozen options object, an id and an `await` per request each.
 * - Per-call query serializer options add to the client's, as openapi-fetch merges them.
 */
function withCallChecks(client: UntypedClient, config: ApiClientConfig): UntypedClient {
  const refusal = pathParameterCheck(config.vendor, config.operations);
  const own: Middleware[] = [exactIntegersMiddleware()];
  if (config.authenticate) own.push(authMiddleware(config.authenticate));
  // The middleware callers added with `use` and have not ejected.
  const added: Middleware[] = [];
  const send = (method: string, url: string, init: CallInit | undefined): Promise<unknown> => {
    const error = refusal(method, url, init?.params);
    if (error !== undefined) return Promise.reject(error);
    const querySerializer = mergedQuerySerializer(config.querySerializer, init?.querySerializer);
    if (added.length === 0 && isPlainCall(method, init)) {
      return client.request(method, url, { ...init, Request: PlainRequest, querySerializer });
    }
    // Middleware will see the request: ours goes first, as the client's own.
    const middleware = added.length > 0 ? init?.middleware : [...own, ...(init?.middleware ?? [])];
    return client.request(method, url, { ...init, middleware, querySerializer });
  };
  const checked: Record<string, unknown> = {
    request: (method: string, url: string, init?: CallInit) =>
      send(method.toUpperCase(), url, init),
    use(...middleware: Middleware[]) {
      for (const one of middleware) {
        // openapi-fetch skips an absent one, and refuses one that is not a middleware.
        if (!one) continue;
        if (added.length === 0) client.use(...own);
        try {
          client.use(one);
        } catch (error) {
          if (added.length === 0) client.eject(...own);
          throw error;
        }
        added.push(one);
      }
    },
    eject(...middleware: Middleware[]) {
      client.eject(...middleware);
      for (const one of middleware) {
        const at = added.indexOf(one);
        if (at !== -1) added.splice(at, 1);
      }
      if (added.length === 0) client.eject(...own);
    },
  };
  for (const method of METHODS) {
    checked[method] = (url: string, init?: CallInit) => send(method, url, init);
  }
  return checked as unknown as UntypedClient;
}

/** The options a `PlainRequest` stands for; any other makes the call build a platform `Request`. */
const PLAIN_OPTIONS = new Set([
  'params',
  'headers',
  'signal',
  'parseAs',
  'querySerializer',
  'pathSerializer',
  'bodySerializer',
  'baseUrl',
  'redirect',
]);
const REDIRECT_MODES = new Set<unknown>([undefined, 'follow', 'error', 'manual']);

/**
 * Whether a call can go out as a `PlainRequest`: a GET without a body, middleware, fetch or
 * Request of its own, whose options a platform `Request` would accept as they are (an invalid
 * redirect mode or signal is left to it to refuse).
 */
function isPlainCall(method: string, init: CallInit | undefined): boolean {
  if (method !== 'GET') return false;
  if (init === undefined) return true;
  for (const option in init) {
    if (init[option] !== undefined && !PLAIN_OPTIONS.has(option)) return false;
  }
  const signal = init.signal;
  return (
    REDIRECT_MODES.has(init.redirect) &&
    (signal === undefined || signal === null || signal instanceof AbortSignal)
  );
}

/**
 * The query serializer of one call: the client's, or openapi-fetch's merge of the call's options
 * over the client's (a call's own function is used as it is).
 */
function mergedQuerySerializer(
  options: QuerySerializerOptions | undefined,
  call: unknown,
): unknown {
  if (call === undefined || call === null || typeof call === 'function') return call ?? undefined;
  if (typeof call !== 'object') return call;
  return createQuerySerializer({ ...options, ...(call as QuerySerializerOptions) });
}

/**
 * Checks a base URL option: an absolute http(s) URL without a user name or password. A URL with
 * credentials in it would otherwise fail on the first request with a `TypeError` that quotes the
 * whole URL, password included; it is refused here, without the value.
 * @returns the URL without trailing slashes.
 * @throws VendorArgumentError naming `where.parameter`.
 * @internal
 */
export function checkBaseUrl(
  value: unknown,
  where: { vendor: string; operation: string; parameter: string },
): string {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' || value instanceof URL ? new URL(value) : undefined;
  } catch {
    // Reported below. The URL parser's error carries the input, so it is not kept as a cause.
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new VendorArgumentError({ ...where, expected: 'an absolute http(s) URL' });
  }
  if (url.username !== '' || url.password !== '') {
    throw new VendorArgumentError({
      ...where,
      expected: 'an http(s) URL without a user name or password (send credentials as options)',
    });
  }
  return url.toString().replace(/\/+$/, '');
}
