import { addKind } from './kinds.js';
import { VendorNetworkError } from './network-error.js';
import type { VendorErrorOptions } from './vendor-error.js';

/** One attempt took longer than `timeoutMs` (on every attempt, when retries ran out). */
export class VendorTimeoutError extends VendorNetworkError {
  override name = 'VendorTimeoutError';
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
