import { VendorHttpError, type VendorHttpErrorOptions } from './http-error.js';
import { addKind } from './kinds.js';

export interface VendorRateLimitErrorOptions extends VendorHttpErrorOptions {
  retryAfterMs?: number;
}

/**
 * The vendor is rate limiting (429) and the client gave up: retries ran out, or the server asked
 * for a longer wait than `retry.maxRetryAfterMs` allows.
 */
export class VendorRateLimitError extends VendorHttpError {
  override name = 'VendorRateLimitError';
  /** How long the server asked to wait before the next request, when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: VendorRateLimitErrorOptions) {
    super(message, options);
    this.retryAfterMs = options.retryAfterMs;
    addKind(this, 'VendorRateLimitError');
  }
}
