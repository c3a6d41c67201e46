import { addKind } from './kinds.js';
import { VendorError } from './vendor-error.js';

/** A response arrived but its payload cannot be turned into the normalized model at all. */
export class VendorNormalizationError extends VendorError {
  /** `'VendorNormalizationError'`. */
  override name = 'VendorNormalizationError';

  constructor(...args: ConstructorParameters<typeof VendorError>) {
    super(...args);
    addKind(this, 'VendorNormalizationError');
  }
}
