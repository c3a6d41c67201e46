import { addKind } from './kinds.js';
import { VendorNetworkError } from './network-error.js';
import type { VendorErrorOptions } from './vendor-error.js';

/** One attempt took longer than `timeoutMs` (on every attempt, when retries ran out). */
export class VendorTimeoutError extends VendorNetworkError {
  /** `'VendorTimeoutError'`. */
  override name = 'VendorTimeoutError';
  /** The per-attempt limit that was exceeded (the client's `timeoutMs`), in milliseconds. */
  readonly timeoutMs: number;

  constructor(
    message: string,
    options: Omit<VendorErrorOptions, 'status'> & { timeoutMs: number },
  ) {
    super(message, options);
    this.timeoutMs = options.timeoutMs;
    addKind(this, 'VendorTimeoutError');
  }
}
