import type { Middleware } from 'openapi-fetch';

// JSON.parse reads every number into a float, and a float holds integers exactly only up to
// 2^53 − 1: SmarterBot's SessionIDs 9007199254740993 and 9007199254740992 would both become
// 9007199254740992, and one session's messages would be returned for the other. Node 20 has no
// JSON.parse source access (the reviver's `context.source`), so integers past that range are
// turned into strings of their exact digits in the body text, before openapi-fetch parses it.

/** A JSON number token, read from a given position. */
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
/** 2^53 − 1 has 16 digits: an integer with fewer can never be out of range. */
const LONG_DIGITS = /\d{16}/;

/**
 * `text` with every JSON integer outside ±(2^53 − 1) written as a string of its digits
 * (`{"SessionID":9007199254740993}` → `{"SessionID":"9007199254740993"}`). Strings, fractions and
 * exponents are left as they are (a fraction is a float by nature). Returns `text` itself when
 * there is nothing to change, or when the result would not be JSON (the body was not JSON: it is
 * kept exactly as received, e.g. for an error body).
 * @internal
 */
export function quoteUnsafeIntegers(text: string): string {
  if (!LONG_DIGITS.test(text)) return text;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: skip to its closing quote, past escaped characters.
      i++;
      while (i < text.length && text.charCodeAt(i) !== 0x22)
        i += text.charCodeAt(i) === 0x5c ? 2 : 1;
      i++;
      continue;
    }
    if (c !== 0x2d && (c < 0x30 || c > 0x39)) {
      i++;
      continue;
    }
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (!match) {
      i++;
      continue;
    }
    const [token, fraction, exponent] = match;
    if (fraction === undefined && exponent === undefined && !Number.isSafeInteger(Number(token))) {
      out += `${text.slice(copied, i)}"${token}"`;
      copied = i + token.length;
    }
    i += token.length;
  }
  if (copied === 0) return text;
  const quoted = out + text.slice(copied);
  try {
    JSON.parse(quoted);
    return quoted;
  } catch {
    return text;
  }
}

/**
 * Keeps integers past 2^53 − 1 exact in every response body (see `quoteUnsafeIntegers`): they
 * arrive as strings of their digits where the spec says integer, so two ids never collapse into
 * one. A response without such integers is passed on untouched.
 * @internal
 */
export function exactIntegersMiddleware(): Middleware {
  return {
    async onResponse({ response }) {
      if (response.body === null) return undefined;
      const text = await response.clone().text();
      const quoted = quoteUnsafeIntegers(text);
      if (quoted === text) return undefined;
      const headers = new Headers(response.headers);
      // The body is now decoded text of another length.
      headers.delete('content-length');
      headers.delete('content-encoding');
      const rewritten = new Response(quoted, {
        status: response.status,
        statusText: response.statusText,
        headers,
      });
      // A constructed Response has no URL; errors name the request by it.
      Object.defineProperty(rewritten, 'url', { value: response.url });
      Object.defineProperty(rewritten, 'redirected', { value: response.redirected });
      return rewritten;
    },
  };
}
