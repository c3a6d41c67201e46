// Twin's access token lifecycle. Twin has no static API keys: a user logs in with email and password
// at the IAM service and gets a JWT (`token`, sent as `Authorization: Bearer <token>`) plus a
// `refreshToken`. The JWT expires (`exp` claim); an expired one answers 401 "Token is expired.",
// and POST /auth/refresh trades the refresh token for a new pair. This file keeps one pair per
// client and renews it, as one openapi-fetch middleware (see STYLE: a vendor quirk is one more
// middleware in the vendor's client).
// https://wiki.twin-ai.com/scripts/use-cases/authorization-token
// https://github.com/URALINNOVATSIYA/sdk-php/blob/4029828d12d9c5af736ed7476ab1835b65e12aae/src/Http/Authenticator.php
import {
  isVendorAuthenticationError,
  VendorArgumentError,
  VendorNormalizationError,
} from '@botbridge/core';
import type { Middleware } from 'openapi-fetch';
import { VENDOR } from './normalize.js';

/** A Twin user's login, for clients that log in (and renew the token) on their own. */
export interface Twin24Credentials {
  /** Email address of the Twin user the client acts as. */
  email: string;
  /** The user's password. Sent only to Twin's IAM login, and never kept in errors. */
  password: string;
  /**
   * The company to act for when the user belongs to several (an integer id).
   * @default the user's default company (nothing is sent)
   */
  companyId?: number;
  /**
   * Lifetime of every access token in seconds, an integer ≥ 60, sent as `ttl` on login and refresh.
   * @default Twin's own default (nothing is sent; one week per Twin's Confluence)
   */
  ttlSeconds?: number;
}

/** A token pair as Twin's login and refresh return it. @internal */
export interface TokenPair {
  token: string;
  refreshToken: string;
}

/** How the lifecycle reaches Twin's IAM service; both throw core errors. @internal */
export interface TokenIssuer {
  login(): Promise<TokenPair>;
  /** Trades `refreshToken` for a new pair; `accessToken` is the current (maybe expired) JWT. */
  refresh(accessToken: string, refreshToken: string): Promise<TokenPair>;
}

/** @internal */
export interface TokenLifecycleConfig {
  /** A fixed access token (no renewal possible), or ... */
  token?: string;
  /** ... the IAM calls that get and renew one. Exactly one of the two. */
  issuer?: TokenIssuer;
  /** Other secrets the client holds (the password), for `secrets()`. */
  secrets?: readonly string[];
  refreshMarginMs: number;
  now: () => number;
}

/** @internal */
export interface TokenLifecycle {
  /** Puts the current token on every request and renews it; see `createTokenLifecycle`. */
  readonly middleware: Middleware;
  /** Every credential the client holds now, for error redaction. */
  secrets(): string[];
  /** Whether an expired token can be replaced (the client has credentials). */
  readonly renewable: boolean;
}

interface HeldToken {
  token: string;
  refreshToken: string | undefined;
  /** Epoch ms of the JWT's `exp`, when it has one. */
  expiresAt: number | undefined;
  /** Whether to refresh this token before it expires (see `hold`). */
  early: boolean;
}

// Login and refresh carry their own credentials (none, and the raw token): the middleware leaves
// them alone.
const OWN_CREDENTIALS = new Set(['/auth/login', '/auth/refresh']);

/**
 * The token lifecycle of one client, as an openapi-fetch middleware:
 * - with credentials, the first request logs in; concurrent first requests share that one login;
 * - a token whose `exp` is less than `refreshMarginMs` away is refreshed before the request is
 *   sent (again shared by concurrent requests); a refresh refused with 401 logs in again, once;
 * - a request answered 401 "Token is expired." (the clock was off, or the token was revoked) is
 *   renewed once and sent once more; a second 401 is returned as it is, so nothing loops;
 * - with a fixed `token` there is nothing to renew with: every request carries it, and an expiry
 *   surfaces as the request's `VendorAuthenticationError`.
 * @internal
 */
export function createTokenLifecycle(config: TokenLifecycleConfig): TokenLifecycle {
  const { issuer, refreshMarginMs, now } = config;
  let held: HeldToken | undefined =
    config.token === undefined
      ? undefined
      : { token: config.token, refreshToken: undefined, expiresAt: undefined, early: false };
  let previous: HeldToken | undefined;
  let inflight: Promise<HeldToken> | undefined;
  const retries = new Map<string, { request: Request; token: string }>();

  function hold(pair: TokenPair, via: 'login' | 'refresh'): HeldToken {
    const expiresAt = jwtExpiry(pair.token);
    // A refresh that already returns a token inside the margin (a short `ttlSeconds`, a skewed
    // clock) would be refreshed again on every request: keep it, and let a 401 renew it.
    const early =
      expiresAt !== undefined && !(via === 'refresh' && expiresAt - now() < refreshMarginMs);
    previous = held;
    held = { token: pair.token, refreshToken: pair.refreshToken, expiresAt, early };
    return held;
  }

  /** One login or refresh at a time; every caller that needs a token meanwhile waits for it. */
  function singleFlight(task: () => Promise<HeldToken>): Promise<HeldToken> {
    inflight ??= task().finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  async function login(): Promise<HeldToken> {
    return hold(await (issuer as TokenIssuer).login(), 'login');
  }

  async function renew(stale: HeldToken): Promise<HeldToken> {
    if (stale.refreshToken === undefined) return login();
    try {
      return hold(
        await (issuer as TokenIssuer).refresh(stale.token, stale.refreshToken),
        'refresh',
      );
    } catch (error) {
      // 401: the refresh token expired, was already used or is unknown. The credentials can still
      // get a new pair; anything else (a 5xx, a network error) is the caller's to see.
      if (isVendorAuthenticationError(error) && error.status === 401) return login();
      throw error;
    }
  }

  async function current(signal: AbortSignal): Promise<HeldToken> {
    const pending = inflight ?? (held === undefined ? singleFlight(login) : undefined);
    const token = pending ? await untilAborted(pending, signal) : (held as HeldToken);
    if (issuer && token.early && (token.expiresAt as number) - now() < refreshMarginMs) {
      const renewal = singleFlight(() => renew(token));
      return untilAborted(renewal, signal);
    }
    return token;
  }

  async function replaceExpired(token: string, signal: AbortSignal): Promise<HeldToken> {
    if (inflight) return untilAborted(inflight, signal);
    // Another request already renewed the token this one was sent with.
    if (held !== undefined && held.token !== token) return held;
    const stale = held ?? { token, refreshToken: undefined, expiresAt: undefined, early: false };
    const renewal = singleFlight(() => renew(stale));
    return untilAborted(renewal, signal);
  }

  const middleware: Middleware = {
    async onRequest({ request, schemaPath, id }) {
      if (OWN_CREDENTIALS.has(schemaPath)) {
        // Login takes no token; a caller's `headers.Authorization` must not reach IAM either.
        if (schemaPath === '/auth/login') request.headers.delete('Authorization');
        return request;
      }
      const { token } = await current(request.signal);
      request.headers.set('Authorization', `Bearer ${token}`);
      // Keep an unsent copy: the body of the original is consumed by sending it.
      if (issuer) retries.set(id, { request: request.clone(), token });
      return request;
    },
    async onResponse({ response, id, options }) {
      const retry = retries.get(id);
      retries.delete(id);
      if (retry === undefined || response.status !== 401) return undefined;
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => undefined);
      if (!isTokenExpired(body)) return undefined;
      const fresh = await replaceExpired(retry.token, retry.request.signal);
      retry.request.headers.set('Authorization', `Bearer ${fresh.token}`);
      // Sent straight to the transport, past this middleware: a second 401 is final.
      return options.fetch(retry.request);
    },
    onError({ id }) {
      retries.delete(id);
    },
  };

  return {
    middleware,
    renewable: issuer !== undefined,
    secrets() {
      return [
        ...(config.secrets ?? []),
        ...[held, previous].flatMap((pair) => (pair ? [pair.token, pair.refreshToken] : [])),
      ].filter((secret): secret is string => typeof secret === 'string' && secret !== '');
    },
  };
}

/**
 * Whether a Twin error body says the access token expired. The vendor SDK compares the `error`
 * text with "Token is expired." to decide on a refresh; we accept any case and spacing around it.
 * https://github.com/URALINNOVATSIYA/sdk-php (src/Http/HttpClient.php)
 * @internal
 */
export function isTokenExpired(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const error = (body as { error?: unknown }).error;
  return typeof error === 'string' && /^\s*token is expired\.?\s*$/i.test(error);
}

/**
 * The `exp` claim of a JWT as epoch milliseconds, or `undefined` when the token has none or is not
 * a readable JWT (then it is never refreshed early; a 401 still renews it). The payload is read,
 * not verified: the client only needs to know when to renew, and Twin checks the signature.
 * @internal
 */
export function jwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const exp = (claims as { exp?: unknown } | null)?.exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks a login or refresh answer. The message never repeats the body: it holds the tokens.
 * @internal
 */
export function readTokenPair(body: unknown, operation: string): TokenPair {
  const { token, refreshToken } = (body ?? {}) as Partial<Record<keyof TokenPair, unknown>>;
  if (typeof token === 'string' && token !== '' && typeof refreshToken === 'string') {
    if (refreshToken !== '') return { token, refreshToken };
  }
  throw new VendorNormalizationError(
    `${VENDOR} ${operation}: expected a non-empty \`token\` and \`refreshToken\` in the answer`,
    { vendor: VENDOR, operation },
  );
}

/**
 * Checks the `credentials` option; failures name the field and never repeat a value.
 * @internal
 */
export function checkCredentials(value: unknown, operation: string): Twin24Credentials {
  const fail = (parameter: string, expected: string): never => {
    throw new VendorArgumentError({ vendor: VENDOR, operation, parameter, expected });
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('credentials', 'an object with the Twin user’s `email` and `password`');
  }
  const { email, password, companyId, ttlSeconds } = value as Record<string, unknown>;
  if (typeof email !== 'string' || email.trim() === '') {
    fail('credentials.email', 'the non-empty email address of a Twin user');
  }
  if (typeof password !== 'string' || password === '') {
    fail('credentials.password', 'the non-empty password of the Twin user');
  }
  if (
    companyId !== undefined &&
    (typeof companyId !== 'number' || !Number.isSafeInteger(companyId))
  ) {
    fail('credentials.companyId', 'an integer company id');
  }
  if (
    ttlSeconds !== undefined &&
    (typeof ttlSeconds !== 'number' || !Number.isSafeInteger(ttlSeconds) || ttlSeconds < 60)
  ) {
    fail('credentials.ttlSeconds', 'an integer number of seconds ≥ 60');
  }
  return value as Twin24Credentials;
}

/** Waits for a shared promise, but gives up as soon as this caller's signal aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
