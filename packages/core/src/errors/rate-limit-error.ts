import { VendorHttpError, type VendorHttpErrorOptions } from './http-error.js';
import { addKind } from './kinds.js';

/** As `VendorHttpErrorOptions`; `retryAfterMs` is the 429's `Retry-After`. */
export type VendorRateLimitErrorOptions = VendorHttpErrorOptions;

/**
 * The vendor is rate limiting (429) and the client gave up: retries ran out, or the server asked
 * for a longer wait than `retry.maxRetryAfterMs` allows.
 */
export class VendorRateLimitError extends VendorHttpError {
  /** `'VendorRateLimitError'`. */
  override name = 'VendorRateLimitError';

  constructor(message: string, options: VendorRateLimitErrorOptions) {
    super(message, options);
    addKind(this, 'VendorRateLimitError');
  }
}
