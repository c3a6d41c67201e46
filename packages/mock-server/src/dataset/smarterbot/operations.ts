/**
 * The three operations the dataset answers: LeadList (`listLeads`), ChatContentHistory
 * (`getChatHistory`) and GetMessageCountByChatbot (`getMessageCount`), each from a request body
 * already known to be a JSON object.
 */
import type { DatasetResponse } from '../types.js';
import type { SmarterBotState } from './build.js';
import { dayOf, failure, ok } from './wire.js';

/** Answers one operation from the request body. */
export type SmarterBotOperation = (
  state: SmarterBotState,
  body: Record<string, unknown>,
) => DatasetResponse;

/** Whether a UTC day lies in the request's window; both ends inclusive (see listLeads). */
const inWindow = (day: string, start: string | undefined, end: string | undefined) =>
  (start === undefined || day >= start) && (end === undefined || day <= end);

/**
 * The chatbot a request names. An unknown serial number gets HTTP 404 with the `NotFound`
 * envelope (`Code: 404`): the spec documents that response for exactly this case
 * (components.responses.NotFound). The vendor may also report failures inside an HTTP 200
 * (`businessFailure` examples), but the spec does not tie any case to that form, so the explicit
 * status is the one modelled; the botbridge client treats both alike.
 */
function chatbotFor(state: SmarterBotState, serialNumber: unknown): DatasetResponse | string {
  return typeof serialNumber === 'string' && state.messageCounts.has(serialNumber)
    ? serialNumber
    : failure(404, 'No chatbot matches that serial number.');
}

/** The days of a request, or a 400 when one is not `YYYY-MM-DD` (the server checks this first). */
function windowOf(
  start: unknown,
  end: unknown,
): DatasetResponse | { start: string | undefined; end: string | undefined } {
  const startDay = dayOf(start);
  const endDay = dayOf(end);
  if (startDay === null || endDay === null) {
    return failure(400, 'Dates must be calendar days in YYYY-MM-DD form.');
  }
  return { start: startDay, end: endDay };
}

function listLeads(state: SmarterBotState, body: Record<string, unknown>): DatasetResponse {
  // LeadList's body is camelCase with `sessionID` (LeadListRequest); the server rejects any
  // other property, so the exact spellings are all that arrive.
  const serialNumber = chatbotFor(state, body.serialNumber);
  if (typeof serialNumber !== 'string') return serialNumber;
  const days = windowOf(body.startTime, body.endTime);
  if ('status' in days) return days;
  const { sessionID } = body;
  if (sessionID !== undefined && (typeof sessionID !== 'number' || !Number.isInteger(sessionID))) {
    return failure(400, 'sessionID must be an integer.');
  }
  // Days are UTC calendar days (the spec, after the NewOaks sibling docs). The spec calls
  // `endTime` the window's last day but leaves its inclusivity open; both ends are inclusive
  // here, which is what "last day" says, and the botbridge client asks for a day that covers
  // its range under either reading. A start after the end selects nothing.
  // A `sessionID` that names no session of this chatbot is not an error: the spec documents a
  // failure only for an unknown chatbot, so the filter simply matches nothing (`empty`).
  // Order: newest first, as in the spec's `leadsAndAppointments` example (the vendor says
  // nothing else about order).
  const matching = state.leads.filter(
    (lead) =>
      lead.serialNumber === serialNumber &&
      inWindow(lead.day, days.start, days.end) &&
      (sessionID === undefined || lead.record.SessionID === sessionID),
  );
  return ok(matching.reverse().map((lead) => lead.record));
}

function getChatHistory(state: SmarterBotState, body: Record<string, unknown>): DatasetResponse {
  // PascalCase as in the vendor's JSON sample (ChatHistoryRequest). The operation has no session
  // filter: the whole window comes back, every session with all of its turns.
  const serialNumber = chatbotFor(state, body.SerialNumber);
  if (typeof serialNumber !== 'string') return serialNumber;
  const days = windowOf(body.StartTime, body.EndTime);
  if ('status' in days) return days;
  // Filtered by the session's start day, inclusive at both ends as for LeadList. Oldest first,
  // as in the spec's `twoSessions` and `nullMessages` examples (ascending start and id).
  const matching = state.sessions.filter(
    (s) => s.serialNumber === serialNumber && inWindow(s.day, days.start, days.end),
  );
  return ok(matching.map((s) => s.record));
}

function getMessageCount(state: SmarterBotState, body: Record<string, unknown>): DatasetResponse {
  const serialNumber = chatbotFor(state, body.SerialNumber);
  if (typeof serialNumber !== 'string') return serialNumber;
  // Whole history, no date filter (the spec documents none); both AI and User turns are counted,
  // since the vendor does not say which it counts.
  return ok(state.messageCounts.get(serialNumber) ?? 0);
}

/** The operations by operationId. */
export const SMARTERBOT_OPERATIONS: Record<string, SmarterBotOperation> = {
  listLeads,
  getChatHistory,
  getMessageCount,
};
