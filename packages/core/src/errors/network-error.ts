import { addKind } from './kinds.js';
import { VendorError, type VendorErrorOptions } from './vendor-error.js';

/**
 * No usable response arrived: DNS, connection refused or reset, a body cut off mid-way.
 * `status` is `0`. Retried for idempotent operations.
 */
export class VendorNetworkError extends VendorError {
  /** `'VendorNetworkError'`. */
  override name = 'VendorNetworkError';

  constructor(message: string, options: Omit<VendorErrorOptions, 'status'>) {
    super(message, { ...options, status: 0 });
    addKind(this, 'VendorNetworkError');
  }
}
