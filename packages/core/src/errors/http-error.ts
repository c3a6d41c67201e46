import { addKind } from './kinds.js';
import { VendorError, type VendorErrorOptions } from './vendor-error.js';

/** What a `VendorHttpError` (and its subclasses) records about the failed exchange. */
export interface VendorHttpErrorOptions extends VendorErrorOptions {
  /** The response's HTTP status (4xx or 5xx, or a 3xx the client would not follow). */
  status: number;
  /** The vendor's request id header, when it sent one (quote it in support tickets). */
  requestId?: string;
  /** The parsed (or text) response body, with secrets scrubbed. */
  body?: unknown;
  /** Method and URL of the request, with secrets scrubbed. Headers are never kept. */
  request: {
    /** The HTTP method (`GET`, `POST`, ...). */
    method: string;
    /** The request URL, query included, with credentials scrubbed. */
    url: string;
  };
  /** The wait the server asked for in `Retry-After`, in milliseconds, when it sent one. */
  retryAfterMs?: number;
}

/** The vendor answered with a non-success HTTP status. */
export class VendorHttpError extends VendorError {
  /** `'VendorHttpError'`; each subclass has its own name. */
  override name = 'VendorHttpError';
  /** The response's HTTP status; always set, since a response arrived. */
  declare readonly status: number;
  /**
   * The vendor's request id (`x-request-id`, `request-id`, `x-correlation-id` or `cf-ray`, the
   * first present), scrubbed; `undefined` when the response had none. Quote it in support tickets.
   */
  readonly requestId: string | undefined;
  /**
   * The response body as the client read it (the parsed JSON value, or the text when it was not
   * JSON), with credentials scrubbed.
   */
  readonly body: unknown;
  /** The request that failed, scrubbed of credentials; its headers are never kept. */
  readonly request: {
    /** The HTTP method (`GET`, `POST`, ...). */
    method: string;
    /** The request URL, query included, with credentials scrubbed. */
    url: string;
  };
  /**
   * How long the server asked to wait before the next request (`Retry-After`, any status: a 429,
   * a 503 for maintenance), in milliseconds; `undefined` when it did not say. Set when the client
   * gave up on a wait it would not honour (longer than `retry.maxRetryAfterMs` or a timer allows).
   */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: VendorHttpErrorOptions) {
    super(message, options);
    this.requestId = options.requestId;
    this.body = options.body;
    this.request = options.request;
    this.retryAfterMs = options.retryAfterMs;
    addKind(this, 'VendorHttpError');
  }
}
