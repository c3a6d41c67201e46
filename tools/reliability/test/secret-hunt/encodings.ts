// How servers echo a credential back: rarely as it was sent. The echo server uses every encoding
// below, for every credential it heard; the hunt then finds credentials by decoding (decode.ts),
// not by re-encoding, so it also catches forms this list does not produce.

const b64 = (text: string) => Buffer.from(text).toString('base64');
const b64url = (text: string) => Buffer.from(text).toString('base64url');
const jsonString = (text: string) => JSON.stringify(text).slice(1, -1);
const unicodeEscape = (unit: number, upper: boolean) => {
  const digits = unit.toString(16).padStart(4, '0');
  return `\\u${upper ? digits.toUpperCase() : digits}`;
};

/** Every encoding the echo server writes a credential in, by name. */
export const ECHOES: ReadonlyArray<readonly [name: string, encode: (secret: string) => string]> = [
  ['raw', (s) => s],
  ['percent (encodeURIComponent)', encodeURIComponent],
  [
    'percent, lower-case hex',
    (s) => encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
  ],
  ['form encoding (space as +)', (s) => new URLSearchParams({ k: s }).toString().slice(2)],
  ['percent-encoded twice', (s) => encodeURIComponent(encodeURIComponent(s))],
  ['JSON string', jsonString],
  // PHP's json_encode defaults: `\/`, and every non-ASCII UTF-16 unit as lower-case `\uxxxx`.
  [
    'JSON, PHP style',
    (s) =>
      jsonString(s)
        .replace(/\//g, '\\/')
        .replace(/[\u0080-\uffff]/g, (c) => unicodeEscape(c.charCodeAt(0), false)),
  ],
  [
    'JSON, upper-case \\uXXXX for every symbol',
    (s) =>
      s.replace(/[^A-Za-z0-9-]/g, (c) =>
        Array.from({ length: c.length }, (_, i) => unicodeEscape(c.charCodeAt(i), true)).join(''),
      ),
  ],
  ['JSON string escaped twice', (s) => jsonString(jsonString(s))],
  [
    'HTML, escape-html',
    (s) =>
      s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;'),
  ],
  [
    'HTML, hexadecimal references',
    (s) => s.replace(/[^A-Za-z0-9]/gu, (c) => `&#x${(c.codePointAt(0) ?? 0).toString(16)};`),
  ],
  [
    'HTML, decimal references',
    (s) => s.replace(/[^A-Za-z0-9]/gu, (c) => `&#${c.codePointAt(0) ?? 0};`),
  ],
  ['UTF-8 read as Latin-1', (s) => Buffer.from(s).toString('latin1')],
  ['base64', b64],
  ['base64url', b64url],
  ['Basic base64(user:secret)', (s) => `Basic ${b64(`user:${s}`)}`],
  ['Basic base64(secret:)', (s) => `Basic ${b64(`${s}:`)}`],
  ['base64url(email:secret)', (s) => b64url(`ops@example.com:${s}`)],
  ['base64url JWT payload', (s) => b64url(JSON.stringify({ sub: 'ops', key: s }))],
  ['base64 of user:secret, percent-encoded', (s) => encodeURIComponent(b64(`user:${s}`))],
];

/** `secret` in every encoding of `ECHOES`. */
export const echoes = (secret: string): string[] => ECHOES.map(([, encode]) => encode(secret));

/**
 * A text as a header can carry it: unchanged when every character fits in Latin-1 (the bytes the
 * client sent, echoed back), else as UTF-8 bytes, which the client reads back as Latin-1.
 */
export const headerSafe = (text: string): string =>
  /^[\t\u0020-\u007e\u0080-\u00ff]*$/.test(text) ? text : Buffer.from(text).toString('latin1');
