/**
 * Chat history, every session with its messages: `POST /chat/Chatbot/ChatContentHistory`.
 * https://newoaks.ai/guides/developer/api/get-message-history
 */
import { type CallOptions, compact } from '@botbridge/core';
import { smarterBotChecks } from '../checks.js';
import { type SmarterBotContext, sendEnvelope } from '../context.js';
import type { components } from '../generated/schema.js';
import type { ChatSessionRecord } from '../normalize/conversation.js';
import { readChatHistory } from '../normalize/envelope.js';
import { normalizeChatSession, type SmarterBotSession } from '../normalize/session.js';

type ChatHistoryRequest = components['schemas']['ChatHistoryRequest'];

/**
 * Which chatbot's history `getChatHistory` reads, and over which UTC days.
 * https://newoaks.ai/guides/developer/api/get-message-history
 */
export interface GetChatHistoryParams {
  /** The chatbot's id ("serial number", from the chatbot's general settings). */
  serialNumber: string;
  /**
   * First day of the window (UTC): `YYYY-MM-DD`, or a `Date` (its UTC calendar day is sent).
   * @default undefined (no lower bound)
   */
  startTime?: string | Date;
  /**
   * Last day of the window (UTC): `YYYY-MM-DD`, or a `Date` (its UTC calendar day is sent).
   * Whether the vendor includes this day is undocumented.
   * @default undefined (no upper bound: with no `startTime` either, the whole history)
   */
  endTime?: string | Date;
}

/** The chat-history method of `SmarterBotClient`. */
export interface ChatHistoryResource {
  /**
   * A chatbot's conversations with their messages in order (ChatContentHistory), normalized. No
   * pagination: every session in the window comes back in one response, and leaving out both days
   * returns the chatbot's whole history.
   */
  getChatHistory(params: GetChatHistoryParams, options?: CallOptions): Promise<SmarterBotSession[]>;
}

/**
 * Sends one ChatContentHistory request and returns its session records, not yet normalized.
 * @internal
 */
export async function fetchHistory(
  context: SmarterBotContext,
  body: ChatHistoryRequest,
  options: CallOptions,
): Promise<ChatSessionRecord[]> {
  // A read sent as POST: the spec marks it `x-idempotent: true`, so core retries it like a GET.
  const checked = await sendEnvelope(context, 'getChatHistory', () =>
    context.api.POST('/chat/Chatbot/ChatContentHistory', {
      body,
      signal: options.signal,
      headers: options.headers,
    }),
  );
  return readChatHistory(checked);
}

export async function getChatHistory(
  context: SmarterBotContext,
  params: GetChatHistoryParams,
  options: CallOptions = {},
): Promise<SmarterBotSession[]> {
  const check = smarterBotChecks('getChatHistory');
  const serialNumber = check.serialNumber(params.serialNumber);
  const [startTime, endTime] = check.dayWindow(
    ['startTime', params.startTime],
    ['endTime', params.endTime],
  );
  // PascalCase as in the vendor's JSON sample (its prose spells the names camelCase).
  // https://newoaks.ai/guides/developer/api/get-message-history
  const body = compact({ SerialNumber: serialNumber, StartTime: startTime, EndTime: endTime });
  const records = await fetchHistory(context, body, options);
  return records.map((record) => normalizeChatSession(record, serialNumber));
}
