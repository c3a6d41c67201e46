import { addKind } from './kinds.js';
import { VendorError, type VendorErrorOptions } from './vendor-error.js';

export interface VendorEnvelopeErrorOptions extends VendorErrorOptions {
  status: number;
  /** The failure code inside the envelope (SmarterBot `Code`). */
  vendorCode?: number | string;
  /** The vendor's failure text inside the envelope (SmarterBot `Message`), scrubbed. */
  vendorMessage?: string;
}

/**
 * The HTTP exchange succeeded but the vendor's own envelope reports a failure, such as SmarterBot's
 * `{ "Success": false, "Code": 401, "Message": "…" }` delivered with HTTP 200.
 */
export class VendorEnvelopeError extends VendorError {
  override name = 'VendorEnvelopeError';
  declare readonly status: number;
  readonly vendorCode: number | string | undefined;
  readonly vendorMessage: string | undefined;

  constructor(message: string, options: VendorEnvelopeErrorOptions) {
    super(message, options);
    this.vendorCode = options.vendorCode;
    this.vendorMessage = options.vendorMessage;
    addKind(this, 'VendorEnvelopeError');
  }
}
