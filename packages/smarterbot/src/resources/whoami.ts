/**
 * The credential check: `POST /chat/Chatbot/GetMessageCountByChatbot` for the client's chatbot.
 * https://newoaks.ai/guides/developer/api/get-chatbot-messages-count
 */
import type { CallOptions, Identity } from '@botbridge/core';
import { smarterBotChecks } from '../checks.js';
import { type SmarterBotContext, sendEnvelope } from '../context.js';
import type { MessageCountResponse } from '../normalize/envelope.js';
import { VENDOR } from '../normalize/vendor.js';

/**
 * Who a SmarterBot client's credentials act for: `accountId` is the chatbot's serial number once
 * SmarterBot has accepted the key for it; `raw` is the GetMessageCountByChatbot envelope.
 */
export type SmarterBotIdentity = Identity<MessageCountResponse>;

/** The credential check of `SmarterBotClient`. */
export interface WhoamiResource {
  /**
   * Checks the secret key against the client's chatbot (the `serialNumber` option) with the
   * cheapest read SmarterBot has for both: its message count (`GetMessageCountByChatbot`, one
   * integer, no date window). SmarterBot has no "current account" endpoint and cannot list an
   * account's chatbots, so the identity is the chatbot the key was accepted for: `accountId` is
   * its serial number and `name` is absent (the answer names nothing).
   *
   * Throws `VendorArgumentError` when the client has no `serialNumber` (nothing is sent),
   * `VendorAuthenticationError` when SmarterBot refuses the key with HTTP 401 or 403,
   * `VendorEnvelopeError` when it refuses it inside an HTTP 200 (`Success: false`; `vendorCode`
   * then says why, e.g. 401 for a bad key, 404 for an unknown chatbot), `VendorHttpError` for any
   * other failure status (404: no such chatbot) and `VendorNetworkError` when the host cannot be
   * reached. https://newoaks.ai/guides/developer/api/get-chatbot-messages-count
   */
  whoami(options?: CallOptions): Promise<SmarterBotIdentity>;
}

export async function whoami(
  context: SmarterBotContext,
  options: CallOptions = {},
): Promise<SmarterBotIdentity> {
  const check = smarterBotChecks('whoami');
  // Every read of this client names a chatbot, so the check proves the key and the chatbot
  // together; the account-level credits read would prove the key alone.
  const serialNumber =
    context.defaultSerialNumber ??
    check.fail(
      'serialNumber',
      'a chatbot serial number given as the client option (whoami checks the key against it)',
    );
  // Named after the operation it sends, as every error and validator of the client is. A read
  // sent as POST: the spec marks it `x-idempotent: true`, so core retries it like a GET.
  const raw = await sendEnvelope(context, 'getMessageCount', () =>
    context.api.POST('/chat/Chatbot/GetMessageCountByChatbot', {
      // PascalCase as in the vendor's JSON sample.
      // https://newoaks.ai/guides/developer/api/get-chatbot-messages-count
      body: { SerialNumber: serialNumber },
      signal: options.signal,
      headers: options.headers,
    }),
  );
  // `Success: true` is the vendor accepting the key for this chatbot; the count itself is not
  // needed, so an odd `Data` does not fail the check.
  return { vendor: VENDOR, accountId: serialNumber, raw };
}
