/**
 * The organization an API key belongs to (`GET /org`), read as the client's credential check.
 * https://docs.open.cx/api-reference/organization/get
 */
import { type CallOptions, cleanString, type Identity } from '@botbridge/core';
import type { OpenCxContext } from '../context.js';
import type { components } from '../generated/schema.js';
import { isObject, normalizationError, VENDOR } from '../normalize/vendor.js';

/**
 * The organization as `GET /org` returns it: its `name` and nullable `created_at`/`updated_at`
 * (OpenCX's `OrganizationDto`; no id is documented).
 * https://docs.open.cx/api-reference/organization/update
 */
export type Organization = components['schemas']['Organization'];

/** What `whoami()` resolves to: the organization the API key belongs to, as an `Identity`. */
export type OpenCxIdentity = Identity<Organization>;

/** The credential check of `OpenCxClient`. */
export interface OrganizationResource {
  /**
   * Checks the API key with OpenCX's cheapest read that names the account, `GET /org` (the
   * organization the key belongs to; OpenCX infers it from the key), and returns who the key acts
   * for: `name` is the organization's name, `raw` the organization as OpenCX sent it. `accountId`
   * stays undefined: OpenCX documents no organization id in this answer.
   *
   * The read needs the `org:read` scope, which full-access keys have. A key limited to other
   * scopes (say `chat-sessions:read` alone) is refused here with 403 even though it may read
   * sessions: check such a key with the listing it is meant for (`listChatSessions()`) instead.
   * https://docs.open.cx/api-reference/organization/get
   *
   * @throws VendorAuthenticationError when OpenCX refuses the key (401: missing, malformed or
   * revoked; 403: the key lacks `org:read`), the other typed errors of every call (rate limit,
   * network, timeout, 5xx), and `VendorNormalizationError` when the answer is not an organization
   * object.
   */
  whoami(options?: CallOptions): Promise<OpenCxIdentity>;
}

/** Reads the organization the API key belongs to and returns it as an `Identity`. */
export async function whoami(
  context: OpenCxContext,
  options: CallOptions = {},
): Promise<OpenCxIdentity> {
  const body = await context.call('getOrg', () =>
    context.api.GET('/org', { signal: options.signal, headers: options.headers }),
  );
  if (!isObject(body)) throw normalizationError('getOrg', 'expected an organization object');
  // `name` is required by the docs; a blank or missing one is left out rather than invented.
  const name = cleanString(body.name);
  return name === undefined ? { vendor: VENDOR, raw: body } : { vendor: VENDOR, name, raw: body };
}
