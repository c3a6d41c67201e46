// Twin's access token lifecycle. Twin has no static API keys: a user logs in with email and password
// at the IAM service and gets a JWT (`token`, sent as `Authorization: Bearer <token>`) plus a
// `refreshToken`. The JWT expires (`exp` claim); an expired one answers 401 "Token is expired.",
// and POST /auth/refresh trades the refresh token for a new pair. This file keeps one pair per
// client and renews it, as one openapi-fetch middleware (see STYLE: a vendor quirk is one more
// middleware in the vendor's client).
// https://wiki.twin-ai.com/scripts/use-cases/authorization-token
// https://github.com/URALINNOVATSIYA/sdk-php/blob/4029828d12d9c5af736ed7476ab1835b65e12aae/src/Http/Authenticator.php
import {
  argumentChecks,
  isVendorAuthenticationError,
  VendorNormalizationError,
} from '@botbridge/core';
import type { Middleware, MiddlewareCallbackParams } from 'openapi-fetch';
import { describeError } from './errors.js';
import { VENDOR } from './normalize/vendor.js';

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

/** The token lifecycle of one client: its configuration and the tokens it holds. */
interface LifecycleState {
  readonly issuer: TokenIssuer | undefined;
  readonly refreshMarginMs: number;
  readonly now: () => number;
  /** The token requests carry now; `undefined` until the first login. */
  held: HeldToken | undefined;
  /** The token the last renewal replaced, still redacted: requests sent with it may be pending. */
  previous: HeldToken | undefined;
  /** The login or refresh under way, shared by every request that waits for a token. */
  inflight: Promise<HeldToken> | undefined;
  /** Per request id: an unsent copy and the token it carries, to send once more on expiry. */
  readonly retries: Map<string, { request: Request; token: string }>;
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
  const state: LifecycleState = {
    issuer: config.issuer,
    refreshMarginMs: config.refreshMarginMs,
    now: config.now,
    held: config.token === undefined ? undefined : bareToken(config.token),
    previous: undefined,
    inflight: undefined,
    retries: new Map(),
  };
  const middleware: Middleware = {
    onRequest: (params) => authorize(state, params),
    onResponse: (params) => resendExpired(state, params),
    onError({ id }) {
      state.retries.delete(id);
    },
  };
  return {
    middleware,
    renewable: config.issuer !== undefined,
    secrets: () => heldSecrets(state, config.secrets ?? []),
  };
}

/** A token without a refresh token or known expiry: never refreshed early, only replaced. */
function bareToken(token: string): HeldToken {
  return { token, refreshToken: undefined, expiresAt: undefined, early: false };
}

/** Puts the current token on a request, and keeps a copy to resend if Twin says it expired. */
async function authorize(
  state: LifecycleState,
  { request, schemaPath, id }: MiddlewareCallbackParams,
): Promise<Request> {
  if (OWN_CREDENTIALS.has(schemaPath)) {
    // Login takes no token; a caller's `headers.Authorization` must not reach IAM either.
    if (schemaPath === '/auth/login') request.headers.delete('Authorization');
    return request;
  }
  const { token } = await current(state, request.signal);
  request.headers.set('Authorization', `Bearer ${token}`);
  // Keep an unsent copy: the body of the original is consumed by sending it.
  if (state.issuer) state.retries.set(id, { request: request.clone(), token });
  return request;
}

/** Renews the token of a request answered "Token is expired." and sends the request once more. */
async function resendExpired(
  state: LifecycleState,
  { response, id, options }: MiddlewareCallbackParams & { response: Response },
): Promise<Response | undefined> {
  const retry = state.retries.get(id);
  state.retries.delete(id);
  if (retry === undefined || response.status !== 401) return undefined;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  if (!isTokenExpired(body)) return undefined;
  const fresh = await replaceExpired(state, retry.token, retry.request.signal);
  retry.request.headers.set('Authorization', `Bearer ${fresh.token}`);
  // Sent straight to the transport, past this middleware: a second 401 is final.
  return options.fetch(retry.request);
}

/** Every credential the client holds now: the configured secrets and both tokens of each pair. */
function heldSecrets(state: LifecycleState, secrets: readonly string[]): string[] {
  return [
    ...secrets,
    ...[state.held, state.previous].flatMap((pair) =>
      pair ? [pair.token, pair.refreshToken] : [],
    ),
  ].filter((secret): secret is string => typeof secret === 'string' && secret !== '');
}

function hold(state: LifecycleState, pair: TokenPair, via: 'login' | 'refresh'): HeldToken {
  const expiresAt = jwtExpiry(pair.token);
  // A refresh that already returns a token inside the margin (a short `ttlSeconds`, a skewed
  // clock) would be refreshed again on every request: keep it, and let a 401 renew it.
  const early =
    expiresAt !== undefined &&
    !(via === 'refresh' && expiresAt - state.now() < state.refreshMarginMs);
  state.previous = state.held;
  state.held = { token: pair.token, refreshToken: pair.refreshToken, expiresAt, early };
  return state.held;
}

/** One login or refresh at a time; every caller that needs a token meanwhile waits for it. */
function singleFlight(state: LifecycleState, task: () => Promise<HeldToken>): Promise<HeldToken> {
  state.inflight ??= task().finally(() => {
    state.inflight = undefined;
  });
  return state.inflight;
}

async function login(state: LifecycleState): Promise<HeldToken> {
  return hold(state, await (state.issuer as TokenIssuer).login(), 'login');
}

async function renew(state: LifecycleState, stale: HeldToken): Promise<HeldToken> {
  if (stale.refreshToken === undefined) return login(state);
  try {
    const pair = await (state.issuer as TokenIssuer).refresh(stale.token, stale.refreshToken);
    return hold(state, pair, 'refresh');
  } catch (error) {
    // 401: the refresh token expired, was already used or is unknown. The credentials can still
    // get a new pair; anything else (a 5xx, a network error) is the caller's to see.
    if (isVendorAuthenticationError(error) && error.status === 401) return login(state);
    throw error;
  }
}

/** The token to send now: logs in first, or refreshes one about to expire. */
async function current(state: LifecycleState, signal: AbortSignal): Promise<HeldToken> {
  const pending =
    state.inflight ??
    (state.held === undefined ? singleFlight(state, () => login(state)) : undefined);
  const token = pending ? await untilAborted(pending, signal) : (state.held as HeldToken);
  if (
    state.issuer &&
    token.early &&
    (token.expiresAt as number) - state.now() < state.refreshMarginMs
  ) {
    const renewal = singleFlight(state, () => renew(state, token));
    return untilAborted(renewal, signal);
  }
  return token;
}

/** A token to replace `token`, which Twin answered "Token is expired." to. */
async function replaceExpired(
  state: LifecycleState,
  token: string,
  signal: AbortSignal,
): Promise<HeldToken> {
  if (state.inflight) return untilAborted(state.inflight, signal);
  // Another request already renewed the token this one was sent with.
  if (state.held !== undefined && state.held.token !== token) return state.held;
  const stale = state.held ?? bareToken(token);
  const renewal = singleFlight(state, () => renew(state, stale));
  return untilAborted(renewal, signal);
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
 * The reason of a failed request for its error message; when a fixed `token` expired, also what to
 * pass instead, since the client cannot renew it.
 * @internal
 */
export function describeFailure(body: unknown, renewable: boolean): string | undefined {
  const reason = describeError(body);
  if (renewable || !isTokenExpired(body)) return reason;
  return `${reason} The client was given a fixed \`token\`, which it cannot refresh: pass a new one, or \`credentials\` so that it logs in and refreshes on its own.`;
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
  const check = argumentChecks(VENDOR, operation);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return check.fail('credentials', 'an object with the Twin user’s `email` and `password`');
  }
  const { email, password, companyId, ttlSeconds } = value as Record<string, unknown>;
  check.requiredString('credentials.email', email, 'the non-empty email address of a Twin user');
  // Not trimmed: a password may begin or end with spaces.
  if (typeof password !== 'string' || password === '') {
    check.fail('credentials.password', 'the non-empty password of the Twin user');
  }
  check.integer('credentials.companyId', companyId);
  check.integer('credentials.ttlSeconds', ttlSeconds, { min: 60 });
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
