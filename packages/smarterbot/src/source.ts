import {
  applyQuery,
  type CallOptions,
  type Capabilities,
  type Conversation,
  compact,
  isVendorNormalizationError,
  type Lead,
  type Message,
  type ResolvedQuery,
  resolveQuery,
  type SourceQuery,
  type Unsupported,
} from '@botbridge/core';
import { smarterBotChecks } from './checks.js';
import type { SmarterBotContext } from './context.js';
import {
  type ChatSessionRecord,
  conversationIdOf,
  normalizeConversation,
  type SmarterBotConversation,
} from './normalize/conversation.js';
import { normalizeLead, type SmarterBotLead } from './normalize/lead.js';
import {
  type ChatMessageRecord,
  normalizeMessage,
  type SmarterBotMessage,
} from './normalize/message.js';
import { turnsOf } from './normalize/session.js';
import { VENDOR } from './normalize/vendor.js';
import { firstDayFor, lastDayFor, onePage } from './pagination.js';
import { fetchHistory } from './resources/chat-history.js';
import { leadListBody, streamLeadRecords } from './resources/leads.js';

/**
 * What the SmarterBot `Source` offers.
 * - leads, conversations: LeadList and ChatContentHistory filter by whole UTC days, so the days
 *   covering `since`/`until` are sent and `applyQuery` cuts the result to the exact instants.
 * - conversation: `false`. There is no endpoint for one session; finding it would mean downloading
 *   the chatbot's whole history behind a call that looks like a single lookup.
 * - messages: `'none'`. Messages exist only inside ChatContentHistory sessions and carry neither an
 *   id nor a timestamp, so there is nothing to compare `since`/`until` with (such queries are
 *   rejected before anything is sent). https://newoaks.ai/guides/developer/api/get-message-history
 * - `prefetch` is accepted by every listing (it is part of `SourceQuery`, and checked like the rest
 *   of it) but has no effect: each listing is one request that answers everything, so there is no
 *   page to request ahead.
 */
export const CAPABILITIES = {
  /** `leads()` is offered: LeadList, one request for the UTC days the bounds cover. */
  leads: {
    /** Sent as the UTC day of `since`, then cut on each lead's `createdAt`. */
    since: 'server',
    /** Sent as the UTC day that covers `until`, then cut on each lead's `createdAt`. */
    until: 'server',
  },
  /** `conversations()` is offered: ChatContentHistory, one request for the UTC days covered. */
  conversations: {
    /** Sent as the UTC day of `since`, then cut on each session's `createdAt`. */
    since: 'server',
    /** Sent as the UTC day that covers `until`, then cut on each session's `createdAt`. */
    until: 'server',
  },
  /** No endpoint reads one session: `conversation()` throws `VendorUnsupportedError`. */
  conversation: false,
  /** `messages()` is offered, but messages carry no time: bounds cannot apply to them. */
  messages: {
    /** A `since` is rejected with `VendorArgumentError` before anything is sent. */
    since: 'none',
    /** An `until` is rejected with `VendorArgumentError` before anything is sent. */
    until: 'none',
  },
} as const satisfies Capabilities;

/** The filter every SmarterBot `Source` listing takes besides `SourceQuery`. */
export interface SmarterBotSourceFilters {
  /**
   * The chatbot to read ("serial number").
   * @default the client's `serialNumber` option
   */
  serialNumber?: string;
}

/**
 * Filters of `leads()`. Besides `since`/`until`, the day window and session filter of `listLeads`
 * are accepted (they were `leads()`'s parameters before it became a `Source` listing); a day window
 * and `since`/`until` together select the records in both.
 */
export interface SmarterBotLeadFilters extends SmarterBotSourceFilters {
  /**
   * First day (UTC): `YYYY-MM-DD`, or a `Date` (its UTC calendar day is used).
   * @default undefined (no lower bound)
   */
  startTime?: string | Date;
  /**
   * Last day (UTC, as the vendor reads it): `YYYY-MM-DD`, or a `Date`.
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

/** The query of `leads()`. */
export type SmarterBotLeadQuery = SourceQuery & SmarterBotLeadFilters;
/** The query of `conversations()`. */
export type SmarterBotConversationQuery = SourceQuery & SmarterBotSourceFilters;
/** The query of `messages()`: only `limit` and `signal` of `SourceQuery` apply (see `CAPABILITIES`). */
export type SmarterBotMessageQuery = SourceQuery & SmarterBotSourceFilters;

/** The `Source` members of the SmarterBot client: a chatbot's leads, conversations, messages. */
export interface SmarterBotSourceView {
  /**
   * The chatbot's leads and appointments (`Source`). One request (SmarterBot does not page): the
   * UTC days covering `since`/`until` are sent and the records are cut to the exact instants.
   * Also accepts `listLeads`' day window and `sessionId`, so `leads(listLeadsParams)` still works.
   */
  leads(query?: SmarterBotLeadQuery, options?: CallOptions): AsyncIterable<SmarterBotLead>;
  /**
   * The chatbot's conversations (`Source`), from ChatContentHistory: one request for the UTC days
   * covering `since`/`until`. The response carries every session's messages too, so a wide window
   * is a large download.
   */
  conversations(
    query?: SmarterBotConversationQuery,
    options?: CallOptions,
  ): AsyncIterable<SmarterBotConversation>;
  /** Not available: SmarterBot cannot fetch one session (see `CAPABILITIES`). */
  conversation: Unsupported;
  /**
   * The messages of one conversation, in order (`Source`). SmarterBot serves messages only inside
   * ChatContentHistory and has no per-session lookup, and the session's date is not known from its
   * id, so this downloads the chatbot's **whole** history (every session with every message) and
   * keeps one session: cost grows with the chatbot's history. Prefer `getChatHistory` with a day
   * window to read many conversations. An id the history does not contain yields no messages.
   * Messages have no timestamp: `since`/`until` are rejected.
   */
  messages(
    conversationId: string,
    query?: SmarterBotMessageQuery,
    options?: CallOptions,
  ): AsyncIterable<SmarterBotMessage>;
}

/**
 * A session's conversation id, or `undefined` for one that has none we can give it (no `SessionID`
 * and no `CreateTime`): such a session cannot be the one a caller names by id.
 */
function idOf(record: ChatSessionRecord): string | undefined {
  try {
    return conversationIdOf(record);
  } catch (error) {
    if (isVendorNormalizationError(error)) return undefined;
    throw error;
  }
}

/** The caller's signal and the per-call one, whichever aborts first. */
function eitherSignal(a: AbortSignal | undefined, b: AbortSignal | undefined) {
  return a && b ? AbortSignal.any([a, b]) : (a ?? b);
}

/**
 * `applyQuery` over a one-response listing, unless the query bounds nothing (no `since`, `until`
 * or `limit`): every record would then pass through a step of its own for nothing, and reading a
 * chatbot's whole LeadList answer is what a sync does.
 */
function bounded<T extends Lead | Conversation | Message>(
  listing: AsyncIterableIterator<T>,
  query: ResolvedQuery,
): AsyncIterable<T> {
  const unbounded =
    query.since === undefined &&
    query.until === undefined &&
    query.limit === Number.POSITIVE_INFINITY;
  return unbounded ? listing : applyQuery(listing, query);
}

const later = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined || a > b ? a : b;
const earlier = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined || a < b ? a : b;

export function leads(
  context: SmarterBotContext,
  query: SmarterBotLeadQuery = {},
  options: CallOptions = {},
): AsyncIterable<SmarterBotLead> {
  const resolved = resolveQuery(VENDOR, 'leads', query, CAPABILITIES.leads);
  const check = smarterBotChecks('leads');
  const serialNumber = check.chatbot(query.serialNumber, context.defaultSerialNumber);
  const body = leadListBody(check, serialNumber, query);
  // LeadList filters by whole UTC days (`YYYY-MM-DD`), so ask for the days that cover
  // [since, until), narrowed by any day window the caller gave, and let applyQuery cut the
  // records to the exact instants. https://chat.smarterbot.ai/guides/developer/api/lead
  const startTime = later(body.startTime, resolved.since && firstDayFor(resolved.since));
  const endTime = earlier(body.endTime, resolved.until && lastDayFor(resolved.until));
  const request = { ...options, signal: eitherSignal(resolved.signal, options.signal) };
  // A day window that misses [since, until) entirely cannot match anything: send nothing.
  const disjoint = startTime !== undefined && endTime !== undefined && startTime > endTime;
  const sent = compact({ ...body, startTime, endTime });
  return bounded(
    onePage(async () => (disjoint ? [] : streamLeadRecords(context, sent, request)), normalizeLead),
    resolved,
  );
}

export function conversations(
  context: SmarterBotContext,
  query: SmarterBotConversationQuery = {},
  options: CallOptions = {},
): AsyncIterable<SmarterBotConversation> {
  const resolved = resolveQuery(VENDOR, 'conversations', query, CAPABILITIES.conversations);
  const serialNumber = smarterBotChecks('conversations').chatbot(
    query.serialNumber,
    context.defaultSerialNumber,
  );
  // Whole UTC days, as for leads: the days covering [since, until), cut by applyQuery.
  // https://newoaks.ai/guides/developer/api/get-message-history
  const body = compact({
    SerialNumber: serialNumber,
    StartTime: resolved.since && firstDayFor(resolved.since),
    EndTime: resolved.until && lastDayFor(resolved.until),
  });
  const request = { ...options, signal: eitherSignal(resolved.signal, options.signal) };
  return bounded(
    onePage(
      () => fetchHistory(context, body, request),
      (record) => normalizeConversation(record, serialNumber),
    ),
    resolved,
  );
}

export function messages(
  context: SmarterBotContext,
  conversationId: string,
  query: SmarterBotMessageQuery = {},
  options: CallOptions = {},
): AsyncIterable<SmarterBotMessage> {
  const resolved = resolveQuery(VENDOR, 'messages', query, CAPABILITIES.messages);
  const check = smarterBotChecks('messages');
  if (typeof conversationId !== 'string' || conversationId.trim() === '') {
    check.fail('conversationId', 'a non-empty conversation id (a SmarterBot SessionID)');
  }
  const serialNumber = check.chatbot(query.serialNumber, context.defaultSerialNumber);
  const request = { ...options, signal: eitherSignal(resolved.signal, options.signal) };
  return bounded(
    onePage(
      () => turnsOfSession(context, serialNumber, conversationId, request),
      (turn, position) => normalizeMessage(turn, { conversationId, position }),
    ),
    resolved,
  );
}

/**
 * The turns of the session `conversationId` (none when the history does not hold it), read from
 * the chatbot's whole history: there is no per-session endpoint and no date for the id. Only that
 * session is kept; the rest of the history is released when this returns.
 */
async function turnsOfSession(
  context: SmarterBotContext,
  serialNumber: string,
  conversationId: string,
  request: CallOptions,
): Promise<ChatMessageRecord[]> {
  const records = await fetchHistory(context, { SerialNumber: serialNumber }, request);
  const record = records.find((r) => idOf(r) === conversationId);
  // The session's own id is `conversationId` (it was found by it), so its conversation, which
  // cannot fail to normalize once its id could be read, is not built just to read the id again.
  return record === undefined ? [] : turnsOf(record);
}
