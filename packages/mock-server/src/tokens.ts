import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * JWT-shaped bearer tokens for the mocks of vendors that log in (Twin). They are HS256-signed
 * with a key of the issuing server, carry `iat`/`exp`, and are checked on every request, so a
 * client sees the real life cycle: valid for the configured time from now, then "expired".
 */
export interface TokenIssuer {
  /** A token for `subject` that expires `ttlSeconds` after now. */
  issue(subject: string, ttlSeconds: number, kind: 'access' | 'refresh'): string;
  /** What a presented token is: one of ours and valid, one of ours and expired, or not ours. */
  check(token: string, kind: 'access' | 'refresh'): TokenCheck;
}

export type TokenCheck =
  | { state: 'valid'; subject: string; expiresAt: number }
  | { state: 'expired'; subject: string; expiresAt: number }
  | { state: 'invalid' };

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * @param key - signing key; a fixed one keeps a seeded dataset reproducible, a random one per
 *   server keeps tokens of one run from working on another.
 * @param now - the clock, in epoch milliseconds.
 */
export function createTokenIssuer(key: string, now: () => number): TokenIssuer {
  const sign = (data: string) => createHmac('sha256', key).update(data).digest('base64url');
  // A serial number per token, so that two tokens issued within the same second still differ,
  // as a refresh right after a login must.
  let serial = 0;
  return {
    issue(subject, ttlSeconds, kind) {
      const iat = Math.floor(now() / 1000);
      const claims = { sub: subject, typ: kind, jti: String(++serial), iat, exp: iat + ttlSeconds };
      const head = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(claims)}`;
      return `${head}.${sign(head)}`;
    },
    check(token, kind) {
      const parts = token.split('.');
      if (parts.length !== 3) return { state: 'invalid' };
      const [header = '', payload = '', signature = ''] = parts;
      const expected = Buffer.from(sign(`${header}.${payload}`));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
        return { state: 'invalid' };
      }
      let claims: { sub?: unknown; typ?: unknown; exp?: unknown };
      try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      } catch {
        return { state: 'invalid' };
      }
      if (claims.typ !== kind || typeof claims.exp !== 'number' || typeof claims.sub !== 'string') {
        return { state: 'invalid' };
      }
      const expiresAt = claims.exp * 1000;
      return { state: expiresAt > now() ? 'valid' : 'expired', subject: claims.sub, expiresAt };
    },
  };
}
