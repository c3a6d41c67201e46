import { VendorHttpError } from './http-error.js';
import { addKind } from './kinds.js';

/**
 * The vendor refused the credentials (401) or their permissions (403). Not retried: a new key,
 * token or scope is needed.
 */
export class VendorAuthenticationError extends VendorHttpError {
  /** `'VendorAuthenticationError'`. */
  override name = 'VendorAuthenticationError';

  constructor(...args: ConstructorParameters<typeof VendorHttpError>) {
    super(...args);
    addKind(this, 'VendorAuthenticationError');
  }
}
