// Test tokens: real JWT structure (header.payload.signature, base64url), unsigned content.
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT whose payload is `claims`; `exp` is in Unix seconds, as Twin's tokens carry it. */
export function jwt(claims: Record<string, unknown>): string {
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}.c2lnbmF0dXJl`;
}

/** A JWT that expires `ms` after `now` (epoch ms). */
export function jwtExpiringIn(ms: number, now: number, sub = 'user'): string {
  return jwt({ sub, iat: Math.floor(now / 1000), exp: Math.floor((now + ms) / 1000) });
}
