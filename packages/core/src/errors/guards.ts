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

export const isVendorError = (e: unknown): e is VendorError => hasKind(e, 'VendorError');
export const isVendorHttpError = (e: unknown): e is VendorHttpError =>
  hasKind(e, 'VendorHttpError');
export const isVendorAuthenticationError = (e: unknown): e is VendorAuthenticationError =>
  hasKind(e, 'VendorAuthenticationError');
export const isVendorRateLimitError = (e: unknown): e is VendorRateLimitError =>
  hasKind(e, 'VendorRateLimitError');
export const isVendorNetworkError = (e: unknown): e is VendorNetworkError =>
  hasKind(e, 'VendorNetworkError');
export const isVendorTimeoutError = (e: unknown): e is VendorTimeoutError =>
  hasKind(e, 'VendorTimeoutError');
export const isVendorEnvelopeError = (e: unknown): e is VendorEnvelopeError =>
  hasKind(e, 'VendorEnvelopeError');
export const isVendorNormalizationError = (e: unknown): e is VendorNormalizationError =>
  hasKind(e, 'VendorNormalizationError');
export const isVendorArgumentError = (e: unknown): e is VendorArgumentError =>
  hasKind(e, 'VendorArgumentError');
export const isVendorUnsupportedError = (e: unknown): e is VendorUnsupportedError =>
  hasKind(e, 'VendorUnsupportedError');
export const isVendorValidationError = (e: unknown): e is VendorValidationError =>
  hasKind(e, 'VendorValidationError');
export const isVendorWebhookError = (e: unknown): e is VendorWebhookError =>
  hasKind(e, 'VendorWebhookError');
