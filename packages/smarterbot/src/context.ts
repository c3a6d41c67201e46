import type { ApiClient, Call, FetchResult } from '@botbridge/core';
import { checkEnvelope, type Envelope } from './errors.js';
import type { paths } from './generated/schema.js';

/**
 * What every SmarterBot resource receives from `createSmarterBotClient`.
 * @internal
 */
export interface SmarterBotContext {
  /** The typed client for every operation of the spec. */
  readonly api: ApiClient<paths>;
  /** Core's resilient call (retries, timeouts, errors, response validation). */
  readonly call: Call;
  /** The credentials the client holds, scrubbed from any vendor message put into an error. */
  readonly secrets: () => readonly string[];
  /**
   * The chatbot the `Source` listings read when a query names none (the client's `serialNumber`
   * option, checked).
   */
  readonly defaultSerialNumber: string | undefined;
  /**
   * Whether a listing may read its records from the body one at a time (`LazyData`): not when
   * responses are validated, which checks the whole parsed body.
   */
  readonly lazyData: boolean;
}

/**
 * Sends one request and returns its envelope once `Success` says it succeeded: SmarterBot may
 * report a failure inside an HTTP 200 envelope, which `checkEnvelope` turns into an error.
 * @internal
 */
export async function sendEnvelope<T extends Envelope>(
  context: SmarterBotContext,
  operation: string,
  send: () => Promise<FetchResult<T>>,
): Promise<T> {
  let status = 0;
  const body = await context.call(operation, async () => {
    const result = await send();
    status = result.response.status;
    return result;
  });
  return checkEnvelope(body, { operation, status, secrets: context.secrets() });
}
