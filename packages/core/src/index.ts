// Input checks for vendor methods
export {
  type ArgumentChecks,
  argumentChecks,
  type IdRule,
  type IntegerRange,
} from './arguments/checks.js';
// Errors
export { VendorArgumentError, type VendorArgumentErrorOptions } from './errors/argument-error.js';
export { VendorAuthenticationError } from './errors/authentication-error.js';
export { VendorEnvelopeError, type VendorEnvelopeErrorOptions } from './errors/envelope-error.js';
export { errorFromResponse, type FailedResponseContext } from './errors/from-response.js';
export {
  isVendorArgumentError,
  isVendorAuthenticationError,
  isVendorEnvelopeError,
  isVendorError,
  isVendorHttpError,
  isVendorNetworkError,
  isVendorNormalizationError,
  isVendorRateLimitError,
  isVendorTimeoutError,
  isVendorUnsupportedError,
  isVendorValidationError,
  isVendorWebhookError,
} from './errors/guards.js';
export { VendorHttpError, type VendorHttpErrorOptions } from './errors/http-error.js';
export { VendorNetworkError } from './errors/network-error.js';
export { VendorNormalizationError } from './errors/normalization-error.js';
export {
  VendorRateLimitError,
  type VendorRateLimitErrorOptions,
} from './errors/rate-limit-error.js';
export { REDACTED, redactText, redactUrl, redactValue } from './errors/redact.js';
export { VendorTimeoutError } from './errors/timeout-error.js';
export { VendorValidationError } from './errors/validation-error.js';
export { VendorError, type VendorErrorOptions } from './errors/vendor-error.js';
export {
  VendorWebhookError,
  type VendorWebhookErrorOptions,
  type WebhookFailureReason,
} from './errors/webhook-error.js';
// HTTP plumbing for vendor packages
export { type ApiClient, type ApiClientConfig, createApiClient } from './http/api-client.js';
export type { CallOptions, ClientOptions } from './http/client-options.js';
export { requireCredential } from './http/credentials.js';
export { JSON_READER, type JsonReader } from './http/json-reader.js';
export type { OperationInfo } from './http/operations.js';
export { isUnsafePathSegment, PATH_SEGMENT_EXPECTED } from './http/path-segments.js';
export { type Call, createCall, type FetchResult, type UnwrapConfig } from './http/unwrap.js';
export type {
  Logger,
  ResponseValidator,
  ResponseValidators,
  ValidationMode,
} from './http/validation.js';
// Model
export type { Contact } from './model/contact.js';
export type { Conversation, ConversationStatus, Sentiment } from './model/conversation.js';
export type { Identity } from './model/identity.js';
export type { Lead, LeadKind, LeadSource } from './model/lead.js';
export type { Attachment, Message, MessageRole } from './model/message.js';
export type { VendorId } from './model/vendor.js';
// Normalization helpers (pure)
export { derivedId } from './normalize/derived-id.js';
export { cleanId, cleanString, compact, type IdContext } from './normalize/text.js';
export { type TimestampOptions, toUtcTimestamp } from './normalize/timestamp.js';
// Pagination
export {
  checkPrefetch,
  collect,
  DEFAULT_PREFETCH,
  MAX_PREFETCH,
  type OffsetAnswer,
  type OffsetPagingOptions,
  type OffsetRequest,
  type Page,
  type PaginateOptions,
  type PagingContext,
  type PagingOptions,
  type PrefetchOption,
  type PrefetchOptions,
  paginate,
  paginateOffset,
} from './pagination.js';
// Proactive rate limiting
export { type RateLimit, RateLimiter, type RatePermit } from './rate-limit/limiter.js';
// Retry policy (pure parts are exported for reuse and inspection)
export { type BackoffOptions, computeBackoff } from './retry/backoff.js';
export type { RetryEvent, RetryOptions } from './retry/options.js';
export { parseRetryAfter } from './retry/retry-after.js';
// One read interface for every vendor
export { applyQuery, inWindow, recordTime, resolveQuery } from './source/apply-query.js';
export type { Capabilities, FilterSide, ListCapability } from './source/capabilities.js';
export { createHub, type Hub } from './source/hub.js';
export type { ResolvedQuery, SourceQuery } from './source/query.js';
export type { Source, Unsupported } from './source/source.js';
export { unsupported } from './source/unsupported.js';
export { VendorUnsupportedError } from './source/unsupported-error.js';
// Webhook receivers: the parts every vendor's receiver shares (body and headers as received,
// signature and token checks, the timestamp tolerance).
export {
  checkWebhookTimestamp,
  constantTimeEqual,
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  describeWebhookValue,
  readWebhookRequest,
  verifyHmacSha256Hex,
  type WebhookBody,
  type WebhookContext,
  type WebhookHeaders,
  type WebhookTimestampOptions,
  webhookBody,
  webhookFailure,
  webhookHeader,
  webhookJson,
} from './webhooks/receive.js';
