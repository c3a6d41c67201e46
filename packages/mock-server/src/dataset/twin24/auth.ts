/** Twin's IAM as the mock models it: log-in, refresh, and the bearer check of other operations. */
import type { TokenIssuer } from '../../tokens.js';
import type { DatasetRequest, DatasetResponse } from '../types.js';
import {
  badRequest,
  blank,
  json,
  NOT_AUTHENTICATED,
  TOKEN_EXPIRED,
  unauthorized,
} from './errors.js';

/** The IAM part of the mock: log-in, refresh, and the bearer check of every other operation. */
export interface TwinAuth {
  /**
   * `login`: any non-empty email and password are accepted (the mock has no user store) and get
   * a token pair; a blank one answers 400 like Twin's validation.
   */
  login(request: DatasetRequest): DatasetResponse;
  /** `refreshToken`: a valid refresh token of ours (sent with the current access token) → new pair. */
  refresh(request: DatasetRequest): DatasetResponse;
  /** `undefined` when the request carries a valid access token of ours, else the 401 answer. */
  authorize(request: DatasetRequest): DatasetResponse | undefined;
}

/** Options of `createTwinAuth`. */
export interface TwinAuthOptions {
  /** Signs and checks the tokens (`createTokenIssuer` of src/tokens.ts). */
  issuer: TokenIssuer;
  /** Lifetime of every access token, in seconds from the issuer's `now()`. */
  tokenTtlSeconds: number;
  /** Lifetime of every refresh token, in seconds from the issuer's `now()`. */
  refreshTtlSeconds: number;
}

/** A fresh token pair for `subject` (spec `AuthTokens`). */
function issuePair(options: TwinAuthOptions, subject: string): DatasetResponse {
  const { issuer, tokenTtlSeconds, refreshTtlSeconds } = options;
  return json(200, {
    token: issuer.issue(subject, tokenTtlSeconds, 'access'),
    refreshToken: issuer.issue(subject, refreshTtlSeconds, 'refresh'),
  });
}

function login(options: TwinAuthOptions, request: DatasetRequest): DatasetResponse {
  const body = asObject(request.body);
  const email = body.email;
  if (typeof email !== 'string' || email.trim() === '') return badRequest(blank('email'));
  if (typeof body.password !== 'string' || body.password === '') {
    return badRequest(blank('password'));
  }
  // The mock has no users: the email (normalized) is the token's subject.
  return issuePair(options, email.trim().toLowerCase());
}

function refresh(options: TwinAuthOptions, request: DatasetRequest): DatasetResponse {
  const { issuer } = options;
  // Twin's SDK sends the current token raw (no `Bearer `) on this call only; accept both. The
  // current token may be expired (that is why one refreshes) but must be one of ours.
  const header = request.headers.authorization?.trim();
  if (!header) return unauthorized(NOT_AUTHENTICATED);
  const access = issuer.check(header.replace(/^Bearer\s+/i, ''), 'access');
  if (access.state === 'invalid') return unauthorized(NOT_AUTHENTICATED);
  const refreshToken = asObject(request.body).refreshToken;
  if (typeof refreshToken !== 'string' || refreshToken === '') {
    return badRequest(blank('refreshToken'));
  }
  const refreshed = issuer.check(refreshToken, 'refresh');
  if (refreshed.state === 'expired') return unauthorized('Refresh token is expired.');
  // A refresh token of another user's pair is as unknown as a forged one.
  if (refreshed.state === 'invalid' || refreshed.subject !== access.subject) {
    return unauthorized('Invalid refresh token.');
  }
  return issuePair(options, refreshed.subject);
}

function authorize(options: TwinAuthOptions, request: DatasetRequest): DatasetResponse | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  if (!match?.[1]) return unauthorized(NOT_AUTHENTICATED);
  const access = options.issuer.check(match[1], 'access');
  if (access.state === 'valid') return undefined;
  return unauthorized(access.state === 'expired' ? TOKEN_EXPIRED : NOT_AUTHENTICATED);
}

/**
 * Twin's IAM log-in as the mock models it: `POST /auth/login` returns `{token, refreshToken}` (spec
 * `AuthTokens`, which has no expiry fields: the JWT's `exp` claim carries it); `POST /auth/refresh`
 * trades the refresh token for a new pair; every other operation wants `Authorization: Bearer`.
 * The lifetimes are the mock's own settings: a `ttl` in the body is accepted but not applied, so a
 * mock configured with short lifetimes lets a client exercise its refresh path.
 */
export function createTwinAuth(options: TwinAuthOptions): TwinAuth {
  // The settings are fixed at creation: a later change to the caller's object does not apply.
  const settings = { ...options };
  return {
    login: (request) => login(settings, request),
    refresh: (request) => refresh(settings, request),
    authorize: (request) => authorize(settings, request),
  };
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
