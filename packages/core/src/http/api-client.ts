// The one place that creates an openapi-fetch client. openapi-fetch is pinned and in maintenance
// upstream; keeping every use of its runtime behind this file means a replacement touches only here.
import createClient, { type Client, type QuerySerializerOptions } from 'openapi-fetch';
import { VendorArgumentError } from '../errors/argument-error.js';
import { type RateLimit, RateLimiter } from '../rate-limit/limiter.js';
import { resolveRetryOptions } from '../retry/options.js';
import { authMiddleware } from './auth-middleware.js';
import type { ClientOptions } from './client-options.js';
import { createOperationResolver, type OperationInfo } from './operations.js';
import { createResilientFetch } from './resilient-fetch.js';

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

/** @internal */
export function createApiClient<Paths extends object>(config: ApiClientConfig): ApiClient<Paths> {
  const timeoutMs = config.timeoutMs ?? 30_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new VendorArgumentError({
      vendor: config.vendor,
      operation: 'createClient',
      parameter: 'timeoutMs',
      expected: 'a positive number of milliseconds',
    });
  }
  let baseUrl: string;
  try {
    baseUrl = new URL(config.baseUrl).toString().replace(/\/+$/, '');
  } catch {
    throw new VendorArgumentError({
      vendor: config.vendor,
      operation: 'createClient',
      parameter: 'baseUrl',
      expected: 'an absolute http(s) URL',
    });
  }
  const rateLimit =
    config.rateLimit === false ? undefined : (config.rateLimit ?? config.defaultRateLimit);
  if (
    rateLimit !== undefined &&
    !(Number.isSafeInteger(rateLimit.requests) && rateLimit.requests > 0 && rateLimit.perMs > 0)
  ) {
    throw new VendorArgumentError({
      vendor: config.vendor,
      operation: 'createClient',
      parameter: 'rateLimit',
      expected: '{ requests: a positive integer, perMs: a positive number } or false',
    });
  }
  const client = createClient<Paths, `${string}/${string}`>({
    baseUrl,
    headers: config.headers,
    querySerializer: config.querySerializer,
    fetch: createResilientFetch({
      vendor: config.vendor,
      fetch: config.fetch ?? ((input) => globalThis.fetch(input)),
      timeoutMs,
      retry: resolveRetryOptions(config.retry),
      resolveOperation: createOperationResolver(config.operations, baseUrl),
      limiter: rateLimit ? new RateLimiter(rateLimit) : undefined,
      retryableBody: config.retryableBody,
      random: config.random,
    }),
  });
  if (config.authenticate) client.use(authMiddleware(config.authenticate));
  return client;
}
