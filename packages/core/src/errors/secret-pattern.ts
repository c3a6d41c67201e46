// Servers rarely echo a credential as it was sent. A gateway puts it in a redirect URL
// (`sk%2FLive%2BQ2xvc2U%3D`), a PHP backend in JSON with `\/` and `\u00e9`, an error page in HTML
// (`sk&#x2F;Live`), a proxy in a `Basic` header as base64 of `user:key`. Redacting only the raw
// text misses every one of these, so each credential is turned into one pattern that matches it
// under all of them, alone or mixed (a percent-encoded key inside a JSON-escaped string), and
// under base64 wherever it sits in a longer base64 run.

/** @internal Shortest base64 run (in characters) treated as an echo of a credential. */
export const MIN_BASE64_CORE = 6;

// HTML named references for ASCII punctuation (the HTML5 names; non-ASCII characters are matched
// by their numeric references only: encoders that name `&eacute;` are rare in API error pages).
const NAMED_REFERENCES: Record<string, readonly string[]> = {
  '"': ['quot', 'QUOT'],
  '&': ['amp', 'AMP'],
  '<': ['lt', 'LT'],
  '>': ['gt', 'GT'],
  "'": ['apos'],
  '/': ['sol'],
  '\\': ['bsol'],
  '+': ['plus'],
  '=': ['equals'],
  ':': ['colon'],
  ';': ['semi'],
  ',': ['comma'],
  '.': ['period'],
  '!': ['excl'],
  '?': ['quest'],
  '#': ['num'],
  $: ['dollar'],
  '%': ['percnt'],
  '@': ['commat'],
  _: ['lowbar', 'UnderBar'],
  '*': ['ast', 'midast'],
  '(': ['lpar'],
  ')': ['rpar'],
  '[': ['lsqb', 'lbrack'],
  ']': ['rsqb', 'rbrack'],
  '{': ['lcub', 'lbrace'],
  '}': ['rcub', 'rbrace'],
  '|': ['verbar', 'vert', 'VerticalLine'],
  '^': ['Hat'],
  '`': ['grave', 'DiacriticalGrave'],
  '\t': ['Tab'],
  '\n': ['NewLine'],
};

// The short escapes of JSON (and JavaScript) strings.
const SHORT_ESCAPES: Record<string, string> = {
  '"': '"',
  '/': '/',
  '\\': '\\',
  '\b': 'b',
  '\f': 'f',
  '\n': 'n',
  '\r': 'r',
  '\t': 't',
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** A hexadecimal number as a pattern that accepts either case of its digits. */
function hex(value: number, width = 1): string {
  return value
    .toString(16)
    .toUpperCase()
    .padStart(width, '0')
    .replace(/[A-F]/g, (digit) => `[${digit}${digit.toLowerCase()}]`);
}

const utf8 = (text: string) => [...new TextEncoder().encode(text)];

/** Every form one character of a credential takes in the encodings servers echo it in. */
function characterForms(char: string): string[] {
  const codePoint = char.codePointAt(0) ?? 0;
  // Unreserved letters and digits stay as they are in every encoding below.
  if (/^[A-Za-z0-9]$/.test(char)) return [char];
  const bytes = utf8(char);
  const forms = new Set<string>([escapeRegExp(char)]);
  // Percent-encoding (encodeURIComponent, encodeURI, form encoding, WHATWG URL serialisation),
  // either case of hex, re-encoded any number of times (`%252F`); form encoding writes a space `+`.
  forms.add(bytes.map((byte) => `%(?:25)*${hex(byte, 2)}`).join(''));
  if (codePoint >= 0x80 && codePoint <= 0xff) forms.add(`%(?:25)*${hex(codePoint, 2)}`);
  // Legacy `escape()` writes `%uXXXX` per UTF-16 unit.
  const units = Array.from({ length: char.length }, (_, i) => char.charCodeAt(i));
  if (codePoint > 0xff) forms.add(units.map((unit) => `%(?:25)*u${hex(unit, 4)}`).join(''));
  if (char === ' ') forms.add('\\+');
  // JSON string escapes at any depth of re-escaping (`\/`, `\\/`), `\uXXXX` in either case, and
  // surrogate pairs for characters outside the BMP.
  forms.add(units.map((unit) => `\\\\+u${hex(unit, 4)}`).join(''));
  const short = SHORT_ESCAPES[char];
  if (short !== undefined) forms.add(`\\\\+${escapeRegExp(short)}`);
  // ... and `\/` named in a JSON pointer, which writes its `/` as `~1`.
  if (char === '/') forms.add('\\\\+~1');
  // HTML character references: decimal, hexadecimal (leading zeros allowed), named.
  forms.add(`&#0*${codePoint};`);
  forms.add(`&#[xX]0*${hex(codePoint)};`);
  for (const name of NAMED_REFERENCES[char] ?? []) forms.add(`&${name};`);
  // JSON pointer tokens (`/` → `~1`, `~` → `~0`): validation issues name keys this way.
  if (char === '/') forms.add('~1');
  if (char === '~') forms.add('~0');
  // UTF-8 bytes read as Latin-1: what a client sees of a non-ASCII header value sent as UTF-8.
  if (codePoint >= 0x80) forms.add(escapeRegExp(String.fromCharCode(...bytes)));
  return [...forms];
}

const group = (forms: readonly string[]) =>
  forms.length === 1 ? forms[0] : `(?:${forms.join('|')})`;

/** The pattern of a literal text under every character encoding above. */
function encodedPattern(text: string): string {
  return [...text].map((char) => group(characterForms(char))).join('');
}

/**
 * The base64 characters that depend on `bytes` alone, for each of the three alignments the bytes
 * can have inside a longer base64 run (`Basic base64(user:key)`, a JWT payload holding the key).
 * The characters at either end also carry bits of the neighbouring bytes and are left out.
 */
function base64Cores(bytes: readonly number[]): string[] {
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const aligned = [...Array<number>(offset).fill(0), ...bytes];
    const encoded = btoa(String.fromCharCode(...aligned));
    const core = encoded.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * aligned.length) / 6));
    if (core.length >= MIN_BASE64_CORE) cores.push(core);
  }
  return cores;
}

/** A base64 core in either alphabet (base64url writes `-` and `_`), its characters encoded too. */
function base64Pattern(core: string): string {
  return [...core]
    .map((char) => {
      if (char === '+') return group([...characterForms('+'), ...characterForms('-')]);
      if (char === '/') return group([...characterForms('/'), ...characterForms('_')]);
      return group(characterForms(char));
    })
    .join('');
}

/** The byte sequences whose base64 a server may echo: UTF-8, Latin-1, and the JSON-escaped key. */
function byteForms(secret: string): number[][] {
  const forms = [utf8(secret)];
  const codePoints = [...secret].map((char) => char.codePointAt(0) ?? 0);
  if (codePoints.some((cp) => cp >= 0x80) && codePoints.every((cp) => cp <= 0xff)) {
    forms.push(codePoints);
  }
  const jsonEscaped = JSON.stringify(secret).slice(1, -1);
  if (jsonEscaped !== secret) forms.push(utf8(jsonEscaped));
  return forms;
}

const CACHE_LIMIT = 256;
const cache = new Map<string, RegExp>();

/**
 * A global pattern matching `secret` as sent and in every encoding a server is known to echo it
 * in: percent-encoding (any hex case, form `+`, re-encoded), JSON string escapes (`\/`, `\uXXXX`,
 * surrogate pairs, re-escaped), HTML character references, JSON pointer escapes, UTF-8 read as
 * Latin-1, any mixture of these, and base64/base64url of the key wherever it sits in a base64 run.
 * @internal
 */
export function secretPattern(secret: string): RegExp {
  const cached = cache.get(secret);
  if (cached) return cached;
  const cores = [...new Set(byteForms(secret).flatMap(base64Cores))];
  const pattern = new RegExp([encodedPattern(secret), ...cores.map(base64Pattern)].join('|'), 'g');
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(secret, pattern);
  return pattern;
}
