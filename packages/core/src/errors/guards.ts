import type { VendorUnsupportedError } from '../source/unsupported-error.js';
import type { VendorArgumentError } from './argument-error.js';
import type { VendorAuthenticationError } from './authentication-error.js';
import type { VendorEnvelopeError } from './envelope-error.js';
import type { VendorHttpError } from './http-error.js';
import { hasKind } from './kinds.js';
import type { VendorNetworkError } from './network-error.js';
import type { VendorNormalizationError } from './normalization-error.js';
import type { VendorRateLimitError } from './rate-limit-error.js';
import type { VendorTimeoutError } from './timeout-error.js';
import type { VendorValidationError } from './validation-error.js';
import type { VendorError } from './vendor-error.js';
import type { VendorWebhookError } from './webhook-error.js';

// Guards read the lineage recorded on the instance (see kinds.ts), so they hold for subclasses
// and across duplicate installs of @botbridge/core, where `instanceof` does not.

/**
 * Whether `e` is any botbridge error (`VendorError` or a subclass). Unlike `instanceof`, this holds
 * when several copies of `@botbridge/core` are installed.
 */
export const isVendorError = (e: unknown): e is VendorError => hasKind(e, 'VendorError');
/**
 * Whether `e` is a `VendorHttpError`: the vendor answered with a failing HTTP status
 * (authentication and rate-limit errors included).
 */
export const isVendorHttpError = (e: unknown): e is VendorHttpError =>
  hasKind(e, 'VendorHttpError');
/**
 * Whether `e` is a `VendorAuthenticationError`: the vendor refused the credentials (401) or their
 * permissions (403).
 */
export const isVendorAuthenticationError = (e: unknown): e is VendorAuthenticationError =>
  hasKind(e, 'VendorAuthenticationError');
/**
 * Whether `e` is a `VendorRateLimitError`: a 429 the client gave up on (retries ran out, or the
 * server asked for too long a wait).
 */
export const isVendorRateLimitError = (e: unknown): e is VendorRateLimitError =>
  hasKind(e, 'VendorRateLimitError');
/** Whether `e` is a `VendorNetworkError`: no usable response arrived (timeouts included). */
export const isVendorNetworkError = (e: unknown): e is VendorNetworkError =>
  hasKind(e, 'VendorNetworkError');
/** Whether `e` is a `VendorTimeoutError`: an attempt took longer than `timeoutMs`. */
export const isVendorTimeoutError = (e: unknown): e is VendorTimeoutError =>
  hasKind(e, 'VendorTimeoutError');
/**
 * Whether `e` is a `VendorEnvelopeError`: a success response whose vendor envelope reports a
 * failure.
 */
export const isVendorEnvelopeError = (e: unknown): e is VendorEnvelopeError =>
  hasKind(e, 'VendorEnvelopeError');
/**
 * Whether `e` is a `VendorNormalizationError`: a response that cannot be read into the model (spec
 * violations in strict validation included).
 */
export const isVendorNormalizationError = (e: unknown): e is VendorNormalizationError =>
  hasKind(e, 'VendorNormalizationError');
/** Whether `e` is a `VendorArgumentError`: bad input, refused before anything was sent. */
export const isVendorArgumentError = (e: unknown): e is VendorArgumentError =>
  hasKind(e, 'VendorArgumentError');
/**
 * Whether `e` is a `VendorUnsupportedError`: the vendor's API lacks the resource; nothing was sent.
 */
export const isVendorUnsupportedError = (e: unknown): e is VendorUnsupportedError =>
  hasKind(e, 'VendorUnsupportedError');
/**
 * Whether `e` is a `VendorValidationError`: with `validateResponses: 'strict'`, a response broke
 * the vendor spec.
 */
export const isVendorValidationError = (e: unknown): e is VendorValidationError =>
  hasKind(e, 'VendorValidationError');
/** Whether `e` is a `VendorWebhookError`: a webhook receiver refused a delivery. */
export const isVendorWebhookError = (e: unknown): e is VendorWebhookError =>
  hasKind(e, 'VendorWebhookError');
