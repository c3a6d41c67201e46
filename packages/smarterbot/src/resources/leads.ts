/**
 * Leads and appointments: `POST /chat/Chatbot/LeadList`.
 * https://chat.smarterbot.ai/guides/developer/api/lead
 */
import { type CallOptions, compact } from '@botbridge/core';
import { type SmarterBotChecks, smarterBotChecks } from '../checks.js';
import { type SmarterBotContext, sendEnvelope } from '../context.js';
import type { components } from '../generated/schema.js';
import { readLeadList } from '../normalize/envelope.js';
import { type LeadRecord, normalizeLead, type SmarterBotLead } from '../normalize/lead.js';
import { LazyData, lazyDataOption } from './lazy-data.js';

type LeadListRequest = components['schemas']['LeadListRequest'];
/** A LeadList body whose `sessionID` may be past 2^53 − 1, kept as its digits. */
export type LeadListBody = Omit<LeadListRequest, 'sessionID'> & { sessionID?: number | string };

/**
 * Which chatbot's leads `listLeads` reads, over which UTC days, and from which conversation.
 * https://chat.smarterbot.ai/guides/developer/api/lead
 */
export interface ListLeadsParams {
  /** The chatbot's id ("serial number", from the chatbot's general settings). */
  serialNumber: string;
  /**
   * First day of the window: `YYYY-MM-DD`, or a `Date` (its UTC calendar day is sent).
   * @default undefined (no lower bound)
   */
  startTime?: string | Date;
  /**
   * Last day of the window: `YYYY-MM-DD`, or a `Date` (its UTC calendar day is sent). Whether the
   * vendor includes this day is undocumented.
   * @default undefined (no upper bound)
   */
  endTime?: string | Date;
  /**
   * Only records captured in this conversation (SmarterBot `SessionID`, an int64 ≥ 1): a number up
   * to 2^53 − 1, or a string of digits, the one exact form of any int64 (a `conversationId` of
   * this client can be passed as it is).
   * @default undefined (every conversation)
   */
  sessionId?: number | string;
}

/** The lead method of `SmarterBotClient`. */
export interface LeadsResource {
  /**
   * Every lead and appointment of a chatbot matching the filters, normalized. SmarterBot has no
   * pagination: the whole result comes back in one response, so bound it with the date window.
   */
  listLeads(params: ListLeadsParams, options?: CallOptions): Promise<SmarterBotLead[]>;
}

/**
 * The JSON of a LeadList body, with a `sessionID` kept as digits written as the JSON integer it
 * is: JSON.stringify would quote it, and a number would round it (9007199254740993 → …992).
 */
function leadListJson(body: LeadListBody): string {
  const { sessionID, ...rest } = body;
  if (typeof sessionID !== 'string') return JSON.stringify(body);
  const json = JSON.stringify(rest);
  return `${json.slice(0, -1)}${json === '{}' ? '' : ','}"sessionID":${sessionID}}`;
}

/**
 * The checked LeadList body for `serialNumber` and the day window and session of `params`.
 * @internal
 */
export function leadListBody(
  check: SmarterBotChecks,
  serialNumber: string,
  params: Partial<ListLeadsParams>,
): LeadListBody {
  const [startTime, endTime] = check.dayWindow(
    ['startTime', params.startTime],
    ['endTime', params.endTime],
  );
  const sessionID = check.sessionId(params.sessionId);
  // The LeadList body is camelCase with a capital `ID` in `sessionID`, unlike the PascalCase
  // bodies of SmarterBot's other endpoints. https://chat.smarterbot.ai/guides/developer/api/lead
  return compact({ serialNumber, startTime, endTime, sessionID });
}

/**
 * Sends one LeadList request and returns its checked envelope. `read` is sent with the call's
 * options: how the body is parsed (see `lazyDataOption`).
 */
function sendLeadList(
  context: SmarterBotContext,
  body: LeadListBody,
  options: CallOptions,
  read: Record<string, unknown> = {},
) {
  // Reads sent as POST: the spec marks all three operations `x-idempotent: true`, so core retries
  // them like GETs.
  return sendEnvelope(context, 'listLeads', () =>
    context.api.POST('/chat/Chatbot/LeadList', {
      // A `sessionID` past 2^53 − 1 is digits, written as a JSON integer by `leadListJson`.
      body: body as LeadListRequest,
      bodySerializer: leadListJson,
      signal: options.signal,
      headers: options.headers,
      ...read,
    }),
  );
}

/**
 * Sends one LeadList request and returns its records, not yet normalized.
 * @internal
 */
export async function fetchLeadRecords(
  context: SmarterBotContext,
  body: LeadListBody,
  options: CallOptions,
): Promise<LeadRecord[]> {
  return readLeadList(await sendLeadList(context, body, options));
}

/**
 * Sends one LeadList request and returns its records, not yet normalized, for a listing that takes
 * them one at a time: each is parsed from the body's text as it is taken (`LazyData`), so the
 * whole answer is never held parsed. The envelope (`Success`, `Code`) is checked before any record
 * is returned; a record that is not valid JSON fails with `VendorNormalizationError` when it is
 * reached. With response validation on, which checks the whole parsed body, the records are
 * parsed with it, as `fetchLeadRecords` does.
 * @internal
 */
export async function streamLeadRecords(
  context: SmarterBotContext,
  body: LeadListBody,
  options: CallOptions,
): Promise<Iterable<LeadRecord>> {
  const read = context.lazyData ? lazyDataOption('listLeads') : {};
  const checked = await sendLeadList(context, body, options, read);
  const data: unknown = checked.Data;
  return data instanceof LazyData ? (data as LazyData<LeadRecord>) : readLeadList(checked);
}

export async function listLeads(
  context: SmarterBotContext,
  params: ListLeadsParams,
  options: CallOptions = {},
): Promise<SmarterBotLead[]> {
  const check = smarterBotChecks('listLeads');
  const body = leadListBody(check, check.serialNumber(params.serialNumber), params);
  const records = await fetchLeadRecords(context, body, options);
  return records.map(normalizeLead);
}
