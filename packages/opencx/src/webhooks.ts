import {
  describeWebhookValue,
  isVendorNormalizationError,
  readWebhookRequest,
  type WebhookBody,
  type WebhookContext,
  type WebhookHeaders,
  webhookBody,
  webhookFailure,
  webhookJson,
} from '@botbridge/core';
import type { components } from './generated/schema.js';
import { idOf, isObject, VENDOR } from './normalize/vendor.js';
import {
  closedConversation,
  handoffConversation,
  type OpenCxWebhookClosedData,
  type OpenCxWebhookConversation,
  type OpenCxWebhookHandoffData,
  type OpenCxWebhookStartedData,
  startedConversation,
} from './normalize/webhook-conversation.js';

// OpenCX's webhooks, as far as its docs were captured (shared/vendors/webhooks.md §2):
// https://docs.open.cx/api-reference/webhooks/types
// Every delivery is a JSON envelope `{ event, organization_id, data }`. Payloads are documented
// for four events (two only in the 2024 doc sources); the rest are names only. No signature,
// header, retry policy or dedup key is documented.

/** The delivery of `conversation.started`, as the spec types it. */
export type OpenCxWebhookStartedPayload = components['schemas']['WebhookConversationStarted'];
/** The delivery of `conversation.closed`, as the spec types it (`data`: one object or a list). */
export type OpenCxWebhookClosedPayload = components['schemas']['WebhookConversationClosed'];
/** The delivery of `conversation.handoff_to_human`, as the spec types it. */
export type OpenCxWebhookHandoffPayload =
  components['schemas']['WebhookConversationHandoffToHuman'];
/** The delivery of `conversation.third_party_agent_response`, as the spec types it. */
export type OpenCxWebhookThirdPartyAgentResponsePayload =
  components['schemas']['WebhookConversationThirdPartyAgentResponse'];
/** `data` of `conversation.third_party_agent_response`, as the spec types it. */
export type OpenCxWebhookThirdPartyAgentResponseData =
  components['schemas']['WebhookThirdPartyAgentResponseData'];

export type {
  OpenCxWebhookClosedData,
  OpenCxWebhookConversation,
  OpenCxWebhookHandoffData,
  OpenCxWebhookStartedData,
};

/**
 * The events OpenCX documents whose payload it does not: `data` is an open object. Inferred for
 * the `*_response` events: they carry at least the conversation id and the text; not confirmed,
 * so no `Message` is made of them.
 */
export const OPENCX_OPEN_WEBHOOK_EVENTS = [
  'conversation.contact_response',
  'conversation.ai_response',
  'conversation.agent_response',
  'conversation.handoff_to_third_party_failed',
  'workflow.run.succeeded',
  'workflow.run.failed',
  'csat.requested',
  'csat.score_submitted',
  'phone_call.started',
] as const;

/** An event of `OPENCX_OPEN_WEBHOOK_EVENTS`. */
export type OpenCxOpenWebhookEventType = (typeof OPENCX_OPEN_WEBHOOK_EVENTS)[number];

/** Every event name OpenCX documents (and `phone_call.started`, the one phone event captured). */
export const OPENCX_WEBHOOK_EVENTS = [
  'conversation.started',
  'conversation.closed',
  'conversation.handoff_to_human',
  'conversation.third_party_agent_response',
  ...OPENCX_OPEN_WEBHOOK_EVENTS,
] as const;

/** A documented OpenCX event name. */
export type OpenCxWebhookEventType = (typeof OPENCX_WEBHOOK_EVENTS)[number];

/** The delivery of an event of `OPENCX_OPEN_WEBHOOK_EVENTS`. */
export type OpenCxWebhookOpenPayload<T extends OpenCxOpenWebhookEventType> =
  components['schemas']['WebhookOpenEvent'] & {
    /** The event name. */
    event: T;
  };

/** What every event botbridge knows carries besides its own fields. */
export interface KnownEventBase {
  /** `organization_id`: the OpenCX organization (tenant) the event belongs to. */
  organizationId: string;
}

/**
 * `conversation.started`: a conversation began, on any channel. `conversation` has status `open`,
 * the channel as sent (lower-cased; `web`, `email`, `phone` are documented: note `phone` where the
 * REST API says `phone_voice`), the contact (`enriched_data` email and phone), the human
 * assignee's id, the language where sent, and `createdAt` = `occurredAt` = `data.timestamp`
 * (inferred: the event's time is the conversation's start).
 */
export interface OpenCxConversationStartedEvent extends KnownEventBase {
  /** The event name. */
  type: 'conversation.started';
  /** The conversation that began, with status `open`. */
  conversation: OpenCxWebhookConversation<OpenCxWebhookStartedData>;
  /** The whole delivery as received (integers past 2^53 − 1 as strings of their digits). */
  raw: OpenCxWebhookStartedPayload;
}

/**
 * `conversation.closed`: a conversation was closed, resolved or not. Each conversation has status
 * `closed`, `closedAt` = `occurredAt` = its `timestamp`, the contact (`contact`, or `contact_id`
 * alone), `summary`, the sentiment (`user_sentiment`, mapped as the REST reads map it), language
 * and `messageCount` where sent. Resolution, `closed_by` and helpdesk fields stay in `raw`.
 *
 * `conversations` has one conversation per element of `data`: the 2024 docs type `data` as a list
 * of closed conversations, the newest as one object, and whether the list was a doc slip is not
 * known; reading both as a list gives one code path and loses nothing either way. `conversation`
 * is the first (the only one when `data` is an object).
 */
export interface OpenCxConversationClosedEvent extends KnownEventBase {
  /** The event name. */
  type: 'conversation.closed';
  /** The first closed conversation of `data` (the only one when `data` is an object). */
  conversation: OpenCxWebhookConversation<OpenCxWebhookClosedData>;
  /** Every closed conversation of `data`, in order; never empty. */
  conversations: OpenCxWebhookConversation<OpenCxWebhookClosedData>[];
  /** The whole delivery as received (integers past 2^53 − 1 as strings of their digits). */
  raw: OpenCxWebhookClosedPayload;
}

/**
 * `conversation.handoff_to_human`: a conversation was handed to a human. Each conversation has
 * `handedOff: true`, status `unknown` (the event does not say; delivery order is not documented,
 * so `open` could overwrite a later close), `summary`, sentiment, language and `messageCount`
 * where sent, and no contact (`customer_id` is probably the contact's id, but that is only
 * inferred; it stays in `raw`). `conversations` / `conversation` as for `conversation.closed`
 * (the 2024 docs type this `data` as a list too).
 */
export interface OpenCxConversationHandoffEvent extends KnownEventBase {
  /** The event name. */
  type: 'conversation.handoff_to_human';
  /** The first handed-off conversation of `data` (the only one when `data` is an object). */
  conversation: OpenCxWebhookConversation<OpenCxWebhookHandoffData>;
  /** Every handed-off conversation of `data`, in order; never empty. */
  conversations: OpenCxWebhookConversation<OpenCxWebhookHandoffData>[];
  /** The whole delivery as received (integers past 2^53 − 1 as strings of their digits). */
  raw: OpenCxWebhookHandoffPayload;
}

/**
 * `conversation.third_party_agent_response`: an agent in a connected helpdesk replied. `data` is
 * typed from the 2024 docs (every field optional); no `Message` is made of it: the docs show no
 * message id, and one made up here would not be the one the REST history gives.
 */
export interface OpenCxThirdPartyAgentResponseEvent extends KnownEventBase {
  /** The event name. */
  type: 'conversation.third_party_agent_response';
  /** The event's `data` object as received; no field is guaranteed. */
  data: OpenCxWebhookThirdPartyAgentResponseData;
  /** The whole delivery as received (integers past 2^53 − 1 as strings of their digits). */
  raw: OpenCxWebhookThirdPartyAgentResponsePayload;
}

/** A documented event `T` whose payload is not documented: `data` as received. */
export interface OpenCxOpenWebhookEventOf<T extends OpenCxOpenWebhookEventType>
  extends KnownEventBase {
  /** The event name, one of `OPENCX_OPEN_WEBHOOK_EVENTS`. */
  type: T;
  /** The event's `data` object as received, unread: OpenCX documents no shape for it. */
  data: Record<string, unknown>;
  /** The whole delivery as received (integers past 2^53 − 1 as strings of their digits). */
  raw: OpenCxWebhookOpenPayload<T>;
}

/** Any event of `OPENCX_OPEN_WEBHOOK_EVENTS`, one variant per name (so `type` narrows `raw`). */
export type OpenCxOpenWebhookEvent = {
  [T in OpenCxOpenWebhookEventType]: OpenCxOpenWebhookEventOf<T>;
}[OpenCxOpenWebhookEventType];

/**
 * A delivery of an event botbridge does not know (OpenCX adds events; the phone-call events past
 * `phone_call.started` were not captured), or one without a string `event`: `vendorType` is its
 * `event` when that is a string. Never an error, so a new event does not make OpenCX retry.
 */
export interface OpenCxUnknownWebhookEvent {
  /** Always `'unknown'`: the event is not one botbridge knows. */
  type: 'unknown';
  /** The delivery's `event` name; `undefined` when it is missing or not a string. */
  vendorType: string | undefined;
  /** The body's JSON object as received (integers past 2^53 − 1 as strings of their digits). */
  raw: Record<string, unknown>;
}

/** An OpenCX webhook delivery, told apart by `type` (the event name). */
export type OpenCxWebhookEvent =
  | OpenCxConversationStartedEvent
  | OpenCxConversationClosedEvent
  | OpenCxConversationHandoffEvent
  | OpenCxThirdPartyAgentResponseEvent
  | OpenCxOpenWebhookEvent
  | OpenCxUnknownWebhookEvent;

/** What a `verify` hook is given: the delivery exactly as received. */
export interface OpenCxWebhookDelivery {
  /** The body's bytes, as received (what any signature would cover). */
  bytes: Uint8Array;
  /** The same bytes as UTF-8 text. */
  text: string;
  /** The request headers as passed to the receiver. */
  headers: WebhookHeaders;
}

/** Options of `parseOpenCxWebhook` and `parseOpenCxWebhookRequest`. */
export interface OpenCxWebhookOptions {
  /**
   * Your own check that a delivery comes from OpenCX, run on the raw body and headers before the
   * body is parsed. **OpenCX documents no signature scheme** (no header, algorithm or secret;
   * only a marketing page claims signed deliveries, naming no header or formula), so botbridge
   * cannot verify a delivery by itself, and without this hook **every delivery is accepted
   * unverified**. Use it for what you can check: a secret token you put in the webhook URL's
   * path or query (compare it in constant time), a header your gateway adds, or, once OpenCX
   * documents one, the signature.
   *
   * Only `true` (or a promise of `true`) accepts the delivery. Anything else is refused with
   * `VendorWebhookError` reason `signature`; a hook that throws or rejects is refused the same
   * way, and its error is neither repeated in the message nor kept as `cause` (it may hold the
   * secret the hook compared against).
   * https://docs.open.cx/api-reference/webhooks/types
   * @default undefined (no check)
   */
  verify?: (delivery: OpenCxWebhookDelivery) => boolean | Promise<boolean>;
}

/**
 * Reads one OpenCX webhook delivery.
 *
 * Steps, each refusing with a `VendorWebhookError` of the reason given:
 * 1. options: an object (or absent) whose `verify` is a function (or absent) (`options`);
 * 2. the body: its raw bytes as UTF-8 (`malformed` for an object a JSON body parser already
 *    made, or bytes that are not UTF-8); the headers a `Headers` or an object (`malformed`);
 * 3. the `verify` hook when given (`signature` unless it returns `true`). **OpenCX documents no
 *    signature scheme: without `verify`, nothing is verified** (see `OpenCxWebhookOptions`);
 * 4. the body as a JSON object (`malformed`), integers past 2^53 − 1 kept exact as strings, as
 *    the REST client keeps them;
 * 5. the envelope: `event` names the event; an event botbridge does not know, or a missing
 *    `event`, is `{ type: 'unknown' }`, never an error. A known event needs a non-blank
 *    `organization_id` and, as `data`, an object; `conversation.closed` and
 *    `conversation.handoff_to_human` also take a non-empty list of objects (`malformed`);
 * 6. the conversation events: every conversation needs a `conversation_id` (a non-blank string or
 *    an integer), although the newest docs mark it optional on `conversation.closed` and nullable
 *    on handoffs (inferred: such an event cannot be tied to a conversation) (`malformed`). Other
 *    fields of another type are read as the REST reads read them (absent).
 *
 * No header is required: OpenCX documents none (not even `Content-Type`). Answer a refused
 * delivery with a 4xx (400 for `malformed`, 401 for `signature`; `options` is your
 * configuration, a 5xx); what status OpenCX expects,
 * and whether it retries, is not documented. Error messages name fields, never the body or
 * anything of the hook's error.
 * https://docs.open.cx/api-reference/webhooks/types
 * @param body The raw request body (text or bytes) as received.
 * @param headers The request headers (`Headers` or a plain object); only passed to `verify`.
 * @throws VendorWebhookError (`options` | `malformed` | `signature`).
 */
export function parseOpenCxWebhook(
  body: WebhookBody,
  headers: WebhookHeaders,
  options?: OpenCxWebhookOptions,
): Promise<OpenCxWebhookEvent> {
  const context = { vendor: VENDOR, operation: 'parseOpenCxWebhook' };
  return receive(context, options, () => ({ body, headers }));
}

/**
 * `parseOpenCxWebhook` over a web-standard `Request` (fetch handlers, Next.js route handlers,
 * Hono, Bun, Deno): reads its body once, as bytes, and reads it the same way.
 * @throws VendorWebhookError as `parseOpenCxWebhook`; also `malformed` when `request` is not a
 *   `Request` or its body was already read.
 */
export function parseOpenCxWebhookRequest(
  request: Request,
  options?: OpenCxWebhookOptions,
): Promise<OpenCxWebhookEvent> {
  const context = { vendor: VENDOR, operation: 'parseOpenCxWebhookRequest' };
  return receive(context, options, () => {
    if (typeof Request === 'undefined' || !(request instanceof Request)) {
      throw webhookFailure(context, 'malformed', 'expected a web Request');
    }
    return readWebhookRequest(context, request);
  });
}

type Verify = NonNullable<OpenCxWebhookOptions['verify']>;

async function receive(
  context: WebhookContext,
  options: unknown,
  read: () => { body: unknown; headers: unknown } | Promise<{ body: unknown; headers: unknown }>,
): Promise<OpenCxWebhookEvent> {
  const verify = verifyOf(context, options);
  const delivery = await read();
  const { bytes, text } = webhookBody(context, delivery.body);
  const headers = headersOf(context, delivery.headers);
  if (verify !== undefined) await runVerify(context, verify, { bytes, text, headers });
  // Integers past 2^53 − 1 are kept exact (as strings of their digits), as the REST reads keep them.
  return eventOf(context, webhookJson(context, text));
}

function verifyOf(context: WebhookContext, options: unknown): Verify | undefined {
  if (options === undefined) return undefined;
  if (!isObject(options)) {
    throw webhookFailure(
      context,
      'options',
      `options must be an object (or absent), got ${describeWebhookValue(options)}`,
    );
  }
  const { verify } = options as { verify?: unknown };
  if (verify === undefined) return undefined;
  if (typeof verify !== 'function') {
    throw webhookFailure(
      context,
      'options',
      `verify must be a function (delivery) => boolean | Promise<boolean>, got ${describeWebhookValue(verify)}`,
    );
  }
  return verify as Verify;
}

/**
 * The headers, checked to be a `Headers` or an object (what core's header reader accepts), so that
 * `verify` gets what its type says. No header is read: OpenCX documents none.
 */
function headersOf(context: WebhookContext, headers: unknown): WebhookHeaders {
  if (typeof Headers !== 'undefined' && headers instanceof Headers) return headers;
  if (typeof headers !== 'object' || headers === null) {
    throw webhookFailure(
      context,
      'malformed',
      `the headers must be a Headers or a plain object of the request's headers, got ${describeWebhookValue(headers)}`,
    );
  }
  return headers as WebhookHeaders;
}

async function runVerify(
  context: WebhookContext,
  verify: Verify,
  delivery: OpenCxWebhookDelivery,
): Promise<void> {
  let verdict: unknown;
  try {
    verdict = await verify(delivery);
  } catch {
    // Neither the message nor `cause`: the hook's error may quote the secret it compared against.
    throw webhookFailure(
      context,
      'signature',
      'the verify hook threw or rejected: the delivery is refused (catch inside the hook to see why)',
    );
  }
  if (verdict !== true) {
    throw webhookFailure(
      context,
      'signature',
      verdict === false
        ? 'the verify hook refused the delivery'
        : `the verify hook returned ${describeWebhookValue(verdict)}, not true: the delivery is refused`,
    );
  }
}

// --- The envelope and its data ----------------------------------------------------------------

const KNOWN_EVENTS: ReadonlySet<string> = new Set(OPENCX_WEBHOOK_EVENTS);

function eventOf(context: WebhookContext, payload: unknown): OpenCxWebhookEvent {
  const malformed = (detail: string) => webhookFailure(context, 'malformed', detail);
  if (!isObject(payload)) {
    throw malformed(
      `the body is ${describeWebhookValue(payload)}, expected a JSON object {event, organization_id, data}`,
    );
  }
  const envelope = payload as Record<string, unknown>;
  const vendorType = typeof envelope.event === 'string' ? envelope.event : undefined;
  if (vendorType === undefined || !KNOWN_EVENTS.has(vendorType)) {
    return { type: 'unknown', vendorType, raw: envelope };
  }
  // From here `vendorType` is one of our own names, so messages may quote it.
  const type = vendorType as OpenCxWebhookEventType;
  try {
    const organizationId = idOf(envelope.organization_id, 'organization_id', context.operation);
    if (organizationId === undefined) {
      throw malformed(
        `${type}: \`organization_id\` is ${describeWebhookValue(envelope.organization_id)}, expected a non-blank string`,
      );
    }
    const { data } = envelope;
    // A list event's `data`: every element normalized (one that is not is malformed), the first
    // also as `conversation`.
    const conversationList = <T>(
      normalize: (element: Record<string, unknown>, operation: string) => T | undefined,
    ) => {
      const conversations = listData(type, data, malformed).map(({ element, path }) =>
        required(normalize(element, context.operation), type, path, malformed),
      );
      return { conversation: conversations[0] as T, conversations };
    };
    switch (type) {
      case 'conversation.started': {
        const object = objectData(type, data, malformed);
        return {
          type,
          organizationId,
          conversation: required(
            startedConversation(object, context.operation),
            type,
            'data',
            malformed,
          ),
          raw: envelope as unknown as OpenCxWebhookStartedPayload,
        };
      }
      case 'conversation.closed':
        return {
          type,
          organizationId,
          ...conversationList(closedConversation),
          raw: envelope as unknown as OpenCxWebhookClosedPayload,
        };
      case 'conversation.handoff_to_human':
        return {
          type,
          organizationId,
          ...conversationList(handoffConversation),
          raw: envelope as unknown as OpenCxWebhookHandoffPayload,
        };
      case 'conversation.third_party_agent_response':
        return {
          type,
          organizationId,
          data: objectData(type, data, malformed) as OpenCxWebhookThirdPartyAgentResponseData,
          raw: envelope as unknown as OpenCxWebhookThirdPartyAgentResponsePayload,
        };
      default:
        // One of OPENCX_OPEN_WEBHOOK_EVENTS: the literal is the variant of exactly that `type`.
        return {
          type,
          organizationId,
          data: objectData(type, data, malformed),
          raw: envelope as unknown as OpenCxWebhookOpenPayload<typeof type>,
        } as OpenCxOpenWebhookEvent;
    }
  } catch (error) {
    if (isVendorNormalizationError(error)) {
      // An id integer past 2^53 − 1 that reached us as a number (core's `cleanId`): its message
      // names the field, never the value.
      const prefix = `${VENDOR} ${context.operation}: `;
      const detail = error.message.startsWith(prefix)
        ? error.message.slice(prefix.length)
        : error.message;
      throw malformed(`${type}: ${detail}`);
    }
    throw error;
  }
}

type Malformed = (detail: string) => Error;

function objectData(type: string, data: unknown, malformed: Malformed): Record<string, unknown> {
  if (!isObject(data)) {
    throw malformed(`${type}: \`data\` is ${describeWebhookValue(data)}, expected an object`);
  }
  return data as Record<string, unknown>;
}

/** `data` of closed / handoff: one object, or a non-empty list of objects (2024 docs). */
function listData(
  type: string,
  data: unknown,
  malformed: Malformed,
): { element: Record<string, unknown>; path: string }[] {
  if (isObject(data)) return [{ element: data as Record<string, unknown>, path: 'data' }];
  if (!Array.isArray(data)) {
    throw malformed(
      `${type}: \`data\` is ${describeWebhookValue(data)}, expected an object or a list of objects`,
    );
  }
  if (data.length === 0) {
    throw malformed(`${type}: \`data\` is an empty list, expected at least one conversation`);
  }
  return data.map((element, index) => {
    const path = `data[${index}]`;
    if (!isObject(element)) {
      throw malformed(
        `${type}: \`${path}\` is ${describeWebhookValue(element)}, expected an object`,
      );
    }
    return { element: element as Record<string, unknown>, path };
  });
}

function required<T>(
  conversation: T | undefined,
  type: string,
  path: string,
  malformed: Malformed,
): T {
  if (conversation === undefined) {
    throw malformed(
      `${type}: \`${path}.conversation_id\` is missing, null, blank or not an id (a string or an integer): the event cannot be tied to a conversation`,
    );
  }
  return conversation;
}
