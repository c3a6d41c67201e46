import {
  constantTimeEqual,
  describeWebhookValue,
  isVendorWebhookError,
  readWebhookRequest,
  type WebhookBody,
  type WebhookContext,
  type WebhookHeaders,
  webhookBody,
  webhookFailure,
  webhookJson,
} from '@botbridge/core';
import {
  type BotDialogAnswerCallback,
  normalizeBotAnswerMessages,
  type TwinBotMessage,
} from './normalize/bot-answer.js';
import { VENDOR } from './normalize/vendor.js';

// Twin has no webhook registry for chats: calls that start or continue a conversation take a
// callback URL of their own, and Twin POSTs to it. Only the bot-answer body is known (one vendor
// sample); chat-event and message-status bodies are not documented, so they arrive as `unknown`.
// Twin signs nothing: the one check is the `callbackData` token the caller chose, echoed back.
// https://confluence.twin24.ai/pages/diffpages.action?originalId=183861459&pageId=231899148

/** Options of `parseTwin24Callback` and `parseTwin24CallbackRequest`. */
export interface Twin24CallbackOptions {
  /**
   * The token you passed as `callbackData` when you set the callback URL (start a dialog, send a
   * message into one, start a chat session). When given, the payload's echoed `callbackData` must
   * be this exact string (compared in constant time), or the delivery is refused with reason
   * `callback-data`; that includes a payload without `callbackData`, such as a chat-event
   * callback (whose echo field is undocumented; inferred `eventCallbackData`), so give chat events
   * a receiver of their own. When the key is left out, nothing is verified; when it is present it
   * must be a non-empty string, `undefined` included (an unset environment variable must not turn
   * verification off silently).
   *
   * Twin signs no callback and sends no verification header, so this token is the only check in
   * the payload: choose a long random one per integration (or per dialog), keep it secret, and
   * treat every delivery without it as forged. The other defence is the source address: Twin
   * documents 87.251.83.160/27 as the range its hooks come from, for voice-call hooks only
   * (https://wiki.twin-ai.com/voice-bots/api/webhook-for-calls); inferred, unverified, for chat
   * callbacks.
   * @default undefined (no check)
   */
  callbackData?: string;
}

/**
 * The bot's answers in a dialog: what Twin POSTs to the `callbackUrl` of a bot dialog. Known from
 * one vendor sample (https://developers.twin24.ai/reference/startdialog describes the flow).
 */
export interface Twin24BotAnswerCallback {
  /** Always `'bot-answer'`: the payload has both `dialogId` and `messages`. */
  type: 'bot-answer';
  /** The dialog's id (the bot service's, not a chat-service session id: inferred). */
  dialogId: string;
  /** The answering bot, when sent. */
  botId: string | undefined;
  /**
   * The dialog's state as Twin sends it. `STOP` (the dialog ended) is the only value seen; the list
   * is not documented, so any string may come.
   */
  status: string | undefined;
  /**
   * The bot's new messages, in order: `conversationId` = `dialogId`, `role` `bot`, no `createdAt`
   * (the payload has none), and ids derived from the dialog, the answer and the message's position
   * in it (the payload has no message ids), so a redelivered callback gives the same ids.
   */
  messages: TwinBotMessage[];
  /** The payload exactly as received, `callbackData` included. */
  raw: BotDialogAnswerCallback;
}

/**
 * Any other JSON payload: chat-event and message-status callbacks (bodies undocumented, so no
 * shape to recognize them by), and whatever Twin adds. Twin callbacks carry no event-type field,
 * so `vendorType` is always `undefined`.
 */
export interface Twin24UnknownCallback {
  /** Always `'unknown'`: the payload is not a bot answer. */
  type: 'unknown';
  /** Always `undefined`: Twin callbacks name no event type. */
  vendorType: undefined;
  /** The parsed payload exactly as received. */
  raw: unknown;
}

/** A Twin callback delivery, discriminated on `type`. */
export type Twin24Callback = Twin24BotAnswerCallback | Twin24UnknownCallback;

/**
 * Reads (and, with `options.callbackData`, verifies) one Twin callback delivery.
 *
 * A payload is a bot answer when it is a JSON object with both `dialogId` and `messages` (the
 * fields the one documented payload always has and an undocumented callback is least likely to
 * share: inferred, since Twin sends no event type); anything else that is JSON is
 * `{ type: 'unknown' }`. The check order is: body, JSON, token, shape.
 *
 * @param body The raw request body as received: a string, `Uint8Array`/`Buffer` or `ArrayBuffer`
 *   (not an object a JSON body parser made).
 * @param headers The request headers (`Headers` or a plain object). Twin sends no signature or
 *   other verification header, so they are not read; the parameter keeps every botbridge receiver
 *   called the same way.
 * @param options See `Twin24CallbackOptions`.
 * @returns The delivery as a `Twin24Callback`.
 * @throws VendorWebhookError with `reason`:
 *   - `options`: `options` is not an object, or it has a `callbackData` key that is not a
 *     non-empty string (`undefined` included);
 *   - `malformed`: the body is not a raw string/bytes, not UTF-8, not JSON, or a bot answer of the
 *     wrong shape (the message names the field);
 *   - `callback-data`: `options.callbackData` is set and the payload's `callbackData` is missing,
 *     not a string or not that token.
 *   Messages never contain the token or the body.
 */
export async function parseTwin24Callback(
  body: WebhookBody,
  headers: WebhookHeaders,
  options?: Twin24CallbackOptions,
): Promise<Twin24Callback> {
  return parse({ vendor: VENDOR, operation: 'parseTwin24Callback' }, body, headers, options);
}

/**
 * `parseTwin24Callback` over a web-standard `Request` (fetch handlers, Next.js route handlers,
 * Hono, Deno, Bun, Cloudflare Workers): reads its body once, as bytes, and parses it.
 * @throws VendorWebhookError as `parseTwin24Callback`, and `malformed` when `request` is not a
 *   `Request`, its body was already read, or it cannot be read.
 */
export async function parseTwin24CallbackRequest(
  request: Request,
  options?: Twin24CallbackOptions,
): Promise<Twin24Callback> {
  const context = { vendor: VENDOR, operation: 'parseTwin24CallbackRequest' };
  // Checked before anything is read, so a wrong argument fails as a webhook error, not a TypeError.
  if (
    typeof request !== 'object' ||
    request === null ||
    typeof (request as Partial<Request>).arrayBuffer !== 'function'
  ) {
    throw webhookFailure(context, 'malformed', 'expected a web-standard Request');
  }
  let read: { body: Uint8Array; headers: Headers };
  try {
    read = await readWebhookRequest(context, request);
  } catch (error) {
    if (isVendorWebhookError(error)) throw error;
    // A body stream that breaks while it is read: no cause attached, as a stream error may quote
    // what it had read.
    throw webhookFailure(context, 'malformed', 'the request body could not be read');
  }
  return parse(context, read.body, read.headers, options);
}

function parse(
  context: WebhookContext,
  body: unknown,
  _headers: unknown,
  options: unknown,
): Twin24Callback {
  const token = tokenOf(context, options);
  const { text } = webhookBody(context, body);
  const payload = webhookJson(context, text);
  if (token !== undefined) checkCallbackData(context, payload, token);
  if (isRecord(payload) && Object.hasOwn(payload, 'dialogId') && Object.hasOwn(payload, 'messages'))
    return botAnswer(context, payload);
  return { type: 'unknown', vendorType: undefined, raw: payload };
}

function tokenOf(context: WebhookContext, options: unknown): string | undefined {
  if (options === undefined) return undefined;
  if (!isRecord(options)) {
    throw webhookFailure(
      context,
      'options',
      `options must be an object, got ${describeWebhookValue(options)}`,
    );
  }
  // Verification is off only when the key is left out. A key set to `undefined` is most often an
  // unset environment variable: treating it as "no check" would turn verification off silently.
  if (!Object.hasOwn(options, 'callbackData')) return undefined;
  const token = options.callbackData;
  // An empty token would accept any payload that echoes an empty `callbackData`: no check at all.
  if (typeof token !== 'string' || token === '') {
    throw webhookFailure(
      context,
      'options',
      `callbackData must be a non-empty string (the token you passed with the callback URL), got ${typeof token === 'string' ? 'an empty string' : describeWebhookValue(token)}`,
    );
  }
  return token;
}

function checkCallbackData(context: WebhookContext, payload: unknown, token: string): void {
  if (!isRecord(payload) || !Object.hasOwn(payload, 'callbackData')) {
    throw webhookFailure(
      context,
      'callback-data',
      'the payload has no `callbackData`, so it cannot be the delivery the token was set for',
    );
  }
  const echoed = payload.callbackData;
  if (typeof echoed !== 'string') {
    throw webhookFailure(
      context,
      'callback-data',
      `the payload's \`callbackData\` is ${describeWebhookValue(echoed)}, not the configured token`,
    );
  }
  if (!constantTimeEqual(echoed, token)) {
    throw webhookFailure(
      context,
      'callback-data',
      "the payload's `callbackData` is not the configured token",
    );
  }
}

function botAnswer(
  context: WebhookContext,
  payload: Record<string, unknown>,
): Twin24BotAnswerCallback {
  const malformed = (field: string, expected: string, value: unknown) =>
    webhookFailure(
      context,
      'malformed',
      `a bot answer's \`${field}\` must be ${expected}, got ${describeWebhookValue(value)}`,
    );
  const dialogId = typeof payload.dialogId === 'string' ? payload.dialogId.trim() : '';
  if (dialogId === '') throw malformed('dialogId', 'a non-empty string', payload.dialogId);
  for (const field of ['botId', 'status', 'language', 'callbackData'] as const) {
    if (!optional(payload[field], 'string')) throw malformed(field, 'a string', payload[field]);
  }
  const result = payload.result;
  if (!optional(result, 'object', 'array')) throw malformed('result', 'an object', result);
  if (isRecord(result) && !optional(result.initialVariables, 'array')) {
    throw malformed('result.initialVariables', 'an array', result.initialVariables);
  }
  const messages = payload.messages;
  if (!optional(messages, 'array')) throw malformed('messages', 'an array', messages);
  (Array.isArray(messages) ? messages : []).forEach((message: unknown, at: number) => {
    const where = `messages[${at}]`;
    if (!isRecord(message)) throw malformed(where, 'an object', message);
    if (!optional(message.body, 'string'))
      throw malformed(`${where}.body`, 'a string', message.body);
    for (const field of ['answers', 'attachments'] as const) {
      if (!optional(message[field], 'array'))
        throw malformed(`${where}.${field}`, 'an array', message[field]);
    }
    // Twin's PHP backend writes an empty map as `[]`, so these may be either (inferred).
    for (const field of ['actions', 'substitutions', 'meta'] as const) {
      if (!optional(message[field], 'object', 'array'))
        throw malformed(`${where}.${field}`, 'an object or an array', message[field]);
    }
    const substitutions = message.substitutions;
    if (isRecord(substitutions)) {
      for (const field of ['nodeId', 'botId'] as const) {
        if (!optional(substitutions[field], 'string'))
          throw malformed(`${where}.substitutions.${field}`, 'a string', substitutions[field]);
      }
    }
  });
  const answer = payload as unknown as BotDialogAnswerCallback;
  let normalized: TwinBotMessage[];
  try {
    normalized = normalizeBotAnswerMessages(dialogId, answer);
  } catch {
    // The ids hash the answer recursively: JSON nested deeper than the stack allows (valid JSON,
    // but no payload Twin sends) overflows it. No cause attached: it would say nothing more.
    throw webhookFailure(context, 'malformed', 'the bot answer is nested too deeply to read');
  }
  return {
    type: 'bot-answer',
    dialogId,
    botId: cleanOptional(answer.botId),
    status: cleanOptional(answer.status),
    messages: normalized,
    raw: answer,
  };
}

type JsonKind = 'string' | 'object' | 'array';

/** Whether `value` is absent, null, or of one of `kinds` (`object` excludes arrays and null). */
function optional(value: unknown, ...kinds: JsonKind[]): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return kinds.includes('array');
  if (typeof value === 'object') return kinds.includes('object');
  return typeof value === 'string' && kinds.includes('string');
}

function cleanOptional(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
