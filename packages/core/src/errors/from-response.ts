import { parseRetryAfter } from '../retry/retry-after.js';
import { VendorAuthenticationError } from './authentication-error.js';
import { VendorHttpError, type VendorHttpErrorOptions } from './http-error.js';
import { VendorRateLimitError } from './rate-limit-error.js';
import { redactText, redactUrl, redactValue } from './redact.js';

const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-correlation-id', 'cf-ray'];

/** Where a failed response came from, and what `errorFromResponse` needs to describe it safely. */
export interface FailedResponseContext {
  /** The vendor integration (`'closebot'`, `'opencx'`, ...), as the error reports it. */
  vendor: string;
  /** The vendor operation (its OpenAPI operationId), as the error reports it. */
  operation: string;
  /** Credentials the client holds; scrubbed from everything the error keeps. */
  secrets: readonly string[];
  /** Pulls the vendor's human-readable reason out of its error body, if it has one. */
  describe?: (body: unknown) => string | undefined;
  /** Clock for Retry-After HTTP-dates; tests pin it. */
  now?: () => number;
}

/**
 * Maps a failed HTTP response to the matching error class: 401/403 → authentication,
 * 429 → rate limit (with the wait the server asked for), anything else → `VendorHttpError`.
 */
export function errorFromResponse(
  response: Response,
  body: unknown,
  request: { method: string; url: string },
  context: FailedResponseContext,
): VendorHttpError {
  const { vendor, operation, secrets } = context;
  const safeBody = redactValue(body, secrets);
  const reason = context.describe?.(safeBody);
  const status = response.status;
  const detail = reason ? `: ${redactText(reason, secrets).slice(0, 300)}` : '';
  const message = `${vendor} ${operation} failed with HTTP ${status}${detail}`;
  // The request id is the one header an error keeps, and it is the server's text: a gateway that
  // echoes the credential into it would otherwise hand it to every log of the error.
  const requestId = REQUEST_ID_HEADERS.map((name) => response.headers.get(name)).find(Boolean);
  const options: VendorHttpErrorOptions = {
    vendor,
    operation,
    status,
    body: safeBody,
    request: { method: request.method, url: redactUrl(request.url, secrets) },
    requestId: requestId ? redactText(requestId, secrets) : undefined,
    // Any status may carry it (a 503 for maintenance too): the caller can schedule the next run.
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), context.now?.()),
  };
  if (status === 401 || status === 403) return new VendorAuthenticationError(message, options);
  if (status === 429) return new VendorRateLimitError(message, options);
  return new VendorHttpError(message, options);
}
