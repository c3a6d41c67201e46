import type { Unsupported } from './source.js';
import { VendorUnsupportedError } from './unsupported-error.js';

/**
 * The runtime stand-in for a `Source` method the vendor lacks: throws `VendorUnsupportedError` as
 * soon as it is called. Typed `Unsupported` (never) so the vendor client's own type rejects calls.
 */
export function unsupported(vendor: string, operation: string): Unsupported {
  return (() => {
    throw new VendorUnsupportedError(vendor, operation);
  }) as never;
}
