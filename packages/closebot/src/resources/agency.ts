/**
 * The credential check: GET /agency/current, the agency (CloseBot account) behind the API key.
 * https://developers.closebot.com/api-reference/agency/get-agency
 */
import { type CallOptions, cleanString, type Identity } from '@botbridge/core';
import type { CloseBotContext } from '../context.js';
import type { components } from '../generated/schema.js';
import { readObject } from '../normalize/envelope.js';
import { idOf, VENDOR } from '../normalize/vendor.js';

/**
 * The agency an API key acts for, with its members (personal data: names, emails).
 * https://developers.closebot.com/api-reference/agency/get-agency
 */
export type AgencyDto = components['schemas']['AgencyDto'];

/**
 * Who a CloseBot client's key acts for: `accountId` is the agency's id (the `agencyId` of its
 * sources), `name` the agency's name; `raw` is the `AgencyDto` they were read from.
 */
export type CloseBotIdentity = Identity<AgencyDto>;

/** The credential check of `CloseBotClient`. */
export interface AgencyResource {
  /**
   * Checks the API key with CloseBot's cheapest authenticated read, GET /agency/current (no
   * parameters, one small object), and returns the agency it acts for: a CloseBot account belongs
   * to exactly one agency. Call it at start-up to find a wrong key before the first sync.
   *
   * Throws `VendorAuthenticationError` when CloseBot refuses the key (HTTP 401 or 403; a plan-limit
   * refusal is a 401 too, whose message then carries `upgrade required`), `VendorHttpError` for any
   * other failure status, `VendorNetworkError` when the host cannot be reached, and
   * `VendorNormalizationError` when the answer is not an object.
   * https://developers.closebot.com/api-reference/agency/get-agency
   */
  whoami(options?: CallOptions): Promise<CloseBotIdentity>;
}

export async function whoami(
  context: CloseBotContext,
  options: CallOptions = {},
): Promise<CloseBotIdentity> {
  // Named after the operation it sends, as every error and validator of the client is.
  const raw = readObject(
    await context.call('getCurrentAgency', () =>
      context.api.GET('/agency/current', { signal: options.signal, headers: options.headers }),
    ),
    'getCurrentAgency',
  );
  // The vendor marks no field required: an answer without id or name still proves the key works.
  const accountId = idOf(raw.id, 'id', 'getCurrentAgency');
  const name = cleanString(raw.name);
  const identity: CloseBotIdentity = { vendor: VENDOR, raw };
  if (accountId !== undefined) identity.accountId = accountId;
  if (name !== undefined) identity.name = name;
  return identity;
}
