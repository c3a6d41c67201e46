import { addKind } from './kinds.js';
import { VendorError, type VendorErrorOptions } from './vendor-error.js';

/**
 * Why a webhook delivery was refused:
 * - `malformed`: the body is not the raw bytes of a JSON payload of the expected shape (an object a
 *   framework's JSON body parser already made, text that is not JSON, not UTF-8);
 * - `missing-header`: a header the vendor always sends (the signature) is absent;
 * - `signature`: the signature header cannot be read, or no signature in it matches the body;
 * - `timestamp`: the signed timestamp lies outside the tolerance (stale, or in the future);
 * - `callback-data`: the echoed callback token is absent or is not the one configured;
 * - `options`: the receiver's own options are invalid (no secret where one is needed, a negative
 *   tolerance, …).
 */
export type WebhookFailureReason =
  | 'malformed'
  | 'missing-header'
  | 'signature'
  | 'timestamp'
  | 'callback-data'
  | 'options';

/** What a `VendorWebhookError` records. It has no `status`: the vendor made the request. */
export interface VendorWebhookErrorOptions extends Omit<VendorErrorOptions, 'status'> {
  /** Why the delivery was refused (see `WebhookFailureReason`). */
  reason: WebhookFailureReason;
}

/**
 * A webhook (or callback) delivery that a receiver refused. `reason` says why, for a response
 * status and for logs; the message names what was wrong and never carries the secret, the
 * signature or the body. Answer the vendor with a 4xx (400 for `malformed`, 401 for the rest) so
 * that a forged or broken delivery is not retried as if the receiver were down.
 */
export class VendorWebhookError extends VendorError {
  /** `'VendorWebhookError'`. */
  override name = 'VendorWebhookError';
  /** Why the delivery was refused (see `WebhookFailureReason`), to pick the answer's status. */
  readonly reason: WebhookFailureReason;

  constructor(message: string, options: VendorWebhookErrorOptions) {
    super(message, options);
    this.reason = options.reason;
    addKind(this, 'VendorWebhookError');
  }
}
