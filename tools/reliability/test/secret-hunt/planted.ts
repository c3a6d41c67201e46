// The credentials planted in every client. Each is `PLANTED-<what>-7f3a9c`: besides each whole
// secret, the hunt looks for the marker and the tail on their own, because a parser that quotes the
// first ten characters of a body, or a message cut at 300 characters, leaks a fragment that value
// redaction cannot recognise.

export const MARKER = 'PLANTED';
export const TAIL = '7f3a9c';
export const planted = (what: string) => `${MARKER}-${what}-${TAIL}`;

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A Twin-style JWT with an `exp` an hour away, whose signature segment is the planted marker. */
export function plantedJwt(what: string): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = { sub: 'reliability', iat: now, exp: now + 3600 };
  return `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(payload)}.${planted(what)}`;
}

export const SECRETS = {
  closebot: planted('closebot-apikey'),
  opencx: planted('opencx-apikey'),
  smarterbot: planted('smarterbot-apikey'),
  twinStatic: plantedJwt('twin24-static-token'),
  twinPassword: planted('twin24-password'),
  twinAccess1: plantedJwt('twin24-access-1'),
  twinRefresh1: planted('twin24-refresh-1'),
  twinAccess2: plantedJwt('twin24-access-2'),
  twinRefresh2: planted('twin24-refresh-2'),
  standIn: planted('stand-in-apikey'),
};
