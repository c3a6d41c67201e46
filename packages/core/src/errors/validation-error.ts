import { addKind } from './kinds.js';
import { VendorNormalizationError } from './normalization-error.js';
import type { VendorErrorOptions } from './vendor-error.js';

/**
 * With `validateResponses: 'strict'`, a response broke the vendor spec. `issues` lists where, as
 * `<JSON pointer>: <expected …>`, without the offending values (they may hold personal data).
 */
export class VendorValidationError extends VendorNormalizationError {
  /** `'VendorValidationError'`. */
  override name = 'VendorValidationError';
  /**
   * Every way the response breaks the spec, as `<JSON pointer>: <expected …>`; never the values,
   * and credentials are scrubbed from the pointers.
   */
  readonly issues: readonly string[];

  constructor(message: string, options: VendorErrorOptions & { issues: readonly string[] }) {
    super(message, options);
    this.issues = options.issues;
    addKind(this, 'VendorValidationError');
  }
}
