import { addKind } from './kinds.js';
import { VendorError, type VendorErrorOptions } from './vendor-error.js';

/** What a `VendorEnvelopeError` records: the HTTP status and the envelope's own failure fields. */
export interface VendorEnvelopeErrorOptions extends VendorErrorOptions {
  /** The HTTP status of the response that carried the envelope (usually a 2xx). */
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
  /** `'VendorEnvelopeError'`. */
  override name = 'VendorEnvelopeError';
  /**
   * The HTTP status of the response that carried the envelope, usually a 2xx; the failure code
   * the vendor reported is `vendorCode`.
   */
  declare readonly status: number;
  /** The failure code inside the envelope (SmarterBot `Code`); `undefined` when it had none. */
  readonly vendorCode: number | string | undefined;
  /**
   * The vendor's failure text inside the envelope (SmarterBot `Message`), with credentials
   * scrubbed; `undefined` when it had none.
   */
  readonly vendorMessage: string | undefined;

  constructor(message: string, options: VendorEnvelopeErrorOptions) {
    super(message, options);
    this.vendorCode = options.vendorCode;
    this.vendorMessage = options.vendorMessage;
    addKind(this, 'VendorEnvelopeError');
  }
}
