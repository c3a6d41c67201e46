/**
 * SmarterBot's daily webhooks, built from the dataset: `leads` posts a chatbot's lead and
 * appointment records of one UTC day, `conversations` its chat sessions of one UTC day, each in
 * the exact record shape of the REST reads (LeadList's `LeadRecord`, ChatContentHistory's
 * `ChatSessionRecord`), as a bare JSON array, signed `X-Webhook-Signature: t=<unix s>,v1=<hex>`.
 *
 * Inferred (spec `webhooks.smarterbotLeadsDaily`/`smarterbotConversationsDaily`): the payload
 * sections of the vendor pages were not captured, so the bodies are the REST records, sent bare
 * (the spec accepts a bare array or the REST envelope); the signature is HMAC-SHA256 with the
 * chatbot's Sign Key over `<t>.<raw body>`, lowercase hex.
 * https://chat.smarterbot.ai/guides/developer/webhook/lead
 */
import { createHmac } from 'node:crypto';
import type {
  SmarterBotDataset,
  SmarterBotDatasetLead,
  SmarterBotDatasetSession,
} from '../dataset/smarterbot.js';
import type { SmarterBotWebhookEvent } from './events.js';
import type { BuiltPayload } from './payload.js';

/** The header SmarterBot signs its deliveries in. */
export const SMARTERBOT_SIGNATURE_HEADER = 'X-Webhook-Signature';

/**
 * The `X-Webhook-Signature` value for `body` signed at `seconds` (epoch seconds) with `secret`:
 * `t=<seconds>,v1=<hex HMAC-SHA256 of "<seconds>.<body>">`.
 */
export function smarterBotSignature(secret: string, seconds: number, body: string): string {
  const digest = createHmac('sha256', secret).update(`${seconds}.${body}`, 'utf8').digest('hex');
  return `t=${seconds},v1=${digest}`;
}

function sessionIdOf(record: string | number): number {
  const text = String(record).trim();
  if (!/^\d+$/.test(text)) {
    throw new TypeError(`record: a SmarterBot record is a SessionID (an integer), got "${text}"`);
  }
  return Number(text);
}

/**
 * The day's leads of the chatbot: by default the batch of the dataset's newest lead; with
 * `record` (a SessionID), the batch of the day that session's newest lead was captured on.
 * Newest first, the order of the LeadList answer for the same chatbot and day.
 */
function leadsBatch(dataset: SmarterBotDataset, record: string | number | undefined) {
  let anchor: SmarterBotDatasetLead | undefined;
  if (record === undefined) {
    anchor = dataset.leads.at(-1);
    if (anchor === undefined) throw new TypeError('the SmarterBot dataset has no leads to send');
  } else {
    const sessionId = sessionIdOf(record);
    if (!dataset.sessions.some((s) => s.record.SessionID === sessionId)) {
      throw new TypeError(`record: no SmarterBot session has the SessionID ${sessionId}`);
    }
    anchor = dataset.leadsOf(sessionId).at(-1);
    if (anchor === undefined) {
      throw new TypeError(
        `record: SmarterBot session ${sessionId} has no leads; a leads batch needs a session with leads`,
      );
    }
  }
  const { serialNumber, day } = anchor;
  const leads = dataset.leads
    .filter((lead) => lead.serialNumber === serialNumber && lead.day === day)
    .reverse();
  return {
    subject: { id: String(anchor.record.SessionID), serialNumber, day },
    records: leads.map((lead) => lead.record),
  };
}

/**
 * The day's sessions of the chatbot: by default the batch of the dataset's newest session; with
 * `record` (a SessionID), the batch of the day that session started on. Oldest first, the order of
 * the ChatContentHistory answer for the same chatbot and day.
 */
function conversationsBatch(dataset: SmarterBotDataset, record: string | number | undefined) {
  let anchor: SmarterBotDatasetSession | undefined;
  if (record === undefined) {
    anchor = dataset.sessions.at(-1);
    if (anchor === undefined) throw new TypeError('the SmarterBot dataset has no sessions to send');
  } else {
    const sessionId = sessionIdOf(record);
    anchor = dataset.sessions.find((s) => s.record.SessionID === sessionId);
    if (anchor === undefined) {
      throw new TypeError(`record: no SmarterBot session has the SessionID ${sessionId}`);
    }
  }
  const { serialNumber, day } = anchor;
  const sessions = dataset.sessions.filter((s) => s.serialNumber === serialNumber && s.day === day);
  return {
    subject: { id: String(anchor.record.SessionID), serialNumber, day },
    records: sessions.map((s) => s.record),
  };
}

/**
 * Builds a SmarterBot webhook body from the dataset.
 * @throws TypeError when `record` is not a SessionID of the dataset (or, for `leads`, one without
 *   leads).
 */
export function buildSmarterBotPayload(
  event: SmarterBotWebhookEvent,
  dataset: SmarterBotDataset,
  record: string | number | undefined,
): BuiltPayload {
  const batch =
    event === 'leads' ? leadsBatch(dataset, record) : conversationsBatch(dataset, record);
  return { subject: batch.subject, payload: batch.records };
}
