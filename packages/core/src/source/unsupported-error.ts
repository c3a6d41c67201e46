import { addKind } from '../errors/kinds.js';
import { VendorError } from '../errors/vendor-error.js';

/** The vendor's API has no such resource (see the source's `capabilities`). Nothing was sent. */
export class VendorUnsupportedError extends VendorError {
  /** `'VendorUnsupportedError'`. */
  override name = 'VendorUnsupportedError';

  constructor(vendor: string, operation: string) {
    super(`${vendor} has no ${operation} in its API (see \`capabilities\`).`, {
      vendor,
      operation,
    });
    addKind(this, 'VendorUnsupportedError');
  }
}
