import { type WebhookContext, webhookFailure } from '@botbridge/core';
import { VENDOR } from './normalize/vendor.js';

/**
 * The header SmarterBot signs every webhook delivery in.
 * https://chat.smarterbot.ai/guides/developer/webhook/lead
 */
export const SMARTERBOT_SIGNATURE_HEADER = 'X-Webhook-Signature';

/**
 * Most `v1` signatures read from one header. SmarterBot documents one; more are accepted for a key
 * rotation on its side (not documented), and the bound keeps a forged header from making the
 * receiver compute one HMAC per value of a header of many kilobytes (our choice).
 */
export const MAX_SMARTERBOT_SIGNATURES = 16;

/** An `X-Webhook-Signature` value, read. */
export interface SmarterBotSignatureHeader {
  /**
   * `t` exactly as sent (its digits): the signed text starts with these characters, so a `t` with
   * leading zeros is signed as written, not as the number they make.
   */
  timestampText: string;
  /** `t` as a number: the UNIX time of the delivery, in seconds. */
  timestamp: number;
  /** Every `v1` value, in order: 64 hex digits each (lowercase as documented; any case read). */
  signatures: string[];
}

const TIMESTAMP = /^\d{1,15}$/;
const HEX_SIGNATURE = /^[0-9a-fA-F]{64}$/;

/**
 * Reads an `X-Webhook-Signature` value, `t=<UNIX seconds>,v1=<64 hex digits>`, as SmarterBot's
 * sample does (split on `,`, then on the first `=`; refuse a value without `t` or `v1`).
 *
 * - Several `v1` entries (a key rotation on the vendor's side; not documented) are all kept, up to
 *   `MAX_SMARTERBOT_SIGNATURES`; a receiver accepts the delivery when any one matches.
 * - Entries with other keys (a future `v2`, say) are ignored, as Stripe's scheme, which this one
 *   follows, does; blank entries and spaces around entries (a proxy joining repeated headers with
 *   `, `) are ignored too.
 * - Refused: an entry without `=`, no `t` or several, a `t` that is not 1–15 digits, no `v1`, a
 *   `v1` that is not 64 hex digits, more than `MAX_SMARTERBOT_SIGNATURES` `v1` entries.
 *
 * Error messages name keys, counts and lengths only, never a value.
 * https://chat.smarterbot.ai/guides/developer/webhook/lead
 * @throws VendorWebhookError (`signature`) when the value cannot be read.
 */
export function parseSmarterBotSignatureHeader(value: string): SmarterBotSignatureHeader {
  return readSignatureHeader(
    { vendor: VENDOR, operation: 'parseSmarterBotSignatureHeader' },
    value,
  );
}

/** `parseSmarterBotSignatureHeader` raising its errors in the receiver's name. @internal */
export function readSignatureHeader(
  context: WebhookContext,
  value: string,
): SmarterBotSignatureHeader {
  const refuse = (detail: string) =>
    webhookFailure(context, 'signature', `${SMARTERBOT_SIGNATURE_HEADER} ${detail}`);
  if (typeof value !== 'string') throw refuse(`must be a string, got ${typeof value}`);
  let timestampText: string | undefined;
  const signatures: string[] = [];
  for (const raw of value.split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const equals = entry.indexOf('=');
    if (equals < 0) throw refuse(`has an entry without \`=\` (${entry.length} characters)`);
    const key = entry.slice(0, equals);
    const text = entry.slice(equals + 1);
    if (key === 't') {
      if (timestampText !== undefined) throw refuse('has more than one `t`');
      if (!TIMESTAMP.test(text)) {
        throw refuse(
          `has a \`t\` that is not a UNIX time in seconds (1 to 15 digits; got ${text.length} characters)`,
        );
      }
      timestampText = text;
    } else if (key === 'v1') {
      if (!HEX_SIGNATURE.test(text)) {
        throw refuse(`has a \`v1\` that is not 64 hex digits (got ${text.length} characters)`);
      }
      if (signatures.length === MAX_SMARTERBOT_SIGNATURES) {
        throw refuse(`has more than ${MAX_SMARTERBOT_SIGNATURES} \`v1\` signatures`);
      }
      signatures.push(text);
    }
  }
  if (timestampText === undefined) throw refuse('has no `t` (the signed UNIX time)');
  if (signatures.length === 0) throw refuse('has no `v1` signature');
  return { timestampText, timestamp: Number(timestampText), signatures };
}
