import {
  checkWebhookTimestamp,
  describeWebhookValue,
  isVendorNormalizationError,
  isVendorWebhookError,
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
} from '@botbridge/core';
import type { components } from './generated/schema.js';
import type { ChatSessionRecord, SmarterBotConversation } from './normalize/conversation.js';
import { type LeadRecord, normalizeLead, type SmarterBotLead } from './normalize/lead.js';
import type { SmarterBotMessage } from './normalize/message.js';
import { normalizeChatSession } from './normalize/session.js';
import { isPlainObject, VENDOR } from './normalize/vendor.js';
import { readSignatureHeader, SMARTERBOT_SIGNATURE_HEADER } from './webhook-signature.js';

// SmarterBot's two webhooks, as far as its docs were captured (shared/vendors/webhooks.md §4):
// https://chat.smarterbot.ai/guides/developer/webhook/lead
// https://chat.smarterbot.ai/guides/developer/webhook/conversation
// Each posts a JSON batch once a day to the URL saved in the chatbot's Webhook tab, signed in
// `X-Webhook-Signature: t=<UNIX seconds>,v1=<64 hex>`. The payload sections were not captured:
// the bodies are read as the REST answers' records (inferred), bare or in the REST envelope.

/** Body of the daily leads webhook as the spec types it (inferred shape; see the spec). */
export type LeadsWebhookBody = components['schemas']['LeadsWebhookBody'];
/** Body of the daily conversation webhook as the spec types it (inferred shape; see the spec). */
export type ConversationsWebhookBody = components['schemas']['ConversationsWebhookBody'];

/** Which of SmarterBot's two webhooks a delivery comes from. */
export type SmarterBotWebhookKind = 'leads' | 'conversations';

/** Options of `parseSmarterBotWebhook` and `parseSmarterBotWebhookRequest`. */
export interface SmarterBotWebhookOptions extends WebhookTimestampOptions {
  /**
   * The chatbot's webhook **Sign Key**, which the dashboard generates when the webhook URL is saved
   * (Webhook tab of the chatbot's workspace). Several keys while rotating: a delivery signed with
   * any one of them is accepted. Each is used as its UTF-8 bytes (inferred: how the vendor encodes
   * the key was not captured).
   * https://chat.smarterbot.ai/guides/developer/webhook/lead
   */
  secret: string | readonly string[];
  /**
   * How far the signed `t` may lie from now, in seconds, either way. SmarterBot documents no
   * tolerance (that part of its page was not captured); five minutes is our choice, as in the
   * Stripe scheme the signature follows. A delivery the vendor retries is signed anew (inferred),
   * so a retry is not refused as stale.
   * @default 300
   */
  toleranceSeconds?: number;
  /**
   * Which webhook this endpoint receives. Give it when each webhook has its own URL: an empty
   * batch is then still that kind, and a body of the other kind is refused. Without it the kind is
   * told from the body's shape (inferred: the body carries no event name): records with lead fields
   * (`Type`, `Name`, `Email`, `PhoneNumber`, `Content`, `Count`) are leads, records with `Messages`
   * are chat sessions, and anything else (an empty batch included) is `type: 'unknown'`.
   */
  kind?: SmarterBotWebhookKind;
  /**
   * The chatbot's serial number, as `botId` of the conversations (as the REST reads give it). The
   * webhook body is not known to carry it, and a webhook is configured per chatbot.
   */
  serialNumber?: string;
}

/** What every SmarterBot webhook event carries besides its own fields. */
export interface SmarterBotWebhookEventBase {
  /** The signed `t` of the delivery: when SmarterBot sent it, in UNIX seconds. */
  timestamp: number;
}

/** The daily leads webhook: the chatbot's lead and appointment records. */
export interface SmarterBotLeadsWebhookEvent extends SmarterBotWebhookEventBase {
  /** Always `'leads'`: the body held lead records (or `kind: 'leads'` said so). */
  type: 'leads';
  /** The records as botbridge leads, in the order sent: the same ids as `listLeads` gives. */
  leads: SmarterBotLead[];
  /** The body as received: a bare array of records or the REST envelope around them. */
  raw: LeadsWebhookBody;
}

/** The daily conversation webhook: the chatbot's chat sessions with their turns. */
export interface SmarterBotConversationsWebhookEvent extends SmarterBotWebhookEventBase {
  /** Always `'conversations'`: the body held chat sessions (or `kind: 'conversations'` said so). */
  type: 'conversations';
  /** The sessions as botbridge conversations, in the order sent (ids as `getChatHistory`'s). */
  conversations: SmarterBotConversation[];
  /** Every session's turns, session by session, in order (ids as `getChatHistory`'s). */
  messages: SmarterBotMessage[];
  /** The body as received: a bare array of sessions or the REST envelope around them. */
  raw: ConversationsWebhookBody;
}

/**
 * A verified delivery whose body is neither kind: SmarterBot names no event in its bodies, so
 * `vendorType` is always `undefined`. Without the `kind` option an empty batch is one of these.
 */
export interface SmarterBotUnknownWebhookEvent extends SmarterBotWebhookEventBase {
  /** Always `'unknown'`: the body is neither kind of record. */
  type: 'unknown';
  /** Always `undefined`: SmarterBot bodies name no event. */
  vendorType: undefined;
  /** The body's JSON value as received (integers past 2^53 − 1 as strings of their digits). */
  raw: unknown;
}

/** A verified SmarterBot webhook delivery, told apart by `type`. */
export type SmarterBotWebhookEvent =
  | SmarterBotLeadsWebhookEvent
  | SmarterBotConversationsWebhookEvent
  | SmarterBotUnknownWebhookEvent;

/**
 * Verifies and reads one SmarterBot webhook delivery.
 *
 * Steps, each refusing with a `VendorWebhookError` of the reason given:
 * 1. options: a non-empty `secret` (or list of them), a valid `kind`, tolerance and clock
 *    (`options`);
 * 2. the body: its raw bytes (`malformed` for an object a JSON body parser already made);
 * 3. `X-Webhook-Signature` (`missing-header` when absent or blank), read as
 *    `parseSmarterBotSignatureHeader` reads it (`signature`);
 * 4. the signature: HMAC-SHA256 under the Sign Key of the bytes `<t>.<body>`, the body exactly as
 *    received (never re-serialized), compared in constant time against each `v1`; one match under
 *    one configured secret is enough (`signature`). Inferred: the vendor names no algorithm (a
 *    64-hex digest fits SHA-256) and the end of its sample, which says whether it signs the raw
 *    body or a re-serialized `JSON.stringify(req.body)`, was not captured; check with a real
 *    delivery.
 * 5. the signed `t` within `toleranceSeconds` of now (`timestamp`; `options` when `now()` does not
 *    answer a finite number);
 * 6. the body as JSON (`malformed`), integers past 2^53 − 1 kept exact as strings, as the REST
 *    client keeps them, so a `SessionID` has the same id either way;
 * 7. the records, normalized with the REST normalizers (`normalizeLead`, `normalizeChatSession`):
 *    a record that is not an object, a `Messages` that is not a list of objects, or a `SessionID`
 *    no number can hold exactly is `malformed`, naming the field. Fields of another type are read
 *    exactly as the REST reads read them, so that one odd record does not make the vendor retry
 *    the whole day's batch.
 *
 * Answer a refused delivery with a 4xx (400 for `malformed`, 401 otherwise), except `options`: a
 * receiver's own misconfiguration, better a 5xx, which the vendor may retry once it is fixed
 * (its retry policy was not captured). Error messages name
 * fields, counts and lengths, never the secret, a signature or the body.
 * https://chat.smarterbot.ai/guides/developer/webhook/lead
 * https://chat.smarterbot.ai/guides/developer/webhook/conversation
 * @param body The raw request body (text or bytes) as received.
 * @param headers The request headers (`Headers` or a plain object; names in any case).
 * @throws VendorWebhookError (`options` | `malformed` | `missing-header` | `signature` |
 *   `timestamp`).
 */
export function parseSmarterBotWebhook(
  body: WebhookBody,
  headers: WebhookHeaders,
  options: SmarterBotWebhookOptions,
): Promise<SmarterBotWebhookEvent> {
  const context = { vendor: VENDOR, operation: 'parseSmarterBotWebhook' };
  return receive(context, options, () => ({ body, headers }));
}

/**
 * `parseSmarterBotWebhook` over a web-standard `Request` (fetch handlers, Next.js route handlers,
 * Hono, Bun, Deno): reads its body once, as bytes, and verifies and reads it the same way.
 * @throws VendorWebhookError as `parseSmarterBotWebhook`; also `malformed` when `request` is not
 *   a `Request` or its body was already read.
 */
export function parseSmarterBotWebhookRequest(
  request: Request,
  options: SmarterBotWebhookOptions,
): Promise<SmarterBotWebhookEvent> {
  const context = { vendor: VENDOR, operation: 'parseSmarterBotWebhookRequest' };
  return receive(context, options, () => {
    if (typeof Request === 'undefined' || !(request instanceof Request)) {
      throw webhookFailure(context, 'malformed', 'expected a web Request');
    }
    return readWebhookRequest(context, request);
  });
}

interface Settings extends WebhookTimestampOptions {
  secrets: string[];
  kind: SmarterBotWebhookKind | undefined;
  serialNumber: string | undefined;
}

const encoder = new TextEncoder();

async function receive(
  context: WebhookContext,
  options: SmarterBotWebhookOptions,
  read: () => { body: unknown; headers: unknown } | Promise<{ body: unknown; headers: unknown }>,
): Promise<SmarterBotWebhookEvent> {
  const settings = settingsOf(context, options);
  const delivery = await read();
  const { bytes, text } = webhookBody(context, delivery.body);
  const header = signatureHeaderOf(context, delivery.headers);
  const signed = readSignatureHeader(context, header);

  const prefix = encoder.encode(`${signed.timestampText}.`);
  const message = new Uint8Array(prefix.length + bytes.length);
  message.set(prefix);
  message.set(bytes, prefix.length);
  if (!(await anySignatureMatches(settings.secrets, message, signed.signatures))) {
    throw webhookFailure(
      context,
      'signature',
      `no ${SMARTERBOT_SIGNATURE_HEADER} signature matches the body (${signed.signatures.length} v1 value(s) checked against ${settings.secrets.length} secret(s)): a forged or altered delivery, a body changed before it reached the receiver (a JSON body parser), or the wrong Sign Key`,
    );
  }
  // After the signature, so that a forger learns nothing about the clock from the answer.
  checkWebhookTimestamp(context, signed.timestamp, {
    toleranceSeconds: settings.toleranceSeconds,
    now: () => clockOf(context, settings),
  });

  // Integers past 2^53 − 1 (SessionIDs) are kept exact, as the REST reads keep them.
  const payload = webhookJson(context, text);
  return eventOf(context, payload, settings, signed.timestamp);
}

async function anySignatureMatches(
  secrets: readonly string[],
  message: Uint8Array,
  signatures: readonly string[],
): Promise<boolean> {
  // Every comparison is constant-time (Web Crypto's verify); stopping at the first match tells a
  // timing observer only which pair matched, not anything about an expected signature.
  for (const secret of secrets) {
    for (const signature of signatures) {
      if (await verifyHmacSha256Hex(secret, message, signature)) return true;
    }
  }
  return false;
}

function settingsOf(context: WebhookContext, options: unknown): Settings {
  const refuse = (detail: string) => webhookFailure(context, 'options', detail);
  if (!isPlainObject(options)) {
    throw refuse('options must be an object with the chatbot\u2019s Sign Key as `secret`');
  }
  const secrets = secretsOf(options.secret, refuse);
  const { kind, serialNumber, toleranceSeconds, now } = options;
  if (kind !== undefined && kind !== 'leads' && kind !== 'conversations') {
    throw refuse("kind must be 'leads', 'conversations' or absent");
  }
  if (serialNumber !== undefined && typeof serialNumber !== 'string') {
    throw refuse(`serialNumber must be a string, got ${typeof serialNumber}`);
  }
  if (
    toleranceSeconds !== undefined &&
    (typeof toleranceSeconds !== 'number' || Number.isNaN(toleranceSeconds) || toleranceSeconds < 0)
  ) {
    throw refuse(
      'toleranceSeconds must be a number \u2265 0 (seconds; Infinity turns the check off)',
    );
  }
  if (now !== undefined && typeof now !== 'function') {
    throw refuse(`now must be a function returning epoch milliseconds, got ${typeof now}`);
  }
  return {
    secrets,
    kind,
    serialNumber,
    toleranceSeconds,
    now: now as (() => number) | undefined,
  };
}

/**
 * The current time in epoch milliseconds. A clock that answers anything but a finite number would
 * make every age NaN, and NaN is never beyond a tolerance: core's check would let any timestamp
 * through, so such a clock is refused here.
 */
function clockOf(context: WebhookContext, settings: Settings): number {
  const time: unknown = (settings.now ?? Date.now)();
  if (typeof time !== 'number' || !Number.isFinite(time)) {
    throw webhookFailure(
      context,
      'options',
      `now() must return epoch milliseconds (a finite number), got ${typeof time === 'number' ? String(time) : typeof time}`,
    );
  }
  return time;
}

function secretsOf(value: unknown, refuse: (detail: string) => Error): string[] {
  const list: readonly unknown[] | undefined =
    typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
  if (list === undefined) {
    throw refuse(
      `secret must be the chatbot\u2019s Sign Key (a string) or a list of them, got ${value === null ? 'null' : typeof value}`,
    );
  }
  if (list.length === 0) throw refuse('secret is an empty list: give at least one Sign Key');
  list.forEach((secret, index) => {
    const where = typeof value === 'string' ? 'secret' : `secret[${index}]`;
    if (typeof secret !== 'string') throw refuse(`${where} must be a string, got ${typeof secret}`);
    if (secret.trim() === '') throw refuse(`${where} is empty: give the chatbot\u2019s Sign Key`);
  });
  return list as string[];
}

function signatureHeaderOf(context: WebhookContext, headers: unknown): string {
  let value: string | undefined;
  try {
    value = webhookHeader(context, headers, SMARTERBOT_SIGNATURE_HEADER);
  } catch (error) {
    if (isVendorWebhookError(error)) throw error;
    // A header value that cannot even be turned into text (an object without a prototype).
    throw webhookFailure(context, 'malformed', 'the headers could not be read as text');
  }
  // A blank value is what some proxies forward for a header that was not sent.
  if (value === undefined || value.trim() === '') {
    throw webhookFailure(
      context,
      'missing-header',
      `${SMARTERBOT_SIGNATURE_HEADER} is missing: SmarterBot signs every delivery, so this one did not come from it (or a proxy dropped the header)`,
    );
  }
  return value;
}

// --- The payload ------------------------------------------------------------------------------

/** Keys only a LeadList record has (a chat session has `SessionID`, `CreateTime`, `URI` too). */
const LEAD_KEYS = ['Type', 'Name', 'Email', 'PhoneNumber', 'Content', 'Count'] as const;

type Records =
  | { ok: true; list: readonly unknown[]; path: string }
  | { ok: false; problem: string };

/** The records of a bare array, or of an envelope's `Data` (`null`: none). */
function recordsOf(payload: unknown): Records {
  if (Array.isArray(payload)) return { ok: true, list: payload, path: '' };
  if (isPlainObject(payload) && Object.hasOwn(payload, 'Data')) {
    const data = payload.Data;
    if (Array.isArray(data)) return { ok: true, list: data, path: 'Data' };
    if (data === null) return { ok: true, list: [], path: 'Data' };
    return {
      ok: false,
      problem: `\`Data\` is ${describeWebhookValue(data)}, expected an array or null`,
    };
  }
  return {
    ok: false,
    problem: `the body is ${describeWebhookValue(payload)}, expected an array of records or an envelope with \`Data\``,
  };
}

/** The kind the records' fields show, if they show exactly one. */
function kindShown(records: readonly unknown[]): SmarterBotWebhookKind | undefined {
  let leads = false;
  let sessions = false;
  for (const record of records) {
    if (!isPlainObject(record)) continue;
    if (!leads) leads = LEAD_KEYS.some((key) => Object.hasOwn(record, key));
    if (!sessions) sessions = Object.hasOwn(record, 'Messages');
    if (leads && sessions) return undefined;
  }
  if (leads === sessions) return undefined;
  return leads ? 'leads' : 'conversations';
}

function eventOf(
  context: WebhookContext,
  payload: unknown,
  settings: Settings,
  timestamp: number,
): SmarterBotWebhookEvent {
  const records = recordsOf(payload);
  const shown = records.ok ? kindShown(records.list) : undefined;
  const kind = settings.kind ?? shown;
  if (kind === undefined)
    return { type: 'unknown', vendorType: undefined, timestamp, raw: payload };
  const malformed = (detail: string) => webhookFailure(context, 'malformed', detail);
  if (!records.ok) throw malformed(`${kind} webhook: ${records.problem}`);
  if (shown !== undefined && shown !== kind) {
    throw malformed(
      kind === 'leads'
        ? 'leads webhook: the records carry `Messages` and no lead field: they look like chat sessions (is this the chatbot\u2019s conversation webhook?)'
        : 'conversations webhook: the records carry lead fields and no `Messages`: they look like leads (is this the chatbot\u2019s leads webhook?)',
    );
  }
  const at = (index: number) => `${records.path}[${index}]`;
  if (kind === 'leads') {
    const leads = records.list.map((record, index) => {
      const path = at(index);
      requireRecord(record, path, 'lead record', malformed);
      requireExactSessionId(record, path, malformed);
      return normalized(() => normalizeLead(record as LeadRecord), path, malformed);
    });
    return { type: 'leads', timestamp, leads, raw: payload as LeadsWebhookBody };
  }
  const conversations: SmarterBotConversation[] = [];
  const messages: SmarterBotMessage[] = [];
  records.list.forEach((record, index) => {
    const path = at(index);
    requireRecord(record, path, 'chat session', malformed);
    requireExactSessionId(record, path, malformed);
    const turns = record.Messages;
    if (turns !== undefined && turns !== null) {
      if (!Array.isArray(turns)) {
        throw malformed(
          `\`${path}.Messages\` is ${describeWebhookValue(turns)}, expected an array of turns`,
        );
      }
      turns.forEach((turn, position) => {
        requireRecord(turn, `${path}.Messages[${position}]`, 'turn', malformed);
      });
    }
    const session = normalized(
      () => normalizeChatSession(record as ChatSessionRecord, settings.serialNumber),
      path,
      malformed,
    );
    conversations.push(session.conversation);
    for (const message of session.messages) messages.push(message);
  });
  return {
    type: 'conversations',
    timestamp,
    conversations,
    messages,
    raw: payload as ConversationsWebhookBody,
  };
}

type Refuse = (detail: string) => Error;

function requireRecord(
  value: unknown,
  path: string,
  what: string,
  malformed: Refuse,
): asserts value is Record<string, unknown> {
  if (!isPlainObject(value)) {
    throw malformed(`\`${path}\` is ${describeWebhookValue(value)}, expected a ${what} object`);
  }
}

/**
 * A `SessionID` past 2^53 − 1 arrives as its digits (see `parseJson`); only one written in exponent
 * form (`1e20`) is still a number that cannot be exact, which the REST normalizers refuse too.
 */
function requireExactSessionId(
  record: Record<string, unknown>,
  path: string,
  malformed: Refuse,
): void {
  const id = record.SessionID;
  if (typeof id === 'number' && Number.isInteger(id) && !Number.isSafeInteger(id)) {
    throw malformed(
      `\`${path}.SessionID\` is an integer beyond 2^53 \u2212 1 written as a float, which cannot be read exactly`,
    );
  }
}

/** Runs a REST normalizer; what it still refuses is `malformed` at `path` (never a TypeError). */
function normalized<T>(run: () => T, path: string, malformed: Refuse): T {
  try {
    return run();
  } catch (error) {
    if (isVendorNormalizationError(error)) {
      throw malformed(`\`${path}\` cannot be normalized: ${error.message}`);
    }
    throw error;
  }
}
