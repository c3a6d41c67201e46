// The one place that creates an openapi-fetch client. openapi-fetch is pinned and in maintenance
// upstream; keeping every use of its runtime behind this file means a replacement touches only here.
import createClient, { type Client, type QuerySerializerOptions } from 'openapi-fetch';
import { VendorArgumentError } from '../errors/argument-error.js';
import { checkRateLimit, type RateLimit, RateLimiter } from '../rate-limit/limiter.js';
import { resolveRetryOptions } from '../retry/options.js';
import { authMiddleware } from './auth-middleware.js';
import { CallerRequest } from './caller-request.js';
import type { ClientOptions } from './client-options.js';
import { exactIntegersMiddleware } from './exact-integers.js';
import { createOperationResolver, type OperationInfo } from './operations.js';
import { pathSegmentGuard } from './path-segments.js';
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
   * Sets the vendor's credentials on a request. Omit it when the vendor client manages credentials
   * in its own middleware (Twin's token lifecycle).
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
    querySerializer: config.querySerializer,
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
    }),
  });
  // First, so a bad path parameter is refused before credentials are fetched or anything is sent.
  client.use(pathSegmentGuard(config.vendor, config.operations), exactIntegersMiddleware());
  if (config.authenticate) client.use(authMiddleware(config.authenticate));
  return client;
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
