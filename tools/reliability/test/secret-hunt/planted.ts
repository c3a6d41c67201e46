// The credentials planted in every client. Each is `PLANTED-<what>…-7f3a9c`: besides each whole
// secret, the hunt looks for the marker and the tail on their own, because a parser that quotes the
// first ten characters of a body, or a message cut at 300 characters, leaks a fragment that value
// redaction cannot recognise.
//
// Each also holds characters that every encoding a server may echo it in changes (`/`, `+`, `=`,
// `"`, a space, `&`, `<`, `~`, non-ASCII), so an echo percent-encoded, JSON-escaped, HTML-escaped
// or in base64 differs from the raw secret and tests its own redaction. Five `>` and five `?` put
// a `+` and a `/` in its base64 whatever its alignment, so base64url differs from base64 too. Credentials sent in a
// header keep to Latin-1 (`é`), which is all a header carries; those only ever sent in a JSON body
// (the Twin password, refresh tokens) also hold a character outside the BMP (`🔑`, a surrogate pair
// in JSON's `\uXXXX` form).

export const MARKER = 'PLANTED';
export const TAIL = '7f3a9c';
export const planted = (what: string) => `${MARKER}-${what}/+="é &<~>>>>>?????-${TAIL}`;
export const plantedBodyOnly = (what: string) => `${MARKER}-${what}/+="é 🔑&<~>>>>>?????-${TAIL}`;

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
  twinPassword: plantedBodyOnly('twin24-password'),
  twinAccess1: plantedJwt('twin24-access-1'),
  twinRefresh1: plantedBodyOnly('twin24-refresh-1'),
  twinAccess2: plantedJwt('twin24-access-2'),
  twinRefresh2: plantedBodyOnly('twin24-refresh-2'),
  standIn: planted('stand-in-apikey'),
};
