import { VendorWebhookError, type WebhookFailureReason } from '../errors/webhook-error.js';
import { quoteUnsafeIntegers } from '../http/exact-integers.js';

/**
 * A webhook body as the receiver got it off the wire: the text, or its bytes. A signature is made
 * over these exact bytes, so pass them before any JSON body parser has run (`express.raw()`,
 * `request.text()`, the `data` chunks of a `node:http` request).
 */
export type WebhookBody = string | Uint8Array | ArrayBuffer;

/**
 * The request headers: a `Headers` (fetch, frameworks built on web requests) or a plain object
 * (`node:http`'s `IncomingHttpHeaders`, Express's `req.headers`). Names match case-insensitively;
 * a header sent several times is read as its values joined with `,`.
 */
export type WebhookHeaders =
  | Headers
  | Readonly<Record<string, string | readonly string[] | number | undefined>>;

/** Which receiver is reading a delivery, for the errors it raises. @internal */
export interface WebhookContext {
  vendor: string;
  /** The receiver function (`parseSmarterBotWebhook`, …). */
  operation: string;
}

/** A refused delivery (see `VendorWebhookError`). @internal */
export function webhookFailure(
  context: WebhookContext,
  reason: WebhookFailureReason,
  detail: string,
): VendorWebhookError {
  return new VendorWebhookError(`${context.vendor} ${context.operation}: ${detail}`, {
    ...context,
    reason,
  });
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const encoder = new TextEncoder();

/**
 * The body's bytes (what a signature covers) and its text.
 * @throws VendorWebhookError (`malformed`) when `body` is not a string or bytes (an object a JSON
 *   body parser already made cannot be verified, nor read as what the vendor sent) or its bytes are
 *   not UTF-8.
 * @internal
 */
export function webhookBody(
  context: WebhookContext,
  body: unknown,
): { bytes: Uint8Array; text: string } {
  if (typeof body === 'string') return { bytes: encoder.encode(body), text: body };
  const bytes =
    body instanceof Uint8Array
      ? body
      : body instanceof ArrayBuffer
        ? new Uint8Array(body)
        : undefined;
  if (body === undefined) {
    throw webhookFailure(
      context,
      'malformed',
      "no body was given: the request's body was not read (with express.raw(), check that its `type` matches the request's Content-Type)",
    );
  }
  if (bytes === undefined) {
    throw webhookFailure(
      context,
      'malformed',
      `the body must be the raw request body (a string, Uint8Array/Buffer or ArrayBuffer), got ${describeWebhookValue(body)}: a JSON body parser that ran first has already replaced the bytes the vendor sent (use express.raw() or read the request as text)`,
    );
  }
  try {
    return { bytes, text: strictUtf8.decode(bytes) };
  } catch {
    throw webhookFailure(context, 'malformed', 'the body is not UTF-8 text');
  }
}

/**
 * What a value of a delivery is, for an error message: its JSON kind, never its content (which
 * may be personal data or a secret).
 * @internal
 */
export function describeWebhookValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'absent';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.trim() === '' ? 'a blank string' : 'a string';
  return `a ${typeof value}`;
}

/**
 * The body's JSON value, integers past ±(2^53 − 1) read as strings of their exact digits, as the
 * REST clients read them (see `quoteUnsafeIntegers`): a record that arrives by webhook keeps the id
 * it has when read by polling (`JSON.parse` alone would round SmarterBot's SessionID
 * 9007199254740993 to …992, another session's).
 * @throws VendorWebhookError (`malformed`) when the text is not JSON. The message does not quote
 *   the body, which may hold personal data.
 * @internal
 */
export function webhookJson(context: WebhookContext, text: string): unknown {
  try {
    return JSON.parse(quoteUnsafeIntegers(text));
  } catch {
    throw webhookFailure(context, 'malformed', `the body is not JSON (${text.length} characters)`);
  }
}

/**
 * The value of header `name` (any case), or `undefined` when absent. Several values (an array in
 * `node:http` headers) are joined with `,`, as `Headers` joins them.
 * @throws VendorWebhookError (`malformed`) when `headers` is neither a `Headers` nor an object.
 * @internal
 */
export function webhookHeader(
  context: WebhookContext,
  headers: unknown,
  name: string,
): string | undefined {
  if (typeof Headers !== 'undefined' && headers instanceof Headers) {
    return headers.get(name) ?? undefined;
  }
  if (typeof headers !== 'object' || headers === null) {
    throw webhookFailure(
      context,
      'malformed',
      `the headers must be a Headers or a plain object of the request's headers, got ${describeWebhookValue(headers)}`,
    );
  }
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) {
      if (typeof one !== 'string' && typeof one !== 'number') {
        throw webhookFailure(
          context,
          'malformed',
          `header ${name} must be a string (or strings), got ${describeWebhookValue(one)}`,
        );
      }
      values.push(String(one));
    }
  }
  return values.length === 0 ? undefined : values.join(',');
}

/**
 * The body and headers of a web-standard `Request` (the body read once, as bytes), for the
 * `…Request` receivers of the vendor packages.
 * @internal
 */
export async function readWebhookRequest(
  context: WebhookContext,
  request: Request,
): Promise<{ body: Uint8Array; headers: Headers }> {
  if (request.bodyUsed) {
    throw webhookFailure(
      context,
      'malformed',
      'the request body was already read: pass the Request before anything reads it, or pass its raw body to the parse function',
    );
  }
  return { body: new Uint8Array(await request.arrayBuffer()), headers: request.headers };
}

/**
 * Whether `a` and `b` are the same string, in a time that does not depend on where they differ
 * (only on their lengths): for tokens a caller echoes back, which a timing difference must not
 * help an attacker guess character by character.
 * @internal
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  const length = Math.max(left.length, right.length);
  let difference = left.length ^ right.length;
  for (let at = 0; at < length; at++) difference |= (left[at] ?? 0) ^ (right[at] ?? 0);
  return difference === 0;
}

/**
 * Whether `signatureHex` is the HMAC-SHA256 of `message` under `secret` (UTF-8), checked by Web
 * Crypto's `verify`, which compares in constant time. A signature that is not 64 hex digits is
 * simply not a match.
 * @internal
 */
export async function verifyHmacSha256Hex(
  secret: string,
  message: Uint8Array,
  signatureHex: string,
): Promise<boolean> {
  if (!/^[0-9a-fA-F]{64}$/.test(signatureHex)) return false;
  const signature = new Uint8Array(32);
  for (let at = 0; at < 32; at++) {
    signature[at] = Number.parseInt(signatureHex.slice(at * 2, at * 2 + 2), 16);
  }
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['verify'],
  );
  // Web Crypto takes bytes backed by an ArrayBuffer; a Buffer over a shared pool is copied.
  const data =
    message.buffer instanceof ArrayBuffer ? (message as Uint8Array<ArrayBuffer>) : message.slice();
  return crypto.subtle.verify('HMAC', key, signature, data);
}

/**
 * The common options of the webhook receivers that check a signed timestamp.
 */
export interface WebhookTimestampOptions {
  /**
   * How far the signed timestamp may lie from now, in seconds, either way: older deliveries are
   * refused as replays, newer ones as forged or from a badly skewed clock. `0` accepts only the
   * current second; `Infinity` turns the check off.
   * @default 300 (5 minutes)
   */
  toleranceSeconds?: number;
  /**
   * The current time in epoch milliseconds, for tests and for receivers that verify a stored
   * delivery later.
   * @default Date.now
   */
  now?: () => number;
}

/** The default `toleranceSeconds`: five minutes, as the schemes this follows use. */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

/**
 * Refuses a signed timestamp (epoch seconds) outside the tolerance around now.
 * @throws VendorWebhookError (`timestamp`) when stale or in the future; (`options`) when the
 *   tolerance is not a number ≥ 0.
 * @internal
 */
export function checkWebhookTimestamp(
  context: WebhookContext,
  seconds: number,
  options: WebhookTimestampOptions,
): void {
  const tolerance = options.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
  if (typeof tolerance !== 'number' || Number.isNaN(tolerance) || tolerance < 0) {
    throw webhookFailure(
      context,
      'options',
      `toleranceSeconds must be a number ≥ 0 (seconds; Infinity turns the check off), got ${String(tolerance)}`,
    );
  }
  const nowMs = (options.now ?? Date.now)();
  if (typeof nowMs !== 'number' || !Number.isFinite(nowMs)) {
    throw webhookFailure(
      context,
      'options',
      `now() must return the current time in epoch milliseconds, got ${String(nowMs)}`,
    );
  }
  if (!Number.isFinite(seconds)) {
    throw webhookFailure(context, 'timestamp', 'the signed timestamp is not a number of seconds');
  }
  const age = nowMs / 1000 - seconds;
  if (age > tolerance) {
    throw webhookFailure(
      context,
      'timestamp',
      `the signed timestamp is ${Math.round(age)} s old, more than the ${tolerance} s tolerance (a replayed or long-delayed delivery)`,
    );
  }
  if (-age > tolerance) {
    throw webhookFailure(
      context,
      'timestamp',
      `the signed timestamp is ${Math.round(-age)} s in the future, more than the ${tolerance} s tolerance`,
    );
  }
}
