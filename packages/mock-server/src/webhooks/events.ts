/**
 * The events the mock server can deliver, per vendor, and the checks every sender runs before
 * anything goes on the wire. The facts behind each vendor's events are in the vendor specs
 * (`webhooks:` for OpenCX and SmarterBot, `components.callbacks` for Twin).
 */

/**
 * Every event name OpenCX lists on its webhook types page, in its order. Four of them have a
 * documented payload (`conversation.started`, `conversation.closed`,
 * `conversation.handoff_to_human`, `conversation.third_party_agent_response`); the others are
 * names only. Of the phone-call group only `phone_call.started` was seen.
 * https://docs.open.cx/api-reference/webhooks/types
 */
export const OPENCX_WEBHOOK_EVENTS = [
  'conversation.started',
  'conversation.closed',
  'conversation.handoff_to_human',
  'conversation.contact_response',
  'conversation.ai_response',
  'conversation.agent_response',
  'conversation.third_party_agent_response',
  'conversation.handoff_to_third_party_failed',
  'workflow.run.succeeded',
  'workflow.run.failed',
  'csat.requested',
  'csat.score_submitted',
  'phone_call.started',
] as const;

/**
 * SmarterBot's two daily webhooks: `leads` (the day's LeadList records) and `conversations` (the
 * day's ChatContentHistory sessions). The body names neither; these are our names for them.
 * https://chat.smarterbot.ai/guides/developer/webhook/lead
 */
export const SMARTERBOT_WEBHOOK_EVENTS = ['leads', 'conversations'] as const;

/**
 * Twin's bot-answer callback (spec `components.callbacks.BotDialogAnswer`), our name for it. Twin's
 * other callbacks (chat events, message statuses) have no documented body, so none is sent.
 * https://developers.twin24.ai/reference/startdialog
 */
export const TWIN24_WEBHOOK_EVENTS = ['bot-answer'] as const;

/** The events the mock server delivers, per vendor. CloseBot documents none. */
export const WEBHOOK_EVENTS = {
  /** See `OPENCX_WEBHOOK_EVENTS`. */
  opencx: OPENCX_WEBHOOK_EVENTS,
  /** See `SMARTERBOT_WEBHOOK_EVENTS`. */
  smarterbot: SMARTERBOT_WEBHOOK_EVENTS,
  /** See `TWIN24_WEBHOOK_EVENTS`. */
  twin24: TWIN24_WEBHOOK_EVENTS,
} as const;

/** A vendor the mock server delivers events of. */
export type WebhookVendor = keyof typeof WEBHOOK_EVENTS;

/** The event names of one vendor (all vendors' names when `V` is the whole union). */
export type WebhookEvent<V extends WebhookVendor = WebhookVendor> =
  (typeof WEBHOOK_EVENTS)[V][number];

/** An OpenCX event name (`'conversation.started'`, ...); see `OPENCX_WEBHOOK_EVENTS`. */
export type OpenCxWebhookEvent = (typeof OPENCX_WEBHOOK_EVENTS)[number];
/** A SmarterBot event name, `'leads'` or `'conversations'`; see `SMARTERBOT_WEBHOOK_EVENTS`. */
export type SmarterBotWebhookEvent = (typeof SMARTERBOT_WEBHOOK_EVENTS)[number];
/** A Twin event name, `'bot-answer'`; see `TWIN24_WEBHOOK_EVENTS`. */
export type Twin24WebhookEvent = (typeof TWIN24_WEBHOOK_EVENTS)[number];

/** The vendors the mock server delivers events of: `opencx`, `smarterbot`, `twin24`. */
export const webhookVendors = Object.keys(WEBHOOK_EVENTS) as WebhookVendor[];

/** Whether `name` is a vendor the mock server delivers events of (not `'closebot'`). */
export function isWebhookVendor(name: unknown): name is WebhookVendor {
  return typeof name === 'string' && Object.hasOwn(WEBHOOK_EVENTS, name);
}

/**
 * Checks a vendor and event name and returns them typed.
 * @throws TypeError naming what is wrong: CloseBot (no documented events), another unknown vendor,
 *   or an event the vendor does not have (listing the ones it has).
 */
export function checkWebhookEvent(
  vendor: string,
  event: string,
): { vendor: WebhookVendor; event: WebhookEvent } {
  if (vendor === 'closebot') {
    throw new TypeError(
      "closebot documents no webhook events: its webhook fields (a source's webhookCallback, notification forwarding) have no documented payload, so there is nothing vendor-shaped to send; vendors with events: opencx, smarterbot, twin24",
    );
  }
  if (!isWebhookVendor(vendor)) {
    throw new TypeError(
      `unknown webhook vendor "${vendor}"; vendors with events: ${webhookVendors.join(', ')}`,
    );
  }
  const events: readonly string[] = WEBHOOK_EVENTS[vendor];
  if (!events.includes(event)) {
    throw new TypeError(`unknown ${vendor} event "${event}"; known: ${events.join(', ')}`);
  }
  return { vendor, event: event as WebhookEvent };
}

/**
 * Checks a delivery URL: absolute, `http:` or `https:`.
 * @throws TypeError when it is not.
 */
export function checkTargetUrl(to: string | URL | undefined): URL {
  let url: URL;
  try {
    url = new URL(String(to));
  } catch {
    throw new TypeError(`to must be an absolute http(s) URL, got "${String(to)}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`to must be an http(s) URL, got the scheme "${url.protocol}"`);
  }
  return url;
}
