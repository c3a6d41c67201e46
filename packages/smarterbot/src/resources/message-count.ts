/**
 * A chatbot's message count: `POST /chat/Chatbot/GetMessageCountByChatbot`.
 * https://newoaks.ai/guides/developer/api/get-chatbot-messages-count
 */
import type { CallOptions } from '@botbridge/core';
import { smarterBotChecks } from '../checks.js';
import { type SmarterBotContext, sendEnvelope } from '../context.js';
import { readMessageCount } from '../normalize/envelope.js';

/**
 * Which chatbot `getMessageCount` counts.
 * https://newoaks.ai/guides/developer/api/get-chatbot-messages-count
 */
export interface GetMessageCountParams {
  /** The chatbot's id ("serial number", from the chatbot's general settings). */
  serialNumber: string;
}

/** The message-count method of `SmarterBotClient`. */
export interface MessageCountResource {
  /** How many messages the chatbot has over its whole history (no date filter exists). */
  getMessageCount(params: GetMessageCountParams, options?: CallOptions): Promise<number>;
}

export async function getMessageCount(
  context: SmarterBotContext,
  params: GetMessageCountParams,
  options: CallOptions = {},
): Promise<number> {
  const serialNumber = smarterBotChecks('getMessageCount').serialNumber(params.serialNumber);
  // A read sent as POST: the spec marks it `x-idempotent: true`, so core retries it like a GET.
  const checked = await sendEnvelope(context, 'getMessageCount', () =>
    context.api.POST('/chat/Chatbot/GetMessageCountByChatbot', {
      // PascalCase as in the vendor's JSON sample.
      // https://newoaks.ai/guides/developer/api/get-chatbot-messages-count
      body: { SerialNumber: serialNumber },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  return readMessageCount(checked);
}
