// The checks and defaults of `createTwin24Client`'s options other than the service URLs (see
// `services.ts`). Failures name the option and never repeat its value.
import { argumentChecks, requireCredential } from '@botbridge/core';
import { checkCredentials, type Twin24Credentials } from './auth.js';
import { PAGE_SIZE } from './checks.js';
import type { Twin24ClientOptions, Twin24PageSizes } from './client.js';
import { VENDOR } from './normalize/vendor.js';

const OPERATION = 'createTwin24Client';

/**
 * The one way the client authenticates: a fixed `token`, or `credentials` to log in with. Twin has
 * no static API keys: either a token the caller got (and renews) or a login the client manages.
 * Both at once would leave it unclear which one the requests use.
 */
export function resolveAuth(options: Twin24ClientOptions): {
  token?: string;
  credentials?: Twin24Credentials;
} {
  const { fail } = argumentChecks(VENDOR, OPERATION);
  const { token, credentials } = options as { token?: unknown; credentials?: unknown };
  if (token !== undefined && credentials !== undefined) {
    fail(
      'credentials',
      'absent when `token` is given: pass exactly one of `token` and `credentials`',
    );
  }
  if (credentials !== undefined) {
    return { credentials: checkCredentials(credentials, OPERATION) };
  }
  if (token === undefined) {
    fail(
      'token',
      'a non-empty Twin JWT access token, or pass `credentials` (email and password) instead: exactly one of the two',
    );
  }
  return {
    token: requireCredential(token, {
      vendor: VENDOR,
      operation: OPERATION,
      parameter: 'token',
      expected: 'a non-empty Twin JWT access token',
    }),
  };
}

/** The page size of each listing: one number for both, or one each (100 when left out). */
export function resolvePageSizes(
  value: number | Twin24PageSizes | undefined,
): Required<Twin24PageSizes> {
  const check = argumentChecks(VENDOR, OPERATION);
  if (value === undefined || typeof value === 'number') {
    const size = check.integer('pageSize', value ?? 100, PAGE_SIZE) as number;
    return { conversations: size, messages: size };
  }
  if (typeof value !== 'object' || value === null) {
    check.fail('pageSize', 'an integer from 1 to 1000, or { conversations, messages }');
  }
  return {
    conversations: check.integer(
      'pageSize.conversations',
      value.conversations ?? 100,
      PAGE_SIZE,
    ) as number,
    messages: check.integer('pageSize.messages', value.messages ?? 100, PAGE_SIZE) as number,
  };
}

/** How long before the token's `exp` to refresh it, in ms: 60000 when left out. */
export function resolveRefreshMargin(value: number | undefined): number {
  const refreshMarginMs = value ?? 60_000;
  if (!Number.isFinite(refreshMarginMs) || refreshMarginMs < 0) {
    argumentChecks(VENDOR, OPERATION).fail('refreshMarginMs', 'a number of milliseconds ≥ 0');
  }
  return refreshMarginMs;
}
