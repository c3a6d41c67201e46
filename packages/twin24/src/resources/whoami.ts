/**
 * The credential check: the IAM service's current user (GET /users/me).
 * https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/IAM/V1/IamHttpClient.php
 */
import type { CallOptions } from '@botbridge/core';
import type { Twin24Context } from '../context.js';
import { normalizeIdentity, type Twin24Identity } from '../normalize/identity.js';
import { serviceUrlOf } from '../services.js';

/** The credential check of `Twin24Client`. */
export interface WhoamiResource {
  /**
   * Checks the client's credentials with the cheapest authenticated read Twin has that names the
   * caller: the IAM service's current user (`GET /users/me`, one small object). With
   * `credentials` the client logs in first (or refreshes its token), as before any other call,
   * so a wrong email or password fails here; with a fixed `token`, that token is what is checked.
   * Resolves to the user the token acts for: `accountId` is the user's IAM id, `name` the user's
   * first and last name (the email when the answer has no name), `raw` the whole user (company,
   * email, roles, settings).
   *
   * Throws `VendorAuthenticationError` when Twin refuses the login, the token (401, also for an
   * expired fixed `token`) or the access (403), `VendorHttpError` for any other failure status,
   * `VendorNetworkError` when the IAM host cannot be reached, and `VendorNormalizationError` for
   * an answer that is not a user object. No vendor page documents this call; the path is the
   * vendor PHP SDK's (`getAuthenticatedUserData`).
   * https://github.com/URALINNOVATSIYA/sdk-php/blob/a6ff191691bd20f9266563e0dfa329e660f15b7a/src/Http/IAM/V1/IamHttpClient.php
   */
  whoami(options?: CallOptions): Promise<Twin24Identity>;
}

export async function whoami(
  context: Twin24Context,
  options: CallOptions = {},
): Promise<Twin24Identity> {
  // Named after the operation it sends, as every error and validator of the client is.
  const body = await context.call('getCurrentUser', () =>
    context.api.GET('/users/me', {
      baseUrl: serviceUrlOf(context.serviceUrls, 'getCurrentUser'),
      signal: options.signal,
      headers: options.headers,
    }),
  );
  return normalizeIdentity(body, 'getCurrentUser');
}
