import { redactText, VendorEnvelopeError, VendorNormalizationError } from '@botbridge/core';
import type { components } from './generated/schema.js';
import { VENDOR } from './normalize/vendor.js';

// Every SmarterBot response is wrapped in `{ Data, Version, Success, Code, Message }`. The vendor
// says to check the HTTP status *and* `Code`/`Message`, and the envelope style allows a failure
// delivered as HTTP 200 with `Success: false` (the spec's `businessFailure` example), so a 2xx is
// not a success until `Success` says so. https://chat.smarterbot.ai/guides/developer/api/lead

/** The response wrapper shared by every SmarterBot endpoint. */
export type Envelope = components['schemas']['Envelope'];

/** What `checkEnvelope` needs to know of the response, for its error and the scrubbing. */
export interface EnvelopeContext {
  /** The client method that got the response, named in the error (e.g. `listLeads`). */
  operation: string;
  /** HTTP status the envelope arrived with (a 2xx when the failure is reported in-band). */
  status: number;
  /** Credentials the client holds; scrubbed from the vendor's message. */
  secrets: readonly string[];
}

/** Pulls a readable reason (`Message`, with `Code`) out of a SmarterBot body for error messages. */
export function describeError(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim() || undefined;
  if (typeof body !== 'object' || body === null) return undefined;
  const { Message, Code } = body as { Message?: unknown; Code?: unknown };
  const message = typeof Message === 'string' && Message.trim() !== '' ? Message.trim() : undefined;
  const hasCode = typeof Code === 'number' || (typeof Code === 'string' && Code.trim() !== '');
  const code = hasCode ? `Code ${String(Code).trim()}` : undefined;
  if (message && code) return `${message} (${code})`;
  return message ?? code;
}

/**
 * Returns the envelope when it reports success.
 * @throws VendorEnvelopeError (carrying `Code` and the scrubbed `Message`) when `Success` is
 *   anything but `true`.
 * @throws VendorNormalizationError when the body is not an envelope at all.
 */
export function checkEnvelope<T extends Envelope>(
  body: T | null | undefined,
  context: EnvelopeContext,
): T {
  const { operation, status, secrets } = context;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new VendorNormalizationError(
      `${VENDOR} ${operation}: expected the {Data, Success, Code, Message} envelope`,
      { vendor: VENDOR, operation, status },
    );
  }
  if (body.Success === true) return body;
  const code: unknown = body.Code;
  const vendorCode =
    typeof code === 'number'
      ? code
      : typeof code === 'string'
        ? redactText(code, secrets)
        : undefined;
  const vendorMessage =
    typeof body.Message === 'string' && body.Message.trim() !== ''
      ? redactText(body.Message, secrets)
      : undefined;
  const reason = describeError({ Code: vendorCode, Message: vendorMessage });
  const detail = reason ? `: ${reason.slice(0, 300)}` : '';
  throw new VendorEnvelopeError(
    `${VENDOR} ${operation} failed with Success: false (HTTP ${status})${detail}`,
    { vendor: VENDOR, operation, status, vendorCode, vendorMessage },
  );
}

const TRANSIENT_CODES = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Whether a success response carries an envelope that reports a transient failure (`Success:
 * false` with a `Code` such as 503 or 429), which an idempotent read may repeat.
 */
export function isTransientEnvelope(_status: number, body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { Success, Code } = body as { Success?: unknown; Code?: unknown };
  return Success === false && TRANSIENT_CODES.has(Number(Code));
}
