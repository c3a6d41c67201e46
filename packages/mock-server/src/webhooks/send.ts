/**
 * Delivers vendor-shaped webhook events to a receiver: builds the payload from a dataset, signs
 * it the vendor's way, POSTs it once and reports what was sent and how the receiver answered.
 */
import { createOpenCxDataset, type OpenCxDataset } from '../dataset/opencx.js';
import { createSmarterBotDataset, type SmarterBotDataset } from '../dataset/smarterbot.js';
import { createTwin24Dataset, type Twin24Dataset } from '../dataset/twin24.js';
import type { DatasetOptions } from '../dataset/types.js';
import {
  checkTargetUrl,
  checkWebhookEvent,
  type OpenCxWebhookEvent,
  type SmarterBotWebhookEvent,
  type Twin24WebhookEvent,
  type WebhookEvent,
  type WebhookVendor,
} from './events.js';
import { buildOpenCxPayload } from './opencx.js';
import type { BuiltPayload, WebhookSubject } from './payload.js';
import {
  buildSmarterBotPayload,
  SMARTERBOT_SIGNATURE_HEADER,
  smarterBotSignature,
} from './smarterbot.js';
import { buildTwin24Payload } from './twin24.js';

/** How long a delivery may take, from connecting to the end of the receiver's answer. */
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;

/** How much of the receiver's answer a `SentWebhook` keeps, in characters. */
const RESPONSE_KEPT = 4_096;

/** The datasets events are built from (the started mocks' `datasets`, or one of its vendors). */
export interface WebhookDatasets {
  /** What OpenCX events describe; building one without it throws `TypeError`. */
  opencx?: OpenCxDataset;
  /** What SmarterBot events describe; building one without it throws `TypeError`. */
  smarterbot?: SmarterBotDataset;
  /** What Twin events describe; building one without it throws `TypeError`. */
  twin24?: Twin24Dataset;
}

/** What to build: the record it describes and the vendor's verification material. */
export interface BuildWebhookOptions {
  /**
   * The dataset record the event describes. OpenCX: a chat session id of `datasets.opencx.sessions`
   * (it must fit the event: a closed session for `conversation.closed` …). Twin: a session id of
   * `datasets.twin24.sessions` with a bot message (the mock's dialogs are its sessions). SmarterBot:
   * a `SessionID`; `leads` sends the leads its chatbot captured on the UTC day of the session's
   * newest lead, `conversations` the sessions its chatbot started on the session's UTC day.
   * @default the newest record the event can describe
   */
  record?: string | number;
  /**
   * SmarterBot's Sign Key: every delivery is signed `X-Webhook-Signature: t=<unix s>,v1=<hex
   * HMAC-SHA256 of "<t>.<raw body>">`. Required for SmarterBot; refused for the other vendors,
   * which document no signature.
   */
  secret?: string;
  /**
   * Twin: the `callbackData` given when the dialog was started, echoed in the body (the only
   * authenticity check Twin offers). Omitted from the body when not given. Refused for the other
   * vendors.
   */
  callbackData?: string;
  /**
   * The clock SmarterBot's signed timestamp `t` is taken from, in epoch milliseconds.
   * @default Date.now
   */
  now?: () => number;
}

/** A delivery ready to send: exactly the bytes and headers that go on the wire. */
export interface BuiltWebhook {
  /** The vendor the delivery imitates. */
  vendor: WebhookVendor;
  /** The event delivered (`'conversation.started'`, `'leads'`, `'bot-answer'`, ...). */
  event: WebhookEvent;
  /** The record the event describes (see `BuildWebhookOptions.record`). */
  subject: WebhookSubject;
  /** The request headers, lower-case names: `content-type`, `user-agent`, SmarterBot's signature. */
  headers: Record<string, string>;
  /** The JSON body as sent (compact, UTF-8). */
  body: string;
  /** The body's JSON value. */
  payload: unknown;
}

/** Where and how to deliver. */
export interface SendWebhookOptions extends BuildWebhookOptions {
  /** The receiver's URL: absolute `http:` or `https:`. */
  to: string | URL;
  /**
   * How long the one attempt may take, connecting, sending and reading the answer, in ms.
   * @default 10000
   */
  timeoutMs?: number;
}

/** A delivery that reached the receiver, whatever its answer. */
export interface SentWebhook extends BuiltWebhook {
  /** The URL posted to. */
  url: string;
  /** The receiver's HTTP status (a redirect is not followed: its 3xx is the status). */
  status: number;
  /** Whether the status is 2xx, which the vendors' docs take as received (inferred for all). */
  ok: boolean;
  /** The first 4096 characters of the receiver's answer body. */
  response: string;
  /** From sending the request to the end of the answer, in milliseconds. */
  durationMs: number;
}

function checkString(name: string, value: unknown): string | undefined {
  if (value !== undefined && typeof value !== 'string') {
    throw new TypeError(`${name} must be a string, got ${typeof value}`);
  }
  return value;
}

/** Refuses verification material the vendor does not use, and requires what it does. */
function checkMaterial(vendor: WebhookVendor, options: BuildWebhookOptions) {
  const secret = checkString('secret', options.secret);
  const callbackData = checkString('callbackData', options.callbackData);
  if (vendor === 'smarterbot' && (secret === undefined || secret === '')) {
    throw new TypeError(
      "smarterbot signs every delivery with the chatbot's Sign Key: a secret is required",
    );
  }
  if (vendor !== 'smarterbot' && secret !== undefined) {
    throw new TypeError(
      `${vendor} documents no webhook signature: a secret applies to smarterbot only`,
    );
  }
  if (vendor !== 'twin24' && callbackData !== undefined) {
    throw new TypeError(`callbackData is Twin's echoed token: it applies to twin24 only`);
  }
  return { secret, callbackData };
}

function datasetFor<V extends WebhookVendor>(
  vendor: V,
  datasets: WebhookDatasets,
): NonNullable<WebhookDatasets[V]> {
  const dataset = datasets[vendor];
  if (!dataset) throw new TypeError(`no ${vendor} dataset to build the event from`);
  return dataset as NonNullable<WebhookDatasets[V]>;
}

/**
 * Builds a delivery from a dataset: the vendor-shaped payload describing one of its records, its
 * body and headers (SmarterBot's signed). Sends nothing.
 * @throws TypeError, before anything is built, for CloseBot (no documented events), an unknown
 *   vendor or event, a missing SmarterBot secret, a secret or callbackData the vendor does not use,
 *   a missing dataset, or a `record` that names nothing the event can describe.
 */
export function buildWebhook(
  vendor: string,
  event: string,
  datasets: WebhookDatasets,
  options: BuildWebhookOptions = {},
): BuiltWebhook {
  const checked = checkWebhookEvent(vendor, event);
  const { secret, callbackData } = checkMaterial(checked.vendor, options);
  const { record } = options;
  if (record !== undefined && typeof record !== 'string' && typeof record !== 'number') {
    throw new TypeError(`record must be a string or a number, got ${typeof record}`);
  }
  let built: BuiltPayload;
  if (checked.vendor === 'opencx') {
    built = buildOpenCxPayload(
      checked.event as OpenCxWebhookEvent,
      datasetFor('opencx', datasets),
      record,
    );
  } else if (checked.vendor === 'smarterbot') {
    built = buildSmarterBotPayload(
      checked.event as SmarterBotWebhookEvent,
      datasetFor('smarterbot', datasets),
      record,
    );
  } else {
    built = buildTwin24Payload(
      checked.event as Twin24WebhookEvent,
      datasetFor('twin24', datasets),
      record,
      callbackData,
    );
  }
  const body = JSON.stringify(built.payload);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'botbridge-mock',
  };
  if (checked.vendor === 'smarterbot') {
    const seconds = Math.floor((options.now ?? Date.now)() / 1000);
    headers[SMARTERBOT_SIGNATURE_HEADER.toLowerCase()] = smarterBotSignature(
      secret as string,
      seconds,
      body,
    );
  }
  return { ...checked, subject: built.subject, headers, body, payload: built.payload };
}

function checkTimeout(timeoutMs: unknown): number {
  const value = timeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw new TypeError(
      `timeoutMs must be a positive integer (milliseconds), got ${String(value)}`,
    );
  }
  return value;
}

/**
 * POSTs a built delivery to `to`, once: no retry, whatever the outcome (the vendors' own retry
 * policies are undocumented or partly so, and a test wants to see each attempt). Redirects are not
 * followed.
 * @throws TypeError when `to` is not an absolute http(s) URL or `timeoutMs` not a positive
 *   integer, before anything is sent.
 * @throws Error when the receiver cannot be reached or does not answer within `timeoutMs` (the
 *   message names the URL and the cause; `cause` holds the underlying error).
 */
export async function deliverWebhook(
  built: BuiltWebhook,
  to: string | URL,
  options: { timeoutMs?: number } = {},
): Promise<SentWebhook> {
  const url = checkTargetUrl(to);
  const timeoutMs = checkTimeout(options.timeoutMs);
  const started = performance.now();
  const signal = AbortSignal.timeout(timeoutMs);
  let status: number;
  let response: string;
  try {
    const answer = await fetch(url, {
      method: 'POST',
      headers: built.headers,
      body: built.body,
      redirect: 'manual',
      signal,
    });
    status = answer.status;
    response = (await answer.text()).slice(0, RESPONSE_KEPT);
  } catch (error) {
    const timedOut = signal.aborted;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = timedOut
      ? `no answer within ${timeoutMs} ms`
      : (cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error)));
    throw new Error(
      `${built.vendor} ${built.event}: could not deliver to ${url.origin}${url.pathname}: ${detail}`,
      { cause: error },
    );
  }
  return {
    ...built,
    url: url.href,
    status,
    ok: status >= 200 && status < 300,
    response,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

/** The dataset options of a dataset built only to describe events (no tokens are issued). */
function eventDatasetOptions(seed: number, records: number): DatasetOptions {
  return { seed, records, tokenTtlSeconds: 3_600, refreshTtlSeconds: 30 * 86_400, now: Date.now };
}

/**
 * The dataset of one vendor for a seed and size, the same records a mock started with
 * `dataset: { seed, records }` serves.
 */
export function webhookDataset(
  vendor: WebhookVendor,
  seed: number,
  records: number,
): WebhookDatasets {
  const options = eventDatasetOptions(seed, records);
  if (vendor === 'opencx') return { opencx: createOpenCxDataset(options) };
  if (vendor === 'smarterbot') return { smarterbot: createSmarterBotDataset(options) };
  return { twin24: createTwin24Dataset(options) };
}

/** `sendWebhook`'s options: the delivery's, and the dataset the event is built from. */
export interface StandaloneWebhookOptions extends SendWebhookOptions {
  /**
   * The dataset whose records the event describes: the records a mock started with the same
   * `dataset: { seed, records }` serves.
   * @default { seed: 1, records: 50 } (what `dataset: true` serves)
   */
  dataset?: {
    /** Seed of the generated values, an integer ≥ 0. @default 1 */
    seed?: number;
    /** Records per top-level resource, an integer ≥ 0. @default 50 */
    records?: number;
  };
}

function checkSize(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

/**
 * Builds a vendor's event from a dataset generated for the purpose (no mock needs to run) and
 * delivers it to `options.to`, once. `startMockServers(…).sendWebhook` does the same from the
 * served datasets.
 * @throws TypeError, before anything is sent, for what `buildWebhook` and `deliverWebhook` refuse
 *   and for a `dataset.seed`/`dataset.records` that is not a non-negative integer.
 * @throws Error when the receiver cannot be reached or does not answer in time.
 */
export async function sendWebhook(
  vendor: string,
  event: string,
  options: StandaloneWebhookOptions,
): Promise<SentWebhook> {
  const checked = checkWebhookEvent(vendor, event);
  checkTargetUrl(options.to);
  checkTimeout(options.timeoutMs);
  const seed = checkSize('dataset.seed', options.dataset?.seed, 1);
  const records = checkSize('dataset.records', options.dataset?.records, 50);
  const built = buildWebhook(
    checked.vendor,
    checked.event,
    webhookDataset(checked.vendor, seed, records),
    options,
  );
  return deliverWebhook(built, options.to, options);
}
